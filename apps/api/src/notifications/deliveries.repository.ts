import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { DeliveryStatus } from './delivery.entity.js';
import type { MailContext } from './email-texts.js';
import type { NotificationType } from './notification.entity.js';

/** A delivery claimed for one attempt to send it. */
export interface ClaimedDelivery {
  id: string;
  user_id: string;
  type: NotificationType | 'digest';
  data: Record<string, unknown>;
  rhythm: 'immediately' | 'daily' | 'weekly';
  /** This claim's number: every write of this attempt is conditional on it (a fencing token). */
  attempts: number;
  previous: DeliveryStatus;
}

/** What a mail says of its event: the klus, the other person, the dossier (one delivery `d`). */
const CONTEXT_SQL = `
  SELECT u.display_name AS "recipientName", t.id AS "taskId", t.title AS "taskTitle",
         to_char(t.end_date, 'YYYY-MM-DD') AS "endDate", t.cancel_reason AS "cancelReason",
         coalesce(other.display_name, d.data ->> 'userName') AS "otherName", d.data -> 'reasons' AS reasons,
         d.data ->> 'dossierId' AS "dossierId", d.data ->> 'dossierTitle' AS "dossierTitle",
         d.data ->> 'checkpointTitle' AS "checkpointTitle", d.data ->> 'plannedOn' AS "plannedOn",
         d.data ->> 'successId' AS "successId", d.data ->> 'successTitle' AS "successTitle"
    FROM users u
    LEFT JOIN tasks t ON t.id = nullif(d.data ->> 'taskId', '')::uuid
    LEFT JOIN claims c ON c.id = nullif(d.data ->> 'claimId', '')::uuid
    LEFT JOIN users other ON other.id = c.user_id
   WHERE u.id = d.user_id`;

/**
 * The SQL of e-mail deliveries: claiming and finishing a send (a lease and a fencing token), the
 * digests that bundle what waited, and the sweep of deliveries whose job was lost. The jobs decide;
 * this reads and writes.
 */
@Injectable()
export class DeliveriesRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  transaction<T>(work: (tx: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }

  /**
   * For the metrics: the deliveries not finished or finished badly, per status, read from a
   * partial index (the sent, skipped and bundled ones, nearly all of them, are never read).
   */
  async countOpenByStatus(): Promise<{ status: DeliveryStatus; count: number }[]> {
    return this.db.query<{ status: DeliveryStatus; count: number }[]>(
      `SELECT status, count(*)::int AS count FROM deliveries
        WHERE status IN ('pending', 'sending', 'handed-over', 'uncertain', 'failed')
        GROUP BY status`,
    );
  }

  /** One digest delivery per person with deliveries pending for this rhythm, keyed `key` (once). */
  async insertDigests(tx: EntityManager, rhythm: string, key: string): Promise<void> {
    await tx.query(
      `INSERT INTO deliveries (user_id, event_key, channel, type, rhythm)
       SELECT DISTINCT user_id, $2, 'email', 'digest', $1 FROM deliveries
        WHERE status = 'pending' AND type <> 'digest' AND rhythm = $1
       ON CONFLICT ON CONSTRAINT deliveries_once DO NOTHING`,
      [rhythm, key],
    );
  }

  /**
   * The pending deliveries of this rhythm go into their person's pending digest. Locking the digests
   * keeps a send that starts meanwhile from missing what is bundled here.
   */
  async bundle(tx: EntityManager, rhythm: string, key: string): Promise<void> {
    await tx.query(
      `WITH digest AS (
         SELECT id, user_id FROM deliveries
          WHERE event_key = $2 AND channel = 'email' AND status = 'pending' FOR UPDATE
       )
       UPDATE deliveries item SET status = 'bundled', digest_id = digest.id
         FROM digest
        WHERE item.user_id = digest.user_id AND item.status = 'pending'
          AND item.type <> 'digest' AND item.rhythm = $1`,
      [rhythm, key],
    );
  }

  /** The digests keyed `key` that still wait to be sent. */
  pendingDigests(key: string): Promise<{ id: string }[]> {
    return this.db.query<{ id: string }[]>(
      `SELECT id FROM deliveries WHERE event_key = $1 AND channel = 'email' AND status = 'pending'`,
      [key],
    );
  }

  /** Deliveries in flight whose lease ended more than `givenUpAfter` (an interval) ago, oldest first. */
  stuck(givenUpAfter: string, limit: number): Promise<{ id: string; attempts: number }[]> {
    return this.db.query<{ id: string; attempts: number }[]>(
      `SELECT id, attempts FROM deliveries
        WHERE status IN ('sending', 'handed-over') AND locked_until < now() - interval '${givenUpAfter}'
        ORDER BY locked_until LIMIT ${limit}`,
    );
  }

  /**
   * Claims a delivery for one attempt (`pending`, or `sending` with its lease run out → `sending`
   * with a new lease and the next attempt number); undefined when it is not to be had.
   */
  async claim(deliveryId: string, leaseSeconds: number): Promise<ClaimedDelivery | undefined> {
    // TypeORM answers an UPDATE with [rows, affected].
    const [[claimed]] = await this.db.query<[ClaimedDelivery[], number]>(
      `WITH current AS (SELECT id, status FROM deliveries WHERE id = $1 FOR UPDATE)
       UPDATE deliveries d
          SET status = 'sending', attempts = d.attempts + 1, locked_until = now() + make_interval(secs => $2)
         FROM current
        WHERE d.id = current.id
          AND (current.status = 'pending' OR (current.status = 'sending' AND d.locked_until < now()))
       RETURNING d.id, d.user_id, d.type, d.data, d.rhythm, d.attempts, current.status AS previous`,
      [deliveryId, leaseSeconds],
    );
    return claimed;
  }

  /** A delivery whose lease ran out in `handed-over` becomes `uncertain`; answers whether it did. */
  async markInterrupted(deliveryId: string, why: string): Promise<boolean> {
    const [[interrupted]] = await this.db.query<[{ id: string }[], number]>(
      `UPDATE deliveries SET status = 'uncertain', locked_until = NULL, last_error = $2
        WHERE id = $1 AND status = 'handed-over' AND locked_until < now()
       RETURNING id`,
      [deliveryId, why],
    );
    return interrupted !== undefined;
  }

  async state(
    deliveryId: string,
  ): Promise<{ status: DeliveryStatus; locked_until: Date | null } | undefined> {
    const [row] = await this.db.query<{ status: DeliveryStatus; locked_until: Date | null }[]>(
      `SELECT status, locked_until FROM deliveries WHERE id = $1`,
      [deliveryId],
    );
    return row;
  }

  /** The person's e-mail rhythm, if they chose one. */
  async emailRhythm(userId: string): Promise<string | undefined> {
    const [preference] = await this.db.query<{ rhythm: string }[]>(
      `SELECT rhythm FROM notification_preferences WHERE user_id = $1 AND channel = 'email'`,
      [userId],
    );
    return preference?.rhythm;
  }

  /** The delivery's attempt number now (undefined when it is gone). */
  async attempts(deliveryId: string): Promise<number | undefined> {
    const [row] = await this.db.query<{ attempts: number }[]>(
      `SELECT attempts FROM deliveries WHERE id = $1`,
      [deliveryId],
    );
    return row?.attempts;
  }

  /** `sending` → `handed-over` with a new lease, if this attempt still holds it; answers the rows changed. */
  async handOver(delivery: ClaimedDelivery, leaseSeconds: number): Promise<number> {
    const [, handedOver] = await this.db.query<[unknown[], number]>(
      `UPDATE deliveries SET status = 'handed-over', locked_until = now() + make_interval(secs => $3)
        WHERE id = $1 AND status = 'sending' AND attempts = $2`,
      [delivery.id, delivery.attempts, leaseSeconds],
    );
    return handedOver;
  }

  /** Ends an attempt, if it still holds the row; answers the rows changed. */
  async finish(delivery: ClaimedDelivery, status: DeliveryStatus, error: string | null): Promise<number> {
    const [, affected] = await this.db.query<[unknown[], number]>(
      `UPDATE deliveries
          SET status = $2, last_error = $3, locked_until = NULL,
              sent_at = CASE WHEN $2 = 'sent' THEN now() ELSE sent_at END
        WHERE id = $1 AND attempts = $4`,
      [delivery.id, status, error, delivery.attempts],
    );
    return affected;
  }

  /** What a sent digest bundled counts as sent too. */
  async markBundledSent(digestId: string): Promise<void> {
    await this.db.query(`UPDATE deliveries SET sent_at = now() WHERE digest_id = $1`, [digestId]);
  }

  async recipient(
    userId: string,
  ): Promise<{ email: string; locale: string; display_name: string } | undefined> {
    const [recipient] = await this.db.query<{ email: string; locale: string; display_name: string }[]>(
      `SELECT email, locale, display_name FROM users WHERE id = $1`,
      [userId],
    );
    return recipient;
  }

  /** What a digest bundled, oldest first, each with its mail's context. */
  digestItems(digestId: string): Promise<{ type: NotificationType; context: MailContext }[]> {
    return this.db.query<{ type: NotificationType; context: MailContext }[]>(
      `SELECT d.type, to_json(ctx) AS context
         FROM deliveries d, LATERAL (${CONTEXT_SQL}) ctx
        WHERE d.digest_id = $1
        ORDER BY d.created_at, d.id`,
      [digestId],
    );
  }

  async context(deliveryId: string): Promise<MailContext | undefined> {
    const [context] = await this.db.query<MailContext[]>(
      `SELECT ctx.* FROM deliveries d, LATERAL (${CONTEXT_SQL}) ctx WHERE d.id = $1`,
      [deliveryId],
    );
    return context;
  }
}
