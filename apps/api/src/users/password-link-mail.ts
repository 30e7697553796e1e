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

/** What the mail says; `organisationName` and `inviterName` are for an invitation. */
export interface PasswordLinkMailInput {
  purpose: PasswordLinkPurpose;
  locale: 'nl' | 'en';
  name: string;
  organisationName: string | null;
  inviterName: string | null;
  token: string;
  expiresAt: Date;
}

type Words = Pick<PasswordLinkMailInput, 'purpose' | 'name' | 'organisationName' | 'inviterName'> & {
  until: string;
};

/**
 * An invitation is also the welcome (a new person gets no separate welcome mail): who added them,
 * to which organisation, what Klussenbank is, then the link.
 */
const TEXTS: Record<'nl' | 'en', (words: Words) => LinkMailText> = {
  nl: ({ purpose, name, organisationName, inviterName, until }) =>
    purpose === 'invite'
      ? {
          subject: 'Welkom bij Klussenbank: stel uw wachtwoord in',
          paragraphs: [
            `Beste ${name},`,
            `${inviterName ?? 'De beheerder van uw organisatie'} heeft voor u een account aangemaakt op Klussenbank${organisationName ? `, bij ${organisationName}` : ''}.`,
            'Op Klussenbank vindt u klussen van uw eigen organisatie en van de gemeenten waarmee die samenwerkt. U kunt zich aanmelden voor een klus die bij u past, en zelf klussen aanbieden.',
            'Kies met de knop hieronder zelf uw wachtwoord; daarna kunt u inloggen.',
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
  en: ({ purpose, name, organisationName, inviterName, until }) =>
    purpose === 'invite'
      ? {
          subject: 'Welcome to Klussenbank: set your password',
          paragraphs: [
            `Dear ${name},`,
            `${inviterName ?? 'The administrator of your organisation'} has created an account for you on Klussenbank${organisationName ? `, with ${organisationName}` : ''}.`,
            'On Klussenbank you find tasks from your own organisation and from the municipalities it works with. You can sign up for a task that suits you, and offer tasks yourself.',
            'Choose your own password with the button below; then you can sign in.',
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
  { purpose, locale, name, organisationName, inviterName, token, expiresAt }: PasswordLinkMailInput,
): { subject: string; text: string; html: string } {
  const until = new Intl.DateTimeFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'Europe/Amsterdam',
  }).format(expiresAt);
  const url = `${publicUrl}${PASSWORD_LINK_PATH}/${token}`;
  const { subject, paragraphs, action } = TEXTS[locale]({
    purpose,
    name,
    organisationName,
    inviterName,
    until,
  });
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
