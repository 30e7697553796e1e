import { Readable } from 'node:stream';
import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { createTransport, type SendMailOptions, type Transporter } from 'nodemailer';
import { AppConfig } from '../config/app-config.js';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** Stable per delivery, so the server's logs and the recipient's client name the delivery. */
  messageId: string;
  headers: Record<string, string>;
}

/** Thrown for an answer that retrying will not change (5xx: unknown mailbox, refused sender). */
export class PermanentMailError extends Error {}

/**
 * Thrown when the connection failed after the end of the message was released and before the
 * server answered it: the server may have accepted the message. Sending it again could deliver
 * it twice.
 */
export class UncertainMailError extends Error {}

/**
 * Called when the server has answered DATA and is receiving the message; the end of the message
 * (SMTP's final dot, the moment the server takes it) waits until it resolves. When it rejects,
 * the message is dropped unterminated and the server discards it.
 */
export type BeforeEnd = () => Promise<void>;

const BEFORE_END = 'klussenbankBeforeEnd';
type MailWithHook = SendMailOptions & { [BEFORE_END]?: () => Promise<void> };

/**
 * The message as nodemailer built it, with its end held back. Nodemailer pipes the finished
 * message into this stream as soon as the mail is queued, but reads this stream only once the
 * server has answered DATA with 354 (smtp-connection: `message.pipe(stream)` in the envelope's
 * callback), so the first read is the moment the server starts receiving. The content flows
 * while `beforeEnd` runs; the end (after which nodemailer writes the dot) waits for it.
 */
class EndHeldBack extends Readable {
  private started = false;

  constructor(
    private readonly source: Readable,
    private readonly beforeEnd: () => Promise<void>,
  ) {
    super();
  }

  override _read(): void {
    if (this.started) {
      this.source.resume();
      return;
    }
    this.started = true;
    const ready = this.beforeEnd().then(
      () => null,
      (error: Error) => error,
    );
    this.source.on('data', (chunk: Buffer) => {
      if (!this.push(chunk)) this.source.pause();
    });
    this.source.once('error', (error) => this.destroy(error));
    this.source.once('end', () => {
      void ready.then((error) => {
        if (error) this.destroy(error);
        else if (!this.destroyed) this.push(null);
      });
    });
  }

  override _destroy(error: Error | null, callback: (error?: Error | null) => void): void {
    this.source.destroy();
    callback(error);
  }
}

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
    if (this.transport) {
      // A 'stream' plugin sees the built message before the transport reads it; it is called
      // again if the pool moves the message to another connection (only before a byte was read).
      this.transport.use('stream', (mail, done) => {
        const beforeEnd = (mail.data as MailWithHook)[BEFORE_END];
        if (beforeEnd) mail.message.processFunc((input) => new EndHeldBack(input, beforeEnd));
        done();
      });
    } else {
      this.logger.warn('SMTP_URL is not set: e-mail deliveries are skipped');
    }
  }

  get enabled(): boolean {
    return this.transport !== null;
  }

  /**
   * Sends one message; `beforeEnd` runs once the server receives it and before its end. Throws
   * PermanentMailError for a 5xx answer, UncertainMailError when the server may have the message
   * although no answer came, and other errors when it certainly does not have it.
   */
  async send(mail: OutgoingMail, beforeEnd: BeforeEnd): Promise<void> {
    if (!this.transport) throw new Error('SMTP_URL is not set');
    let handedOver = false;
    const message: MailWithHook = {
      from: this.config.MAIL_FROM,
      ...mail,
      [BEFORE_END]: async () => {
        await beforeEnd();
        handedOver = true;
      },
    };
    try {
      await this.transport.sendMail(message);
    } catch (error) {
      const code = (error as { responseCode?: number }).responseCode;
      // Any answer from the server (to the dot or earlier) means it did not take the message.
      if (code !== undefined && code >= 500) throw new PermanentMailError((error as Error).message);
      if (code === undefined && handedOver) throw new UncertainMailError((error as Error).message);
      throw error;
    }
  }

  onApplicationShutdown(): void {
    this.transport?.close();
  }
}
