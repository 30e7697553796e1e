import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { NotificationDto } from './dto/notification.dto.js';
import type { Rhythm } from './notification-preference.entity.js';
import type { EmailRule } from './notification.entity.js';
import type { DirectEvent } from './outbox-event.js';

const COLUMNS = `id, type, data, created_at AS "createdAt", read_at AS "readAt"`;

/** Claims of people who are on a klus or waiting to be. */
const LIVE = `('applied', 'awaiting-consent', 'active')`;

/** A stored in-app notification, as the fan-out publishes it live. */
export interface CreatedNotification {
  id: string;
  userId: string;
  type: string;
  data: unknown;
  createdAt: Date;
}

/** The dossier of an event as it was (its title, the person or checkpoint the event is about). */
export interface DossierSnapshotRow {
  dossierTitle: string;
  userName: string | null;
  checkpointTitle: string | null;
}

/**
 * The SQL of notifying: in-app notifications and preferences, who hears of an event, the fan-out
 * into notifications and e-mail deliveries, and the morning reminders' scans. The services and jobs
 * decide; this reads and writes.
 */
@Injectable()
export class NotificationsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  transaction<T>(work: (tx: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }

  /** One page of a person's notifications, newest first. */
  page(userId: string, limit: number, offset: number): Promise<NotificationDto[]> {
    return this.db.query<NotificationDto[]>(
      `SELECT ${COLUMNS} FROM notifications WHERE user_id = $1
        ORDER BY created_at DESC, id DESC LIMIT $2 OFFSET $3`,
      [userId, limit, offset],
    );
  }

  async counts(userId: string): Promise<{ total: number; unread: number }> {
    const [counts] = await this.db.query<[{ total: number; unread: number }]>(
      `SELECT count(*)::int AS total, count(*) FILTER (WHERE read_at IS NULL)::int AS unread
         FROM notifications WHERE user_id = $1`,
      [userId],
    );
    return counts;
  }

  async unreadCount(userId: string): Promise<number> {
    const [{ unread }] = await this.db.query<[{ unread: number }]>(
      `SELECT count(*)::int AS unread FROM notifications WHERE user_id = $1 AND read_at IS NULL`,
      [userId],
    );
    return unread;
  }

  /** Marks one of the person's notifications read or unread; undefined when they have no such one. */
  async markRead(userId: string, id: string, read: boolean): Promise<NotificationDto | undefined> {
    const [[row]] = await this.db.query<[NotificationDto[], number]>(
      `UPDATE notifications
          SET read_at = CASE WHEN $3 THEN coalesce(read_at, now()) END
        WHERE id = $1 AND user_id = $2
        RETURNING ${COLUMNS}`,
      [id, userId, read],
    );
    return row;
  }

  /** Marks every unread notification read (only those created up to `until`, when given). */
  async markAllRead(userId: string, until: string | null): Promise<void> {
    await this.db.query(
      `UPDATE notifications SET read_at = now()
        WHERE user_id = $1 AND read_at IS NULL AND ($2::timestamptz IS NULL OR created_at <= $2::timestamptz)`,
      [userId, until],
    );
  }

  /** The rhythms a person chose (channels without a row use the default). */
  preferences(userId: string): Promise<{ channel: 'in-app' | 'email'; rhythm: Rhythm }[]> {
    return this.db.query<{ channel: 'in-app' | 'email'; rhythm: Rhythm }[]>(
      `SELECT channel, rhythm FROM notification_preferences WHERE user_id = $1`,
      [userId],
    );
  }

  async setPreferences(userId: string, inApp: Rhythm, email: Rhythm): Promise<void> {
    await this.db.query(
      `INSERT INTO notification_preferences (user_id, channel, rhythm)
       VALUES ($1, 'in-app', $2), ($1, 'email', $3)
       ON CONFLICT (user_id, channel) DO UPDATE SET rhythm = excluded.rhythm, updated_at = now()`,
      [userId, inApp, email],
    );
  }

  /** Who hears of an event (one query per event type); a person may come more than once. */
  async recipientsOf(event: DirectEvent): Promise<string[]> {
    const [sql, params] = this.recipientsQuery(event);
    const rows = await this.db.query<{ user_id: string }[]>(sql, params);
    return rows.map((r) => r.user_id);
  }

  /** A success's title (and dossier) as it was shared. */
  async successSnapshot(successId: string): Promise<{ successTitle: string } | undefined> {
    const [row] = await this.db.query<{ successTitle: string }[]>(
      `SELECT title AS "successTitle" FROM successes WHERE id = $1`,
      [successId],
    );
    return row;
  }

  /**
   * The weekly digest carries the week's successes: everybody who sees a new success (its
   * organisation, the member organisations of its partnerships) and reads e-mail weekly gets it as
   * a weekly delivery, no in-app copy. The same key as the team's notification, so nobody gets it
   * twice; the one who shared it gets nothing.
   */
  async storeWeeklySuccess(type: string, eventKey: string, data: string, successId: string): Promise<number> {
    const [, stored] = await this.db.query<[unknown[], number]>(
      `INSERT INTO deliveries (user_id, event_key, channel, type, data, rhythm)
       SELECT u.id, $2, 'email', $1, $3::jsonb, 'weekly'
         FROM successes s
         JOIN users u ON u.id <> s.shared_by
              AND (u.organisation_id = s.organisation_id
                   OR u.organisation_id IN (SELECT pm.organisation_id FROM success_partnerships sp
                                              JOIN partnership_members pm ON pm.partnership_id = sp.partnership_id
                                             WHERE sp.success_id = s.id))
         JOIN notification_preferences p ON p.user_id = u.id AND p.channel = 'email' AND p.rhythm = 'weekly'
        WHERE s.id = $4
       ON CONFLICT ON CONSTRAINT deliveries_once DO NOTHING`,
      [type, eventKey, data, successId],
    );
    return stored;
  }

  /** The klus's title, if it still exists. */
  async taskTitle(taskId: string): Promise<string | undefined> {
    const [task] = await this.db.query<{ title: string }[]>(`SELECT title FROM tasks WHERE id = $1`, [
      taskId,
    ]);
    return task?.title;
  }

  async dossierSnapshot(
    dossierId: string,
    userId: string | null,
    checkpointId: string | null,
  ): Promise<DossierSnapshotRow | undefined> {
    const [row] = await this.db.query<DossierSnapshotRow[]>(
      `SELECT d.title AS "dossierTitle",
              (SELECT display_name FROM users WHERE id = $2) AS "userName",
              (SELECT title FROM dossier_checkpoints WHERE id = $3) AS "checkpointTitle"
         FROM dossiers d WHERE d.id = $1`,
      [dossierId, userId, checkpointId],
    );
    return row;
  }

  /**
   * Stores one event for its recipients, each by their rhythm: the e-mail deliveries (unless e-mail
   * is off) and the in-app notifications (unless off), skipping what is stored already. Answers the
   * notifications stored now. `emailRule`: `always` an immediate e-mail whatever the person chose,
   * `never` no e-mail at all, `by-rhythm` as the person chose.
   */
  store(
    type: string,
    eventKey: string,
    data: string,
    recipients: { userIds: string[]; extras: string[] },
    emailRule: EmailRule = 'by-rhythm',
  ): Promise<CreatedNotification[]> {
    return this.db.query<CreatedNotification[]>(
      // Each recipient's rhythms by primary key: as joins, the planner hashed the whole preferences
      // table (twice) for every batch, a cost that grew with all users rather than with the batch.
      `WITH recipients AS (
         SELECT r.user_id, r.extra,
                coalesce((SELECT p.rhythm FROM notification_preferences p
                           WHERE p.user_id = r.user_id AND p.channel = 'in-app'), 'immediately') AS in_app,
                CASE WHEN $6 = 'always' THEN 'immediately'
                     WHEN $6 = 'never' THEN 'off'
                     ELSE coalesce((SELECT p.rhythm FROM notification_preferences p
                                     WHERE p.user_id = r.user_id AND p.channel = 'email'), 'immediately')
                END AS email
           FROM unnest($1::uuid[], $2::jsonb[]) AS r (user_id, extra)
           JOIN users u ON u.id = r.user_id
       ), emails AS (
         INSERT INTO deliveries (user_id, event_key, channel, type, data, rhythm)
         SELECT user_id, $4, 'email', $3, $5::jsonb || extra, email FROM recipients WHERE email <> 'off'
         ON CONFLICT ON CONSTRAINT deliveries_once DO NOTHING
       )
       INSERT INTO notifications (user_id, type, event_key, data)
       SELECT user_id, $3, $4, $5::jsonb || extra FROM recipients WHERE in_app <> 'off'
       ON CONFLICT (user_id, event_key) DO NOTHING
       RETURNING id, user_id AS "userId", type, data, created_at AS "createdAt"`,
      [recipients.userIds, recipients.extras, type, eventKey, data, emailRule],
    );
  }

  /** The immediate e-mail deliveries of an event to these people that still wait to be sent. */
  pendingImmediateEmails(userIds: string[], eventKey: string): Promise<{ id: string }[]> {
    return this.db.query<{ id: string }[]>(
      `SELECT id FROM deliveries
        WHERE user_id = ANY ($1::uuid[]) AND event_key = $2 AND channel = 'email'
          AND rhythm = 'immediately' AND status = 'pending'`,
      [userIds, eventKey],
    );
  }

  /** Running klussen with participants whose end date is within three days (Amsterdam). */
  tasksEndingSoon(tx: EntityManager): Promise<{ id: string; end_date: string }[]> {
    return tx.query<{ id: string; end_date: string }[]>(
      `SELECT t.id, to_char(t.end_date, 'YYYY-MM-DD') AS end_date
         FROM tasks t
        WHERE t.status IN ('open', 'full', 'in-progress')
          AND t.end_date > (now() AT TIME ZONE 'Europe/Amsterdam')::date
          AND t.end_date <= (now() AT TIME ZONE 'Europe/Amsterdam')::date + 3
          AND EXISTS (SELECT 1 FROM claims c WHERE c.task_id = t.id AND c.status = 'active')`,
    );
  }

  /** Planned checkpoints of open dossiers within three days (Amsterdam). */
  checkpointsSoon(tx: EntityManager): Promise<{ id: string; dossier_id: string; planned_on: string }[]> {
    return tx.query<{ id: string; dossier_id: string; planned_on: string }[]>(
      `SELECT c.id, c.dossier_id, to_char(c.planned_on, 'YYYY-MM-DD') AS planned_on
         FROM dossier_checkpoints c JOIN dossiers d ON d.id = c.dossier_id
        WHERE c.status = 'planned' AND d.status IN ('exploring', 'active')
          AND c.planned_on >= (now() AT TIME ZONE 'Europe/Amsterdam')::date
          AND c.planned_on <= (now() AT TIME ZONE 'Europe/Amsterdam')::date + 3`,
    );
  }

  private recipientsQuery(event: DirectEvent): [string, unknown[]] {
    switch (event.type) {
      case 'user.created':
      case 'login.attacked':
      case 'data-export.ready':
        return [`SELECT id AS user_id FROM users WHERE id = $1`, [event.userId]];
      case 'task.changed':
        return [`SELECT user_id FROM claims WHERE task_id = $1 AND status IN ${LIVE}`, [event.taskId]];
      case 'task.cancelled':
        // Cancelling withdraws the pending applications in the same transaction, so their
        // updated_at equals the klus's (now() is the transaction's start): they hear of it too.
        return [
          `SELECT c.user_id FROM claims c JOIN tasks t ON t.id = c.task_id
            WHERE c.task_id = $1
              AND (c.status IN ${LIVE} OR (c.status = 'withdrawn' AND c.updated_at = t.updated_at))`,
          [event.taskId],
        ];
      case 'task.completed':
        return [`SELECT user_id FROM claims WHERE task_id = $1 AND status = 'completed'`, [event.taskId]];
      case 'task.ending-soon':
        return [`SELECT user_id FROM claims WHERE task_id = $1 AND status = 'active'`, [event.taskId]];
      case 'claim.accepted':
      case 'claim.declined':
        return [`SELECT user_id FROM claims WHERE id = $1`, [event.claimId]];
      case 'application.received':
      case 'claim.participant-deactivated':
        return [
          `SELECT t.poster_id AS user_id FROM claims c JOIN tasks t ON t.id = c.task_id WHERE c.id = $1`,
          [event.claimId],
        ];
      case 'consent.requested':
      case 'hour-cap.exceeded':
        return [
          `SELECT u.line_manager_id AS user_id FROM claims c JOIN users u ON u.id = c.user_id
            WHERE c.id = $1 AND u.line_manager_id IS NOT NULL`,
          [event.claimId],
        ];
      case 'dossier.created':
        // People of the partnership with a skill or learning goal the dossier needs, not in the team.
        return [
          `SELECT DISTINCT x.user_id
             FROM dossiers d
             JOIN dossier_skills ds ON ds.dossier_id = d.id
             -- Matching counts shared skills only (the domain's countsForMatching): a private name reaches nobody.
             JOIN skills s ON s.id = ds.skill_id AND s.status = 'accepted'
             CROSS JOIN LATERAL (SELECT us.user_id FROM user_skills us WHERE us.skill_id = ds.skill_id
                                 UNION SELECT lg.user_id FROM learning_goals lg WHERE lg.skill_id = ds.skill_id) x
             JOIN users u ON u.id = x.user_id
             JOIN partnership_members pm ON pm.partnership_id = d.partnership_id AND pm.organisation_id = u.organisation_id
            WHERE d.id = $1
              AND NOT EXISTS (SELECT 1 FROM dossier_members m WHERE m.dossier_id = d.id AND m.user_id = x.user_id)`,
          [event.dossierId],
        ];
      case 'dossier.join-requested':
      case 'dossier.checkpoint-upcoming':
        return [
          `SELECT user_id FROM dossier_members WHERE dossier_id = $1 AND role = 'trekker' AND status = 'active'`,
          [event.dossierId],
        ];
      case 'dossier.request-accepted':
      case 'dossier.request-declined':
      case 'dossier.invited':
        return [`SELECT id AS user_id FROM users WHERE id = $1`, [event.userId]];
      case 'dossier.task-posted':
        return [
          `SELECT m.user_id FROM dossier_members m JOIN tasks t ON t.id = $2
            WHERE m.dossier_id = $1 AND m.status = 'active' AND m.user_id <> t.poster_id`,
          [event.dossierId, event.taskId],
        ];
      case 'ledger.confirmation-requested':
        return [
          `SELECT participant_id AS user_id FROM ledger_entries WHERE task_id = $1 AND kind = 'original'`,
          [event.taskId],
        ];
      case 'ledger.corrected':
        return [
          `SELECT t.poster_id AS user_id FROM tasks t JOIN ledger_entries e ON e.id = $2
            WHERE t.id = $1 AND t.poster_id <> e.participant_id`,
          [event.taskId, event.entryId],
        ];
      case 'ledger.disputed':
        // The org-admins of both organisations: they settle it.
        return [
          `SELECT u.id AS user_id FROM ledger_disputes d JOIN ledger_entries e ON e.id = d.entry_id
             JOIN users u ON u.organisation_id IN (e.giving_organisation_id, e.receiving_organisation_id)
            WHERE d.id = $1 AND 'org-admin' = ANY (u.roles)`,
          [event.disputeId],
        ];
      case 'ledger.settled':
        return [
          `SELECT e.participant_id AS user_id FROM ledger_disputes d JOIN ledger_entries e ON e.id = d.entry_id
            WHERE d.id = $1
           UNION SELECT poster_id FROM tasks WHERE id = $2`,
          [event.disputeId, event.taskId],
        ];
      case 'evaluation.requested':
      case 'evaluation.reminder':
      case 'success.naming-requested':
        return [`SELECT id AS user_id FROM users WHERE id = $1`, [event.userId]];
      case 'success.shared':
        // The team of its dossier (a klus's success: the klus's dossier), not who shared it.
        return [
          `SELECT m.user_id FROM successes s
             JOIN dossier_members m ON m.dossier_id = s.dossier_id AND m.status = 'active'
            WHERE s.id = $1 AND m.user_id <> s.shared_by`,
          [event.successId],
        ];
    }
  }
}
