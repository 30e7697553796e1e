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
import { Mailer, PermanentMailError } from './mailer.service.js';
import type { NotificationType } from './notification.entity.js';

export const SEND_EMAIL_JOB = 'email';
export interface SendEmailJobData {
  deliveryId: string;
}
/** SMTP outages last longer than a hiccup: ten attempts, doubling from JOB_BACKOFF_MS (1 s … 8.5 min). */
export const EMAIL_JOB_OPTIONS: JobsOptions = { attempts: 10 };

/** What the processor should do after one attempt. */
export type SendOutcome = { kind: 'done' } | { kind: 'busy'; until: Date };

interface ClaimedDelivery {
  id: string;
  user_id: string;
  type: NotificationType | 'digest';
  data: Record<string, unknown>;
  rhythm: 'immediately' | 'daily' | 'weekly';
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
 * Sends one e-mail delivery, at most once as the recipient sees it:
 * 1. claim the row (`pending` → `sending`, with a lease) — a second worker finds it taken and waits;
 * 2. send over SMTP with a Message-ID derived from the delivery id;
 * 3. mark it `sent`. A retry of a sent delivery does nothing.
 * The one window SMTP leaves is a crash after the server accepted and before step 3: the retry then
 * finds an expired lease, logs it, and sends again with the same Message-ID (mail clients show one).
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
       RETURNING d.id, d.user_id, d.type, d.data, d.rhythm, current.status AS previous`,
      [deliveryId, leaseSeconds],
    );
    if (!claimed) {
      const [row] = await this.db.query<{ status: DeliveryStatus; locked_until: Date | null }[]>(
        `SELECT status, locked_until FROM deliveries WHERE id = $1`,
        [deliveryId],
      );
      // Sent, bundled, skipped, failed or gone: nothing (more) to do. Sending: someone else is at it.
      return row?.status === 'sending' && row.locked_until
        ? { kind: 'busy', until: row.locked_until }
        : { kind: 'done' };
    }
    if (claimed.previous === 'sending') {
      this.logger.warn(
        `Delivery ${claimed.id}: an earlier attempt stopped after it started (crash or timeout); ` +
          'it may have reached the mail server, sending again with the same Message-ID',
      );
    }

    try {
      const skip = await this.reasonToSkip(claimed);
      const mail = skip ? null : await this.render(claimed);
      if (!mail) {
        await this.finish(claimed.id, 'skipped', skip ?? 'nothing to send');
        return { kind: 'done' };
      }
      await this.mailer.send({
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        html: mail.html,
        messageId: `<${claimed.id}@klussenbank>`,
        headers: {
          'List-Unsubscribe': `<${this.config.PUBLIC_URL}${PREFERENCES_PATH}>`,
          'X-Klussenbank-Delivery': claimed.id,
        },
      });
    } catch (error) {
      // Not sent (as far as we know): give the row back for the retry, or give up on the last one.
      const final = isLastAttempt || error instanceof PermanentMailError;
      await this.finish(claimed.id, final ? 'failed' : 'pending', (error as Error).message);
      throw error;
    }
    await this.finish(claimed.id, 'sent', null);
    return { kind: 'done' };
  }

  private async reasonToSkip(delivery: ClaimedDelivery): Promise<string | null> {
    if (!this.mailer.enabled) return 'SMTP_URL is not set';
    const [preference] = await this.db.query<{ rhythm: string }[]>(
      `SELECT rhythm FROM notification_preferences WHERE user_id = $1 AND channel = 'email'`,
      [delivery.user_id],
    );
    return preference?.rhythm === 'off' ? 'e-mail switched off since' : null;
  }

  private async finish(id: string, status: DeliveryStatus, error: string | null): Promise<void> {
    await this.db.query(
      `UPDATE deliveries
          SET status = $2, last_error = $3, locked_until = NULL,
              sent_at = CASE WHEN $2 = 'sent' THEN now() ELSE sent_at END
        WHERE id = $1`,
      [id, status, error],
    );
    if (status === 'sent') {
      await this.db.query(`UPDATE deliveries SET sent_at = now() WHERE digest_id = $1`, [id]);
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
