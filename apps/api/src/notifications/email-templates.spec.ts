import { describe, expect, it } from 'vitest';
import { renderDigest, renderMail } from './email-templates.js';
import type { MailContext } from './email-texts.js';
import { NOTIFICATION_TYPES } from './notification.entity.js';

const context: MailContext = {
  recipientName: 'Anna <de Vries>',
  taskId: '5d0c0000-0000-0000-0000-000000000001',
  taskTitle: 'Archief & registratie',
  endDate: '2026-12-05',
  cancelReason: 'Budget op',
  otherName: 'Piet',
};

describe(renderMail.name, () => {
  it('has a Dutch and an English text for every notification type, with the preferences link', () => {
    for (const type of NOTIFICATION_TYPES) {
      for (const locale of ['nl', 'en'] as const) {
        const mail = renderMail('https://kb.example', type, locale, context);
        expect(mail.subject.length, `${type} ${locale}`).toBeGreaterThan(5);
        expect(mail.text).toContain('https://kb.example/mijn-profiel/meldingen');
        expect(mail.html).toContain('href="https://kb.example/mijn-profiel/meldingen"');
      }
    }
  });

  it('escapes what people typed in the HTML part and keeps it readable in the text part', () => {
    const mail = renderMail('https://kb.example', 'task-cancelled', 'nl', context);
    expect(mail.text).toContain('De klus "Archief & registratie" is ingetrokken.');
    expect(mail.text).toContain('Reden: Budget op');
    expect(mail.html).toContain('Archief &amp; registratie');
    expect(mail.html).toContain('Beste Anna &lt;de Vries&gt;,');
    expect(mail.html).not.toContain('<de Vries>');
  });

  it('writes dates the Dutch way', () => {
    expect(renderMail('https://kb.example', 'task-ending-soon', 'nl', context).text).toContain(
      'eindigt op 5 december 2026',
    );
    expect(renderMail('https://kb.example', 'task-ending-soon', 'en', context).text).toContain(
      'ends on 5 December 2026',
    );
  });
});

describe(renderDigest.name, () => {
  it('lists one line per item with its link', () => {
    const mail = renderDigest('https://kb.example', 'weekly', 'nl', 'Anna', [
      { type: 'task-match', context },
      { type: 'claim-accepted', context },
    ]);
    expect(mail.subject).toBe('Uw wekelijkse overzicht: 2 meldingen');
    expect(mail.text).toContain('- De klus "Archief & registratie" past bij uw vaardigheden of leerdoelen.');
    expect(mail.text).toContain('  https://kb.example/klussen/5d0c0000-0000-0000-0000-000000000001');
  });
});
