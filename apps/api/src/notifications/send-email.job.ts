import { Inject, Injectable, Logger } from '@nestjs/common';
import type { JobsOptions } from 'bullmq';
import { AppConfig } from '../config/app-config.js';
import { type ClaimedDelivery, DeliveriesRepository } from './deliveries.repository.js';
import type { DeliveryStatus } from './delivery.entity.js';
import { ALWAYS_EMAILED } from './notification.entity.js';
import {
  localeOf,
  PREFERENCES_PATH,
  renderDigest,
  renderMail,
  type RenderedMail,
} from './email-templates.js';
import { Mailer, PermanentMailError, UncertainMailError } from './mailer.service.js';

export const SEND_EMAIL_JOB = 'email';
export interface SendEmailJobData {
  deliveryId: string;
  /** The HTTP request whose event this mail tells of, for the logs (absent for digests and sweeps). */
  requestId?: string;
}
/** SMTP outages last longer than a hiccup: ten attempts, doubling from JOB_BACKOFF_MS (1 s … 8.5 min). */
export const EMAIL_JOB_OPTIONS: JobsOptions = { attempts: 10 };

/** What the processor should do after one attempt. */
export type SendOutcome =
  | { kind: 'done' }
  | { kind: 'busy'; until: Date }
  /** The server may or may not have the mail; it is not sent again. The reason names the delivery. */
  | { kind: 'uncertain'; reason: string };

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
    @Inject(DeliveriesRepository) private readonly deliveries: DeliveriesRepository,
    @Inject(Mailer) private readonly mailer: Mailer,
    @Inject(AppConfig) private readonly config: AppConfig,
  ) {}

  async handle({ deliveryId }: SendEmailJobData, isLastAttempt: boolean): Promise<SendOutcome> {
    const leaseSeconds = this.config.MAIL_TIMEOUT_SECONDS * 2;
    const claimed = await this.deliveries.claim(deliveryId, leaseSeconds);
    if (!claimed) {
      // A lease that ran out in `handed-over`: the server may have the mail. Never again.
      const interrupted = await this.deliveries.markInterrupted(
        deliveryId,
        'interrupted after the end of the message was released; not sent again',
      );
      if (interrupted) {
        return this.uncertain(
          deliveryId,
          'an earlier attempt stopped after releasing the end of the message',
        );
      }
      const row = await this.deliveries.state(deliveryId);
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
          const handedOver = await this.deliveries.handOver(claimed, leaseSeconds);
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
    // The request id (if a request caused it) comes from the job's context: see withJobContext.
    this.logger.log({ deliveryId: claimed.id, notification: claimed.type }, 'E-mail sent');
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
    if (delivery.type !== 'digest' && ALWAYS_EMAILED.includes(delivery.type)) return null;
    return (await this.deliveries.emailRhythm(delivery.user_id)) === 'off'
      ? 'e-mail switched off since'
      : null;
  }

  /** Whether the row still belongs to this attempt (no later claim took it). */
  private async isStill(delivery: ClaimedDelivery): Promise<boolean> {
    return (await this.deliveries.attempts(delivery.id)) === delivery.attempts;
  }

  /** Ends this attempt; does nothing if a later claim took the row over. */
  private async finish(
    delivery: ClaimedDelivery,
    status: DeliveryStatus,
    error: string | null,
  ): Promise<void> {
    const affected = await this.deliveries.finish(delivery, status, error);
    if (status === 'sent' && affected === 1) {
      await this.deliveries.markBundledSent(delivery.id);
    }
  }

  private async render(delivery: ClaimedDelivery): Promise<(RenderedMail & { to: string }) | null> {
    const recipient = await this.deliveries.recipient(delivery.user_id);
    if (!recipient) return null;
    const locale = localeOf(recipient.locale);
    const publicUrl = this.config.PUBLIC_URL;
    if (delivery.type === 'digest') {
      const items = await this.deliveries.digestItems(delivery.id);
      if (items.length === 0) return null;
      const rhythm = delivery.rhythm === 'weekly' ? 'weekly' : 'daily';
      return {
        to: recipient.email,
        ...renderDigest(publicUrl, rhythm, locale, recipient.display_name, items),
      };
    }
    const context = await this.deliveries.context(delivery.id);
    if (!context) return null;
    return { to: recipient.email, ...renderMail(publicUrl, delivery.type, locale, context) };
  }
}
