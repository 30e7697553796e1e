import { listenOnFreePort } from '@klussenbank/test-support';
import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface CaughtMail {
  to: string;
  subject: string;
  text: string;
  html: string;
  messageId: string;
  headers: ParsedMail['headers'];
  /** Header lines as sent, by lower-case name (mailparser structures some, such as List-*). */
  rawHeaders: Record<string, string>;
}

export interface SmtpCatcher {
  url: string;
  /** Every message the server accepted (answered 250), parsed. */
  mails: CaughtMail[];
  /** Every DATA the server answered, refused ones included. */
  attempts(): number;
  to(address: string): CaughtMail[];
  waitFor(done: (mails: CaughtMail[]) => boolean, timeoutMs?: number): Promise<CaughtMail[]>;
  stop(): Promise<void>;
}

/**
 * A real SMTP server in the test process (smtp-server), parsing what it accepts (mailparser).
 * `failFirst`: refuse the first n messages with 451, as a mail server that is briefly unwell.
 */
export async function startSmtpCatcher({ failFirst = 0 }: { failFirst?: number } = {}): Promise<SmtpCatcher> {
  const mails: CaughtMail[] = [];
  let attempts = 0;
  // waitFor's checks, run whenever the server has answered a message: waiting on that, not on a clock.
  const waiters = new Set<() => void>();
  const answered = () => {
    for (const check of [...waiters]) check();
  };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    size: 5 * 1024 * 1024,
    onData(stream, _session, callback) {
      attempts++;
      if (attempts <= failFirst) {
        stream.resume();
        stream.once('end', () => {
          callback(
            Object.assign(new Error('Tijdelijk niet beschikbaar, probeer later'), { responseCode: 451 }),
          );
          answered();
        });
        return;
      }
      simpleParser(stream).then(
        (parsed) => {
          const to = Array.isArray(parsed.to) ? parsed.to[0] : parsed.to;
          mails.push({
            to: to?.value[0]?.address ?? '',
            subject: parsed.subject ?? '',
            text: parsed.text ?? '',
            html: typeof parsed.html === 'string' ? parsed.html : '',
            messageId: parsed.messageId ?? '',
            headers: parsed.headers,
            rawHeaders: Object.fromEntries(
              parsed.headerLines.map(({ key, line }) => [key, line.slice(line.indexOf(':') + 1).trim()]),
            ),
          });
          callback();
          answered();
        },
        (error: Error) => callback(error),
      );
    },
  });
  server.on('error', () => undefined); // a client that vanishes mid-message is not the test's concern
  const port = await listenOnFreePort(server, () => server.server.address());

  return {
    url: `smtp://127.0.0.1:${port}`,
    mails,
    attempts: () => attempts,
    to: (address) => mails.filter((m) => m.to === address),
    waitFor: (done, timeoutMs = 20_000) =>
      new Promise((resolve, reject) => {
        const finish = () => {
          waiters.delete(check);
          clearTimeout(timer);
        };
        const check = () => {
          try {
            if (!done(mails)) return;
          } catch (error) {
            finish();
            reject(error instanceof Error ? error : new Error(String(error)));
            return;
          }
          finish();
          resolve(mails);
        };
        const timer = setTimeout(() => {
          finish();
          reject(new Error(`Timed out waiting for mail; received ${mails.length}`));
        }, timeoutMs);
        waiters.add(check);
        check();
      }),
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
