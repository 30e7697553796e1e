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
});
