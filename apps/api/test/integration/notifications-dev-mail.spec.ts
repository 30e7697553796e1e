import { request } from 'node:http';
import { createTransport } from 'nodemailer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type MailCatcher, startMailCatcher } from '../../src/launcher/mail-catcher.js';

describe('the development mail catcher of npm start', () => {
  let catcher: MailCatcher;

  beforeAll(async () => {
    catcher = await startMailCatcher({ smtpPort: 0, webPort: 0, keep: 2 });
  });
  afterAll(() => catcher.stop());

  it('receives over SMTP, lists the newest mails on a page, and shows each one', async () => {
    const transport = createTransport({ url: catcher.smtpUrl });
    for (const subject of ['Eerste', 'Tweede <b>vet</b>', 'Derde']) {
      await transport.sendMail({
        from: 'Klussenbank <noreply@klussenbank.test>',
        to: 'anna@oss.nl',
        subject,
        text: `Tekst van ${subject}`,
        html: `<p>HTML van ${subject}</p><script>alert(1)</script>`,
      });
    }
    transport.close();

    const list = await fetch(`${catcher.webUrl}/`);
    expect(list.status).toBe(200);
    const html = await list.text();
    expect(html).toContain('Derde');
    expect(html).toContain('Tweede &lt;b&gt;vet&lt;/b&gt;'); // escaped
    expect(html).not.toContain('Eerste'); // only the last two are kept
    const link = /href="(\/mails\/\d+)">Derde/.exec(html)![1];
    const mail = await (await fetch(`${catcher.webUrl}${link}`)).text();
    expect(mail).toContain('Tekst van Derde');
    const frame = await fetch(`${catcher.webUrl}${link}.html`);
    expect(frame.headers.get('content-security-policy')).toMatch(/^sandbox/);
    expect((await fetch(`${catcher.webUrl}/mails/999`)).status).toBe(404);
  });

  it('answers only when addressed as this machine (no DNS rebinding)', async () => {
    const { port } = new URL(catcher.webUrl);
    const statusFor = (host: string) =>
      new Promise<number>((resolve, reject) => {
        const req = request({ host: '127.0.0.1', port, path: '/', headers: { host } }, (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        });
        req.on('error', reject);
        req.end();
      });
    expect(await statusFor(`localhost:${port}`)).toBe(200);
    expect(await statusFor(`127.0.0.1:${port}`)).toBe(200);
    expect(await statusFor(`attacker.example:${port}`)).toBe(421);
    expect(await statusFor('localhost.attacker.example')).toBe(421);
  });
});
