import { EMAIL_CHROME, EMAIL_TEXTS, type Locale, type MailContext, type MailText } from './email-texts.js';
import type { NotificationType } from './notification.entity.js';

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

/** Where people change how often they hear from us; every mail links here. */
export const PREFERENCES_PATH = '/mijn-profiel/meldingen';

const escape = (value: string) =>
  value.replace(
    /[&<>"']/g,
    (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch] ?? ch,
  );

export const localeOf = (value: string): Locale => (value === 'en' ? 'en' : 'nl');

function dateFormatter(locale: Locale): (day: string | null) => string {
  const format = new Intl.DateTimeFormat(EMAIL_CHROME[locale].dateLocale, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
  return (day) => (day ? format.format(new Date(`${day}T00:00:00Z`)) : '');
}

export function mailText(type: NotificationType, locale: Locale, context: MailContext): MailText {
  return EMAIL_TEXTS[locale][type](context, dateFormatter(locale));
}

interface Block {
  paragraphs: string[];
  action?: { label: string; url: string };
  items?: { line: string; url: string }[];
}

/** One layout for every mail: greeting, content, a button, and the footer with the preferences link. */
function layout(
  publicUrl: string,
  locale: Locale,
  name: string,
  subject: string,
  block: Block,
): RenderedMail {
  const chrome = EMAIL_CHROME[locale];
  const preferencesUrl = `${publicUrl}${PREFERENCES_PATH}`;
  const text = [
    chrome.greeting(name),
    '',
    ...block.paragraphs.flatMap((p) => [p, '']),
    ...(block.items ?? []).flatMap((item) => [`- ${item.line}`, `  ${item.url}`]),
    ...(block.items?.length ? [''] : []),
    ...(block.action ? [`${block.action.label}: ${block.action.url}`, ''] : []),
    '-- ',
    chrome.why,
    `${chrome.preferences}: ${preferencesUrl}`,
    '',
  ].join('\n');
  const html = `<!DOCTYPE html>
<html lang="${locale}">
<head><meta charset="utf-8"><title>${escape(subject)}</title></head>
<body style="font-family: Arial, sans-serif; color: #1a1a1a; line-height: 1.5; max-width: 600px; margin: 0 auto; padding: 16px;">
<p>${escape(chrome.greeting(name))}</p>
${block.paragraphs.map((p) => `<p>${escape(p)}</p>`).join('\n')}
${
  block.items?.length
    ? `<ul>\n${block.items.map((i) => `<li><a href="${escape(i.url)}">${escape(i.line)}</a></li>`).join('\n')}\n</ul>`
    : ''
}
${
  block.action
    ? `<p><a href="${escape(block.action.url)}" style="display: inline-block; background: #00689e; color: #ffffff; padding: 10px 16px; text-decoration: none; border-radius: 4px;">${escape(block.action.label)}</a></p>`
    : ''
}
<hr style="border: none; border-top: 1px solid #cccccc; margin-top: 32px;">
<p style="font-size: 13px; color: #555555;">${escape(chrome.why)}<br>
<a href="${escape(preferencesUrl)}">${escape(chrome.preferences)}</a></p>
</body>
</html>
`;
  return { subject, text, html };
}

export function renderMail(
  publicUrl: string,
  type: NotificationType,
  locale: Locale,
  context: MailContext,
): RenderedMail {
  const content = mailText(type, locale, context);
  return layout(publicUrl, locale, context.recipientName, content.subject, {
    paragraphs: content.paragraphs,
    action: { label: content.action.label, url: `${publicUrl}${content.action.path}` },
  });
}

export function renderDigest(
  publicUrl: string,
  rhythm: 'daily' | 'weekly',
  locale: Locale,
  recipientName: string,
  items: { type: NotificationType; context: MailContext }[],
): RenderedMail {
  const chrome = EMAIL_CHROME[locale];
  return layout(publicUrl, locale, recipientName, chrome.digestSubject(rhythm, items.length), {
    paragraphs: [chrome.digestIntro(rhythm)],
    items: items.map(({ type, context }) => {
      const content = mailText(type, locale, context);
      return { line: content.paragraphs[0] ?? content.subject, url: `${publicUrl}${content.action.path}` };
    }),
  });
}
