import type { PasswordLinkPurpose } from '@klussenbank/domain';

/** The page of the web client that takes the token (a public route); the mail links there. */
export const PASSWORD_LINK_PATH = '/wachtwoord-instellen';

const escape = (value: string) =>
  value.replace(
    /[&<>"']/g,
    (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch] ?? ch,
  );

interface LinkMailText {
  subject: string;
  paragraphs: string[];
  action: string;
}

const TEXTS: Record<
  'nl' | 'en',
  (purpose: PasswordLinkPurpose, name: string, until: string) => LinkMailText
> = {
  nl: (purpose, name, until) =>
    purpose === 'invite'
      ? {
          subject: 'Stel uw wachtwoord in voor Klussenbank',
          paragraphs: [
            `Beste ${name},`,
            'Er is een account voor u aangemaakt op Klussenbank. Kies met de knop hieronder zelf uw wachtwoord; daarna kunt u inloggen.',
            `De link werkt één keer en tot ${until}. Werkt hij niet meer, vraag dan de beheerder van uw organisatie om een nieuwe.`,
          ],
          action: 'Wachtwoord instellen',
        }
      : {
          subject: 'Stel een nieuw wachtwoord in voor Klussenbank',
          paragraphs: [
            `Beste ${name},`,
            'De beheerder van uw organisatie heeft een link voor u aangevraagd om een nieuw wachtwoord in te stellen. Uw huidige wachtwoord blijft werken tot u een nieuw wachtwoord kiest.',
            `De link werkt één keer en tot ${until}. Heeft u hier niet om gevraagd? Neem dan contact op met de beheerder van uw organisatie.`,
          ],
          action: 'Nieuw wachtwoord instellen',
        },
  en: (purpose, name, until) =>
    purpose === 'invite'
      ? {
          subject: 'Set your password for Klussenbank',
          paragraphs: [
            `Dear ${name},`,
            'An account has been created for you on Klussenbank. Choose your own password with the button below; then you can sign in.',
            `The link works once and until ${until}. If it no longer works, ask the administrator of your organisation for a new one.`,
          ],
          action: 'Set password',
        }
      : {
          subject: 'Set a new password for Klussenbank',
          paragraphs: [
            `Dear ${name},`,
            'The administrator of your organisation asked for a link for you to set a new password. Your current password keeps working until you choose a new one.',
            `The link works once and until ${until}. Did you not expect this? Please contact the administrator of your organisation.`,
          ],
          action: 'Set new password',
        },
};

/** The one-time link's mail; it is the only place the token ever appears outside the request. */
export function renderPasswordLinkMail(
  publicUrl: string,
  purpose: PasswordLinkPurpose,
  locale: 'nl' | 'en',
  name: string,
  token: string,
  expiresAt: Date,
): { subject: string; text: string; html: string } {
  const until = new Intl.DateTimeFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'Europe/Amsterdam',
  }).format(expiresAt);
  const url = `${publicUrl}${PASSWORD_LINK_PATH}/${token}`;
  const { subject, paragraphs, action } = TEXTS[locale](purpose, name, until);
  const text = [...paragraphs.flatMap((p) => [p, '']), `${action}: ${url}`, ''].join('\n');
  const html = `<!DOCTYPE html>
<html lang="${locale}">
<head><meta charset="utf-8"><title>${escape(subject)}</title></head>
<body style="font-family: Arial, sans-serif; color: #1a1a1a; line-height: 1.5; max-width: 600px; margin: 0 auto; padding: 16px;">
${paragraphs.map((p) => `<p>${escape(p)}</p>`).join('\n')}
<p><a href="${escape(url)}" style="display: inline-block; background: #00689e; color: #ffffff; padding: 10px 16px; text-decoration: none; border-radius: 4px;">${escape(action)}</a></p>
<p style="font-size: 13px; color: #555555;">${escape(url)}</p>
</body>
</html>
`;
  return { subject, text, html };
}
