import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/** A mail caught by the development catcher, newest first. */
interface CaughtMail {
  id: number;
  receivedAt: Date;
  from: string;
  to: string;
  subject: string;
  text: string;
  html: string;
}

export interface MailCatcher {
  smtpUrl: string;
  webUrl: string;
  stop(): Promise<void>;
}

const escape = (value: string) =>
  value.replace(
    /[&<>"']/g,
    (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch] ?? ch,
  );

/** Listens on `port`, or on any free port when that one is taken. */
async function listen(
  server: {
    listen(port: number, host: string, done: () => void): unknown;
    once(event: 'error', cb: (e: Error) => void): unknown;
  },
  port: number,
): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: Error & { code?: string }) => {
      if (error.code === 'EADDRINUSE' && port !== 0) listen(server, 0).then(resolve, reject);
      else reject(error);
    });
    server.listen(port, '127.0.0.1', resolve);
  });
}

/**
 * Development mail: an SMTP server that keeps the last `keep` mails in memory and a small page that
 * shows them, so `npm start` needs no mail service. Nothing leaves the machine.
 */
export async function startMailCatcher({
  smtpPort = 1025,
  webPort = 1080,
  keep = 200,
}: { smtpPort?: number; webPort?: number; keep?: number } = {}): Promise<MailCatcher> {
  const mails: CaughtMail[] = [];
  let next = 1;
  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream).then(
        (parsed) => {
          const to = Array.isArray(parsed.to)
            ? parsed.to.map((a) => a.text).join(', ')
            : (parsed.to?.text ?? '');
          mails.unshift({
            id: next++,
            receivedAt: new Date(),
            from: parsed.from?.text ?? '',
            to,
            subject: parsed.subject ?? '(geen onderwerp)',
            text: parsed.text ?? '',
            html: typeof parsed.html === 'string' ? parsed.html : '',
          });
          mails.length = Math.min(mails.length, keep);
          callback();
        },
        (error: Error) => callback(error),
      );
    },
  });
  smtp.on('error', () => undefined); // a client that hangs up halfway is no reason to stop
  await listen(smtp.server, smtpPort);

  const web: Server = createServer((request, response) => {
    // Only addressed as this machine: a page of another name that resolves here (DNS rebinding)
    // must not read the mails.
    if (!isLoopbackHost(request.headers.host)) {
      response.writeHead(421, { 'content-type': 'text/plain; charset=utf-8' });
      return response.end('Deze pagina is alleen bereikbaar als localhost of 127.0.0.1.\n');
    }
    const page = (status: number, title: string, body: string) => {
      response.writeHead(status, {
        'content-type': 'text/html; charset=utf-8',
        'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; frame-src 'self'",
      });
      response.end(`<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>${escape(title)}</title>
<style>body{font-family:sans-serif;margin:2rem;max-width:60rem}td,th{padding:.3rem .6rem;text-align:left;border-bottom:1px solid #ddd}
pre{white-space:pre-wrap;background:#f6f6f6;padding:1rem}iframe{width:100%;height:30rem;border:1px solid #ddd}</style>
</head><body>${body}</body></html>`);
    };
    const match = /^\/mails\/(\d+)(\.html)?$/.exec(request.url ?? '');
    if (request.url === '/') {
      const rows = mails
        .map(
          (m) =>
            `<tr><td>${AMSTERDAM_TIME.format(m.receivedAt)}</td><td>${escape(m.to)}</td>` +
            `<td><a href="/mails/${m.id}">${escape(m.subject)}</a></td></tr>`,
        )
        .join('');
      return page(
        200,
        'Klussenbank – e-mail (ontwikkeling)',
        `<h1>E-mail van Klussenbank (ontwikkeling)</h1>
<p>De laatste ${keep} e-mails die Klussenbank verstuurde; ze zijn niet echt verzonden. Ververs de pagina voor nieuwe.</p>
${mails.length ? `<table><tr><th>Tijd</th><th>Aan</th><th>Onderwerp</th></tr>${rows}</table>` : '<p>Nog geen e-mails.</p>'}`,
      );
    }
    const mail = match ? mails.find((m) => m.id === Number(match[1])) : undefined;
    if (mail && match?.[2]) {
      // The mail's own HTML, in a sandboxed frame: no scripts, no requests elsewhere.
      response.writeHead(200, {
        'content-type': 'text/html; charset=utf-8',
        'content-security-policy': "sandbox; default-src 'none'; style-src 'unsafe-inline'; img-src data:",
      });
      return response.end(mail.html);
    }
    if (mail) {
      return page(
        200,
        mail.subject,
        `<p><a href="/">← Alle e-mails</a></p><h1>${escape(mail.subject)}</h1>
<p>Van: ${escape(mail.from)}<br>Aan: ${escape(mail.to)}<br>Ontvangen: ${escape(AMSTERDAM_DATE_TIME.format(mail.receivedAt))}</p>
${mail.html ? `<iframe src="/mails/${mail.id}.html" title="HTML-versie"></iframe>` : ''}
<h2>Tekstversie</h2><pre>${escape(mail.text)}</pre>`,
      );
    }
    page(404, 'Niet gevonden', '<p>Deze e-mail bestaat niet (meer). <a href="/">Alle e-mails</a></p>');
  });
  await listen(web, webPort);

  const smtpAddress = smtp.server.address() as AddressInfo;
  const webAddress = web.address() as AddressInfo;
  return {
    smtpUrl: `smtp://127.0.0.1:${smtpAddress.port}`,
    webUrl: `http://localhost:${webAddress.port}`,
    stop: async () => {
      await new Promise<void>((resolve) => smtp.close(() => resolve()));
      web.closeAllConnections();
      await new Promise<void>((resolve) => web.close(() => resolve()));
    },
  };
}

const AMSTERDAM_TIME = new Intl.DateTimeFormat('nl-NL', {
  timeStyle: 'medium',
  timeZone: 'Europe/Amsterdam',
});
const AMSTERDAM_DATE_TIME = new Intl.DateTimeFormat('nl-NL', {
  dateStyle: 'long',
  timeStyle: 'medium',
  timeZone: 'Europe/Amsterdam',
});

/** `localhost`, `127.0.0.1` or `[::1]`, with or without a port. */
export function isLoopbackHost(host: string | undefined): boolean {
  return /^(localhost|127\.0\.0\.1|\[::1\])(:\d+)?$/i.test(host ?? '');
}
