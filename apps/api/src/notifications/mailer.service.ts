import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { createTransport, type Transporter } from 'nodemailer';
import { AppConfig } from '../config/app-config.js';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** Stable per delivery, so a resend after an interrupted attempt is recognisably the same mail. */
  messageId: string;
  headers: Record<string, string>;
}

/** Thrown for an answer that retrying will not change (5xx: unknown mailbox, refused sender). */
export class PermanentMailError extends Error {}

/** SMTP through nodemailer (a small connection pool), configured by SMTP_URL and MAIL_FROM. */
@Injectable()
export class Mailer implements OnApplicationShutdown {
  private readonly logger = new Logger(Mailer.name);
  private readonly transport: Transporter | null;

  constructor(@Inject(AppConfig) private readonly config: AppConfig) {
    const timeout = config.MAIL_TIMEOUT_SECONDS * 1000;
    this.transport = config.SMTP_URL
      ? createTransport({
          url: config.SMTP_URL,
          pool: true,
          maxConnections: 5,
          connectionTimeout: timeout / 3,
          greetingTimeout: timeout / 3,
          socketTimeout: timeout / 3,
        })
      : null;
    if (!this.transport) this.logger.warn('SMTP_URL is not set: e-mail deliveries are skipped');
  }

  get enabled(): boolean {
    return this.transport !== null;
  }

  async send(mail: OutgoingMail): Promise<void> {
    if (!this.transport) throw new Error('SMTP_URL is not set');
    try {
      await this.transport.sendMail({ from: this.config.MAIL_FROM, ...mail });
    } catch (error) {
      const code = (error as { responseCode?: number }).responseCode;
      if (code !== undefined && code >= 500) throw new PermanentMailError((error as Error).message);
      throw error;
    }
  }

  onApplicationShutdown(): void {
    this.transport?.close();
  }
}
