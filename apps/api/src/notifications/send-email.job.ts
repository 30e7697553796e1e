import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { JobsOptions } from 'bullmq';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config.js';
import type { DeliveryStatus } from './delivery.entity.js';
import {
  localeOf,
  PREFERENCES_PATH,
  renderDigest,
  renderMail,
  type RenderedMail,
} from './email-templates.js';
import type { MailContext } from './email-texts.js';
import { Mailer, PermanentMailError, UncertainMailError } from './mailer.service.js';
import type { NotificationType } from './notification.entity.js';

export const SEND_EMAIL_JOB = 'email';
export interface SendEmailJobData {
  deliveryId: string;
}
/** SMTP outages last longer than a hiccup: ten attempts, doubling from JOB_BACKOFF_MS (1 s … 8.5 min). */
export const EMAIL_JOB_OPTIONS: JobsOptions = { attempts: 10 };

/** What the processor should do after one attempt. */
export type SendOutcome =
  | { kind: 'done' }
  | { kind: 'busy'; until: Date }
  /** The server may or may not have the mail; it is not sent again. The reason names the delivery. */
  | { kind: 'uncertain'; reason: string };

interface ClaimedDelivery {
  id: string;
  user_id: string;
  type: NotificationType | 'digest';
  data: Record<string, unknown>;
  rhythm: 'immediately' | 'daily' | 'weekly';
  /** This claim's number: every write of this attempt is conditional on it (a fencing token). */
  attempts: number;
  previous: DeliveryStatus;
}

const CONTEXT_SQL = `
  SELECT u.display_name AS "recipientName", t.id AS "taskId", t.title AS "taskTitle",
         to_char(t.end_date, 'YYYY-MM-DD') AS "endDate", t.cancel_reason AS "cancelReason",
         coalesce(other.display_name, d.data ->> 'userName') AS "otherName", d.data -> 'reasons' AS reasons,
         d.data ->> 'dossierId' AS "dossierId", d.data ->> 'dossierTitle' AS "dossierTitle",
         d.data ->> 'checkpointTitle' AS "checkpointTitle", d.data ->> 'plannedOn' AS "plannedOn"
    FROM users u
    LEFT JOIN tasks t ON t.id = nullif(d.data ->> 'taskId', '')::uuid
    LEFT JOIN claims c ON c.id = nullif(d.data ->> 'claimId', '')::uuid
    LEFT JOIN users other ON other.id = c.user_id
   WHERE u.id = d.user_id`;

/**
 * Sends one e-mail delivery, at most once: a (recipient, event) never gets a second e-mail. The
 * in-app notification is the record, exactly once; a mail lost to a crash is still seen there.
 * 1. claim the row (`pending` → `sending`, with a lease) — a second worker finds it taken and waits;
 * 2. stream the message over SMTP but hold back its end (the final dot, when the server takes it)
 *    until `sending` → `handed-over` has committed, conditional on this claim;
 * 3. on the server's 250 mark it `sent`.
 * A lease that ran out in `sending` means the server never got the dot (it discards an unfinished
 * message): the retry claims and sends again, no copy can have arrived. One that ran out in
 * `handed-over` means the server may have it: the retry marks it `uncertain` with a warning and
 * never sends it again. So does a connection lost between the dot and the answer. A 4xx/5xx answer
 * to the dot is a refusal: retried (4xx) or failed (5xx) as before it.
 */
@Injectable()
export class SendEmailJob {
  private readonly logger = new Logger(SendEmailJob.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(Mailer) private readonly mailer: Mailer,
    @Inject(AppConfig) private readonly config: AppConfig,
  ) {}

  async handle({ deliveryId }: SendEmailJobData, isLastAttempt: boolean): Promise<SendOutcome> {
    const leaseSeconds = this.config.MAIL_TIMEOUT_SECONDS * 2;
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
    if (!claimed) {
      // A lease that ran out in `handed-over`: the server may have the mail. Never again.
      const [[interrupted]] = await this.db.query<[{ id: string }[], number]>(
        `UPDATE deliveries SET status = 'uncertain', locked_until = NULL, last_error = $2
          WHERE id = $1 AND status = 'handed-over' AND locked_until < now()
         RETURNING id`,
        [deliveryId, 'interrupted after the end of the message was released; not sent again'],
      );
      if (interrupted) {
        return this.uncertain(
          deliveryId,
          'an earlier attempt stopped after releasing the end of the message',
        );
      }
      const [row] = await this.db.query<{ status: DeliveryStatus; locked_until: Date | null }[]>(
        `SELECT status, locked_until FROM deliveries WHERE id = $1`,
        [deliveryId],
      );
      // Sent, bundled, skipped, failed, uncertain or gone: nothing (more) to do. Sending or handed
      // over: someone else is at it; look again when the lease ends.
      return (row?.status === 'sending' || row?.status === 'handed-over') && row.locked_until
        ? { kind: 'busy', until: row.locked_until }
        : { kind: 'done' };
    }
    if (claimed.previous === 'sending') {
      this.logger.log(
        `Delivery ${claimed.id}: an earlier attempt stopped before the end of its message (crash or ` +
          'timeout), which the mail server discards; sending it again',
      );
    }

    try {
      const skip = await this.reasonToSkip(claimed);
      const mail = skip ? null : await this.render(claimed);
      if (!mail) {
        await this.finish(claimed, 'skipped', skip ?? 'nothing to send');
        return { kind: 'done' };
      }
      await this.mailer.send(
        {
          to: mail.to,
          subject: mail.subject,
          text: mail.text,
          html: mail.html,
          messageId: `<${claimed.id}@klussenbank>`,
          headers: {
            'List-Unsubscribe': `<${this.config.PUBLIC_URL}${PREFERENCES_PATH}>`,
            'X-Klussenbank-Delivery': claimed.id,
          },
        },
        // The server is receiving the message; it gets the end only once this has committed.
        async () => {
          const [, handedOver] = await this.db.query<[unknown[], number]>(
            `UPDATE deliveries SET status = 'handed-over', locked_until = now() + make_interval(secs => $3)
              WHERE id = $1 AND status = 'sending' AND attempts = $2`,
            [claimed.id, claimed.attempts, leaseSeconds],
          );
          if (handedOver !== 1) throw new Error(`delivery ${claimed.id} was claimed again meanwhile`);
        },
      );
    } catch (error) {
      if (error instanceof UncertainMailError) {
        const why = `no answer to the end of the message (${error.message})`;
        await this.finish(claimed, 'uncertain', why);
        return this.uncertain(claimed.id, why);
      }
      if (!(await this.isStill(claimed))) {
        // Our lease ran out and another attempt took over (it never got our message's end).
        this.logger.warn(`Delivery ${claimed.id}: attempt ${claimed.attempts} was overtaken by a later one`);
        return { kind: 'done' };
      }
      // Not sent: give the row back for the retry, or give up on the last one.
      const final = isLastAttempt || error instanceof PermanentMailError;
      await this.finish(claimed, final ? 'failed' : 'pending', (error as Error).message);
      throw error;
    }
    await this.finish(claimed, 'sent', null);
    return { kind: 'done' };
  }

  private uncertain(deliveryId: string, why: string): SendOutcome {
    const reason =
      `Delivery ${deliveryId} is uncertain: ${why}; the mail server may or may not have it, ` +
      'so it is not sent again (the in-app notification stands)';
    this.logger.warn(reason);
    return { kind: 'uncertain', reason };
  }

  private async reasonToSkip(delivery: ClaimedDelivery): Promise<string | null> {
    if (!this.mailer.enabled) return 'SMTP_URL is not set';
    const [preference] = await this.db.query<{ rhythm: string }[]>(
      `SELECT rhythm FROM notification_preferences WHERE user_id = $1 AND channel = 'email'`,
      [delivery.user_id],
    );
    return preference?.rhythm === 'off' ? 'e-mail switched off since' : null;
  }

  /** Whether the row still belongs to this attempt (no later claim took it). */
  private async isStill(delivery: ClaimedDelivery): Promise<boolean> {
    const [row] = await this.db.query<{ attempts: number }[]>(
      `SELECT attempts FROM deliveries WHERE id = $1`,
      [delivery.id],
    );
    return row?.attempts === delivery.attempts;
  }

  /** Ends this attempt; does nothing if a later claim took the row over. */
  private async finish(
    delivery: ClaimedDelivery,
    status: DeliveryStatus,
    error: string | null,
  ): Promise<void> {
    const [, affected] = await this.db.query<[unknown[], number]>(
      `UPDATE deliveries
          SET status = $2, last_error = $3, locked_until = NULL,
              sent_at = CASE WHEN $2 = 'sent' THEN now() ELSE sent_at END
        WHERE id = $1 AND attempts = $4`,
      [delivery.id, status, error, delivery.attempts],
    );
    if (status === 'sent' && affected === 1) {
      await this.db.query(`UPDATE deliveries SET sent_at = now() WHERE digest_id = $1`, [delivery.id]);
    }
  }

  private async render(delivery: ClaimedDelivery): Promise<(RenderedMail & { to: string }) | null> {
    const [recipient] = await this.db.query<{ email: string; locale: string; display_name: string }[]>(
      `SELECT email, locale, display_name FROM users WHERE id = $1`,
      [delivery.user_id],
    );
    if (!recipient) return null;
    const locale = localeOf(recipient.locale);
    const publicUrl = this.config.PUBLIC_URL;
    if (delivery.type === 'digest') {
      const items = await this.db.query<{ type: NotificationType; context: MailContext }[]>(
        `SELECT d.type, to_json(ctx) AS context
           FROM deliveries d, LATERAL (${CONTEXT_SQL}) ctx
          WHERE d.digest_id = $1
          ORDER BY d.created_at, d.id`,
        [delivery.id],
      );
      if (items.length === 0) return null;
      const rhythm = delivery.rhythm === 'weekly' ? 'weekly' : 'daily';
      return {
        to: recipient.email,
        ...renderDigest(publicUrl, rhythm, locale, recipient.display_name, items),
      };
    }
    const [context] = await this.db.query<MailContext[]>(
      `SELECT ctx.* FROM deliveries d, LATERAL (${CONTEXT_SQL}) ctx WHERE d.id = $1`,
      [delivery.id],
    );
    if (!context) return null;
    return { to: recipient.email, ...renderMail(publicUrl, delivery.type, locale, context) };
  }
}
