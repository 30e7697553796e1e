import type { MatchReason } from '@klussenbank/domain';
import type { NotificationType } from './notification.entity.js';

export type Locale = 'nl' | 'en';

/** What a mail may mention; loaded from the database when it is sent (job data carries only ids). */
export interface MailContext {
  recipientName: string;
  taskId: string | null;
  taskTitle: string | null;
  endDate: string | null;
  cancelReason: string | null;
  /** The other person: who applied, or who asks for consent. */
  otherName: string | null;
  /** Why a klus was matched to the recipient (task-match only). */
  reasons?: readonly MatchReason[] | null;
  /** Dossier events: the dossier, and the checkpoint a reminder is about. */
  dossierId?: string | null;
  dossierTitle?: string | null;
  checkpointTitle?: string | null;
  plannedOn?: string | null;
  /** Success events: the success and its title as shared. */
  successId?: string | null;
  successTitle?: string | null;
}

export interface MailText {
  subject: string;
  /** Paragraphs; the first also serves as the one-line summary in a digest. */
  paragraphs: string[];
  action: { label: string; path: string };
}

type Texts = {
  [type in NotificationType]: (c: MailContext, date: (day: string | null) => string) => MailText;
};

const task = (c: MailContext) => `/klussen/${c.taskId ?? ''}`;
const dossier = (c: MailContext) => `/dossiers/${c.dossierId ?? ''}`;
/** The klus page's section "Hoe ging het?". */
const evaluation = (c: MailContext) => `${task(c)}#evaluatie`;
const success = (c: MailContext) => `/successen/${c.successId ?? ''}`;

const LEVELS: Record<Locale, Record<string, string>> = {
  nl: { basic: 'basis', advanced: 'gevorderd', expert: 'expert' },
  en: { basic: 'basic', advanced: 'advanced', expert: 'expert' },
};

/** "Waarom: GIS (expert), leerdoel: projectleiding, past in uw uren." as one paragraph, or none. */
function why(reasons: readonly MatchReason[] | null | undefined, locale: Locale): string[] {
  const nl = locale === 'nl';
  const parts = (reasons ?? []).map((r) => {
    switch (r.kind) {
      case 'required':
      case 'nice-to-have':
        return `${r.skill} (${LEVELS[locale][r.level] ?? r.level})`;
      case 'learning-goal':
        return nl ? `leerdoel: ${r.skill}` : `learning goal: ${r.skill}`;
      case 'hours':
        return nl ? 'past in uw uren' : 'fits your hours';
      case 'location':
        return nl ? 'dichtbij' : 'close by';
    }
  });
  return parts.length ? [`${nl ? 'Waarom' : 'Why'}: ${parts.join(', ')}.`] : [];
}

/** Dutch, the product's language. Formal "u", as everywhere in Klussenbank. */
const nl: Texts = {
  welcome: (c) => ({
    subject: 'Welkom bij Klussenbank',
    paragraphs: [
      `Welkom bij Klussenbank, ${c.recipientName}.`,
      'Hier vindt u klussen van uw eigen gemeente en van de gemeenten waarmee die samenwerkt, en kunt u zelf klussen aanbieden.',
    ],
    action: { label: 'Bekijk de klussen', path: '/klussen' },
  }),
  'login-attacked': () => ({
    subject: 'Veel mislukte inlogpogingen op uw account',
    paragraphs: [
      'Op uw Klussenbank-account is de afgelopen tijd vaak geprobeerd in te loggen met een verkeerd wachtwoord, vanaf adressen waar u nog niet eerder inlogde.',
      'Uw account is niet geblokkeerd: vanaf een adres waar u eerder inlogde, logt u gewoon in. Vanaf een nieuw adres kan het tijdelijk langer duren.',
      'Was u dit niet zelf? Kies dan een sterk wachtwoord dat u nergens anders gebruikt, en meld het bij de beheerder van uw organisatie.',
    ],
    action: { label: 'Naar Klussenbank', path: '/' },
  }),
  'task-match': (c) => ({
    subject: `Een klus die bij u past: ${c.taskTitle}`,
    paragraphs: [
      `De klus "${c.taskTitle}" past bij uw vaardigheden of leerdoelen.`,
      ...why(c.reasons, 'nl'),
      'Bekijk de klus en meld u aan als hij u aanspreekt.',
    ],
    action: { label: 'Bekijk de klus', path: task(c) },
  }),
  'task-changed': (c) => ({
    subject: `Klus gewijzigd: ${c.taskTitle}`,
    paragraphs: [`De klus "${c.taskTitle}" waarvoor u zich aanmeldde, is gewijzigd.`],
    action: { label: 'Bekijk de wijzigingen', path: task(c) },
  }),
  'task-cancelled': (c) => ({
    subject: `Klus ingetrokken: ${c.taskTitle}`,
    paragraphs: [
      `De klus "${c.taskTitle}" is ingetrokken.`,
      ...(c.cancelReason ? [`Reden: ${c.cancelReason}`] : []),
    ],
    action: { label: 'Bekijk de klus', path: task(c) },
  }),
  'task-completed': (c) => ({
    subject: `Klus afgerond: ${c.taskTitle}. Hoe ging het?`,
    paragraphs: [
      `De klus "${c.taskTitle}" is afgerond. Bedankt voor uw inzet!`,
      'Wilt u laten weten hoe het ging? Uw beoordeling helpt anderen.',
    ],
    action: { label: 'Beoordeel de klus', path: evaluation(c) },
  }),
  'task-ending-soon': (c, date) => ({
    subject: `Klus eindigt binnenkort: ${c.taskTitle}`,
    paragraphs: [`De klus "${c.taskTitle}" eindigt op ${date(c.endDate)}.`],
    action: { label: 'Bekijk de klus', path: task(c) },
  }),
  'task-expired': (c) => ({
    subject: `Klus verlopen: ${c.taskTitle}`,
    paragraphs: [`Uw klus "${c.taskTitle}" is verlopen: de einddatum is voorbij.`],
    action: { label: 'Bekijk de klus', path: task(c) },
  }),
  'claim-accepted': (c) => ({
    subject: `U doet mee: ${c.taskTitle}`,
    paragraphs: [`Uw aanmelding voor de klus "${c.taskTitle}" is geaccepteerd. U doet mee!`],
    action: { label: 'Bekijk de klus', path: task(c) },
  }),
  'claim-declined': (c) => ({
    subject: `Aanmelding niet geaccepteerd: ${c.taskTitle}`,
    paragraphs: [
      `Uw aanmelding voor de klus "${c.taskTitle}" is helaas niet geaccepteerd.`,
      'Er zijn vast andere klussen die bij u passen.',
    ],
    action: { label: 'Zoek een andere klus', path: '/klussen' },
  }),
  'application-received': (c) => ({
    subject: `Nieuwe aanmelding voor: ${c.taskTitle}`,
    paragraphs: [`${c.otherName} heeft zich aangemeld voor uw klus "${c.taskTitle}".`],
    action: { label: 'Bekijk de aanmelding', path: task(c) },
  }),
  'consent-requested': (c) => ({
    subject: `Toestemming gevraagd: ${c.otherName} wil meedoen aan een klus`,
    paragraphs: [
      `${c.otherName} wil meedoen aan de klus "${c.taskTitle}" en heeft daarvoor uw toestemming nodig.`,
    ],
    action: { label: 'Geef of weiger toestemming', path: '/mijn-klussen' },
  }),
  'hour-cap-exceeded': (c) => ({
    subject: `Boven het maximum aantal uren: ${c.otherName}`,
    paragraphs: [
      `${c.otherName} doet mee aan de klus "${c.taskTitle}" en komt daarmee boven het maximum aantal klusuren per maand.`,
      'Uw organisatie waarschuwt alleen: de inschrijving gaat door. De uren van een klus zijn gelijk verdeeld over de dagen waarop hij loopt. Bespreek het als dat nodig is.',
    ],
    action: { label: 'Bekijk de klus', path: task(c) },
  }),
  'participant-deactivated': (c) => ({
    subject: `Deelnemer afgemeld: ${c.taskTitle}`,
    paragraphs: [
      `Het account van ${c.otherName} is beëindigd. Daarom is de aanmelding voor uw klus "${c.taskTitle}" ingetrokken.`,
      'Er is weer plaats voor iemand anders.',
    ],
    action: { label: 'Bekijk de klus', path: task(c) },
  }),
  'dossier-match': (c) => ({
    subject: `Een dossier dat uw vaardigheden zoekt: ${c.dossierTitle}`,
    paragraphs: [
      `Het nieuwe dossier "${c.dossierTitle}" zoekt vaardigheden die u heeft of wilt leren.`,
      'Kijk of u wilt aansluiten: iedereen uit het samenwerkingsverband kan meedoen, wat uw functie ook is.',
    ],
    action: { label: 'Bekijk het dossier', path: dossier(c) },
  }),
  'dossier-join-requested': (c) => ({
    subject: `${c.otherName} wil aansluiten bij ${c.dossierTitle}`,
    paragraphs: [
      `${c.otherName} vraagt om aan te sluiten bij het dossier "${c.dossierTitle}", waarvan u trekker bent.`,
    ],
    action: { label: 'Bekijk het verzoek', path: dossier(c) },
  }),
  'dossier-request-accepted': (c) => ({
    subject: `Welkom in het team: ${c.dossierTitle}`,
    paragraphs: [
      `Uw verzoek om aan te sluiten bij het dossier "${c.dossierTitle}" is aangenomen. Welkom in het team!`,
    ],
    action: { label: 'Bekijk het dossier', path: dossier(c) },
  }),
  'dossier-request-declined': (c) => ({
    subject: `Verzoek niet aangenomen: ${c.dossierTitle}`,
    paragraphs: [
      `Uw verzoek om aan te sluiten bij het dossier "${c.dossierTitle}" is niet aangenomen.`,
      'Er zijn vast andere dossiers en klussen waar uw inzet welkom is.',
    ],
    action: { label: 'Bekijk de dossiers', path: '/dossiers' },
  }),
  'dossier-invited': (c) => ({
    subject: `Uitnodiging voor het dossier ${c.dossierTitle}`,
    paragraphs: [`U bent uitgenodigd om mee te werken aan het dossier "${c.dossierTitle}".`],
    action: { label: 'Bekijk de uitnodiging', path: dossier(c) },
  }),
  'dossier-checkpoint-upcoming': (c, date) => ({
    subject: `IJkmoment op ${date(c.plannedOn ?? null)}: ${c.dossierTitle}`,
    paragraphs: [
      `Het ijkmoment "${c.checkpointTitle}" van het dossier "${c.dossierTitle}" is op ${date(c.plannedOn ?? null)}.`,
      'Wat ging goed, wat schuurde, wat veranderen we? Leg het na afloop vast in het dossier.',
    ],
    action: { label: 'Bekijk het dossier', path: dossier(c) },
  }),
  'dossier-task-posted': (c) => ({
    subject: `Nieuwe klus in ${c.dossierTitle}: ${c.taskTitle}`,
    paragraphs: [`In het dossier "${c.dossierTitle}" staat een nieuwe klus: "${c.taskTitle}".`],
    action: { label: 'Bekijk de klus', path: task(c) },
  }),
  'hours-confirmation-requested': (c) => ({
    subject: `Kloppen uw uren? ${c.taskTitle}`,
    paragraphs: [
      `De klus "${c.taskTitle}" is afgerond en de uren die u eraan werkte zijn vastgelegd.`,
      'Bevestig of corrigeer ze binnen 14 dagen. Daarna gelden ze als bevestigd.',
    ],
    action: { label: 'Bekijk en bevestig uw uren', path: task(c) },
  }),
  'hours-corrected': (c) => ({
    subject: `Uren gecorrigeerd: ${c.taskTitle}`,
    paragraphs: [
      `Een deelnemer heeft de uren voor de klus "${c.taskTitle}" gecorrigeerd.`,
      'Gaat u akkoord, of wilt u de correctie bespreken? U heeft daar 14 dagen voor; daarna geldt de correctie.',
    ],
    action: { label: 'Bekijk de correctie', path: task(c) },
  }),
  'hours-disputed': (c) => ({
    subject: `Uren in gesprek: ${c.taskTitle}`,
    paragraphs: [
      `Over de uren voor de klus "${c.taskTitle}" zijn de deelnemer en de aanbieder het niet eens.`,
      'U bent beheerder van een van beide organisaties: spreek samen af hoeveel uur het is en leg dat vast. Tot dan tellen deze uren apart in de balans.',
    ],
    action: { label: 'Naar uren in gesprek', path: '/uren/in-gesprek' },
  }),
  'hours-settled': (c) => ({
    subject: `Uren vastgesteld: ${c.taskTitle}`,
    paragraphs: [`De beheerders hebben de uren voor de klus "${c.taskTitle}" vastgesteld.`],
    action: { label: 'Bekijk de uren', path: task(c) },
  }),
  'evaluation-requested': (c) => ({
    subject: `Hoe ging het? Beoordeel de klus ${c.taskTitle}`,
    paragraphs: [
      `De klus "${c.taskTitle}" is afgerond. Bedankt voor de samenwerking!`,
      'Hoe ging het? Geef een cijfer van 1 tot 5 en vertel wat goed ging en wat beter kan. Alleen u, de ander en uw leidinggevenden zien uw beoordeling.',
    ],
    action: { label: 'Beoordeel de klus', path: evaluation(c) },
  }),
  'evaluation-reminder': (c) => ({
    subject: `Herinnering: hoe ging de klus ${c.taskTitle}?`,
    paragraphs: [
      `Een week geleden werd de klus "${c.taskTitle}" afgerond. U heeft nog niet laten weten hoe het ging.`,
      'Het kost een minuut en helpt u allebei.',
    ],
    action: { label: 'Beoordeel de klus', path: evaluation(c) },
  }),
  'success-shared': (c) => ({
    subject: `Een succes om te vieren: ${c.successTitle}`,
    paragraphs: [`"${c.successTitle}" is gedeeld als succes. Lees het verhaal en geef een applaus.`],
    action: { label: 'Bekijk het succes', path: success(c) },
  }),
  'success-naming-requested': (c) => ({
    subject: `Mag uw naam bij dit succes? ${c.successTitle}`,
    paragraphs: [
      `"${c.successTitle}" is gedeeld als succes, en u was erbij. Mag uw naam erbij staan?`,
      'Zolang u geen ja zegt, staat uw naam er niet bij. U kunt uw ja later altijd intrekken.',
    ],
    action: { label: 'Geef uw antwoord', path: `${success(c)}#naam` },
  }),
  'data-export-ready': () => ({
    subject: 'Uw gegevens staan klaar om te downloaden',
    paragraphs: [
      'Het bestand met al uw gegevens in Klussenbank staat klaar. U downloadt het op Mijn profiel, onder "Mijn gegevens".',
      'Het bestand blijft 7 dagen beschikbaar en wordt daarna verwijderd. Vroeg u dit niet zelf aan? Meld het bij de beheerder van uw organisatie.',
    ],
    action: { label: 'Naar Mijn gegevens', path: '/mijn-profiel#mijn-gegevens' },
  }),
};

const en: Texts = {
  welcome: (c) => ({
    subject: 'Welcome to Klussenbank',
    paragraphs: [
      `Welcome to Klussenbank, ${c.recipientName}.`,
      'Here you find tasks from your own municipality and the municipalities it works with, and you can offer tasks yourself.',
    ],
    action: { label: 'Browse tasks', path: '/klussen' },
  }),
  'login-attacked': () => ({
    subject: 'Many failed sign-in attempts on your account',
    paragraphs: [
      'Someone has recently tried many times to sign in to your Klussenbank account with a wrong password, from addresses you have not signed in from before.',
      'Your account is not blocked: from an address where you signed in before, you sign in as usual. From a new address it may take longer for a while.',
      'Was this not you? Then choose a strong password that you use nowhere else, and tell the administrator of your organisation.',
    ],
    action: { label: 'Go to Klussenbank', path: '/' },
  }),
  'task-match': (c) => ({
    subject: `A task that suits you: ${c.taskTitle}`,
    paragraphs: [
      `The task "${c.taskTitle}" matches your skills or learning goals.`,
      ...why(c.reasons, 'en'),
      'Have a look and sign up if it appeals to you.',
    ],
    action: { label: 'View the task', path: task(c) },
  }),
  'task-changed': (c) => ({
    subject: `Task changed: ${c.taskTitle}`,
    paragraphs: [`The task "${c.taskTitle}" you signed up for has changed.`],
    action: { label: 'See the changes', path: task(c) },
  }),
  'task-cancelled': (c) => ({
    subject: `Task cancelled: ${c.taskTitle}`,
    paragraphs: [
      `The task "${c.taskTitle}" has been cancelled.`,
      ...(c.cancelReason ? [`Reason: ${c.cancelReason}`] : []),
    ],
    action: { label: 'View the task', path: task(c) },
  }),
  'task-completed': (c) => ({
    subject: `Task completed: ${c.taskTitle}. How did it go?`,
    paragraphs: [
      `The task "${c.taskTitle}" is completed. Thank you for your work!`,
      'Would you tell us how it went? Your review helps others.',
    ],
    action: { label: 'Review the task', path: evaluation(c) },
  }),
  'task-ending-soon': (c, date) => ({
    subject: `Task ending soon: ${c.taskTitle}`,
    paragraphs: [`The task "${c.taskTitle}" ends on ${date(c.endDate)}.`],
    action: { label: 'View the task', path: task(c) },
  }),
  'task-expired': (c) => ({
    subject: `Task expired: ${c.taskTitle}`,
    paragraphs: [`Your task "${c.taskTitle}" has expired: its end date has passed.`],
    action: { label: 'View the task', path: task(c) },
  }),
  'claim-accepted': (c) => ({
    subject: `You're in: ${c.taskTitle}`,
    paragraphs: [`Your application for the task "${c.taskTitle}" has been accepted. You're in!`],
    action: { label: 'View the task', path: task(c) },
  }),
  'claim-declined': (c) => ({
    subject: `Application not accepted: ${c.taskTitle}`,
    paragraphs: [
      `Unfortunately, your application for the task "${c.taskTitle}" was not accepted.`,
      'There are surely other tasks that suit you.',
    ],
    action: { label: 'Find another task', path: '/klussen' },
  }),
  'application-received': (c) => ({
    subject: `New application for: ${c.taskTitle}`,
    paragraphs: [`${c.otherName} has applied for your task "${c.taskTitle}".`],
    action: { label: 'View the application', path: task(c) },
  }),
  'consent-requested': (c) => ({
    subject: `Consent requested: ${c.otherName} wants to join a task`,
    paragraphs: [`${c.otherName} wants to join the task "${c.taskTitle}" and needs your consent.`],
    action: { label: 'Give or refuse consent', path: '/mijn-klussen' },
  }),
  'hour-cap-exceeded': (c) => ({
    subject: `Over the hour cap: ${c.otherName}`,
    paragraphs: [
      `${c.otherName} takes part in the task "${c.taskTitle}" and goes over the monthly cap of klus hours with it.`,
      "Your organisation only warns: the claim goes through. A klus's hours are spread evenly over the days it runs. Talk it over if needed.",
    ],
    action: { label: 'View the task', path: task(c) },
  }),
  'participant-deactivated': (c) => ({
    subject: `Participant signed off: ${c.taskTitle}`,
    paragraphs: [
      `The account of ${c.otherName} has ended, so their claim on your task "${c.taskTitle}" has been withdrawn.`,
      'The place is free for someone else.',
    ],
    action: { label: 'View the task', path: task(c) },
  }),
  'dossier-match': (c) => ({
    subject: `A dossier looking for your skills: ${c.dossierTitle}`,
    paragraphs: [
      `The new dossier "${c.dossierTitle}" needs skills you have or want to learn.`,
      'See whether you would like to join: anyone in the partnership can take part, whatever their role.',
    ],
    action: { label: 'View the dossier', path: dossier(c) },
  }),
  'dossier-join-requested': (c) => ({
    subject: `${c.otherName} wants to join ${c.dossierTitle}`,
    paragraphs: [`${c.otherName} asks to join the dossier "${c.dossierTitle}", which you lead.`],
    action: { label: 'View the request', path: dossier(c) },
  }),
  'dossier-request-accepted': (c) => ({
    subject: `Welcome to the team: ${c.dossierTitle}`,
    paragraphs: [`Your request to join the dossier "${c.dossierTitle}" was accepted. Welcome to the team!`],
    action: { label: 'View the dossier', path: dossier(c) },
  }),
  'dossier-request-declined': (c) => ({
    subject: `Request not accepted: ${c.dossierTitle}`,
    paragraphs: [
      `Your request to join the dossier "${c.dossierTitle}" was not accepted.`,
      'There are surely other dossiers and tasks where your help is welcome.',
    ],
    action: { label: 'Browse dossiers', path: '/dossiers' },
  }),
  'dossier-invited': (c) => ({
    subject: `Invitation to the dossier ${c.dossierTitle}`,
    paragraphs: [`You are invited to work on the dossier "${c.dossierTitle}".`],
    action: { label: 'View the invitation', path: dossier(c) },
  }),
  'dossier-checkpoint-upcoming': (c, date) => ({
    subject: `Checkpoint on ${date(c.plannedOn ?? null)}: ${c.dossierTitle}`,
    paragraphs: [
      `The checkpoint "${c.checkpointTitle}" of the dossier "${c.dossierTitle}" is on ${date(c.plannedOn ?? null)}.`,
      'What went well, what chafed, what do we change? Record it in the dossier afterwards.',
    ],
    action: { label: 'View the dossier', path: dossier(c) },
  }),
  'dossier-task-posted': (c) => ({
    subject: `New task in ${c.dossierTitle}: ${c.taskTitle}`,
    paragraphs: [`The dossier "${c.dossierTitle}" has a new task: "${c.taskTitle}".`],
    action: { label: 'View the task', path: task(c) },
  }),
  'hours-confirmation-requested': (c) => ({
    subject: `Are your hours right? ${c.taskTitle}`,
    paragraphs: [
      `The task "${c.taskTitle}" is completed and the hours you worked on it are recorded.`,
      'Confirm or correct them within 14 days. After that they count as confirmed.',
    ],
    action: { label: 'View and confirm your hours', path: task(c) },
  }),
  'hours-corrected': (c) => ({
    subject: `Hours corrected: ${c.taskTitle}`,
    paragraphs: [
      `A participant corrected the hours for the task "${c.taskTitle}".`,
      'Do you agree, or do you want to discuss the correction? You have 14 days; after that the correction stands.',
    ],
    action: { label: 'View the correction', path: task(c) },
  }),
  'hours-disputed': (c) => ({
    subject: `Hours in discussion: ${c.taskTitle}`,
    paragraphs: [
      `The participant and the poster disagree on the hours for the task "${c.taskTitle}".`,
      'You administer one of the two organisations: agree on the hours together and record them. Until then these hours count apart in the balance.',
    ],
    action: { label: 'Go to hours in discussion', path: '/uren/in-gesprek' },
  }),
  'hours-settled': (c) => ({
    subject: `Hours settled: ${c.taskTitle}`,
    paragraphs: [`The administrators settled the hours for the task "${c.taskTitle}".`],
    action: { label: 'View the hours', path: task(c) },
  }),
  'evaluation-requested': (c) => ({
    subject: `How did it go? Review the task ${c.taskTitle}`,
    paragraphs: [
      `The task "${c.taskTitle}" is completed. Thank you for working together!`,
      'How did it go? Give a score from 1 to 5 and tell what went well and what could be better. Only you, the other person and your line managers see your review.',
    ],
    action: { label: 'Review the task', path: evaluation(c) },
  }),
  'evaluation-reminder': (c) => ({
    subject: `Reminder: how did the task ${c.taskTitle} go?`,
    paragraphs: [
      `A week ago the task "${c.taskTitle}" was completed. You have not told yet how it went.`,
      'It takes a minute and helps you both.',
    ],
    action: { label: 'Review the task', path: evaluation(c) },
  }),
  'success-shared': (c) => ({
    subject: `A success to celebrate: ${c.successTitle}`,
    paragraphs: [`"${c.successTitle}" was shared as a success. Read the story and give a round of applause.`],
    action: { label: 'See the success', path: success(c) },
  }),
  'success-naming-requested': (c) => ({
    subject: `May your name appear with this success? ${c.successTitle}`,
    paragraphs: [
      `"${c.successTitle}" was shared as a success, and you took part. May your name appear with it?`,
      'Until you say yes, your name does not appear. You can always withdraw your yes later.',
    ],
    action: { label: 'Give your answer', path: `${success(c)}#naam` },
  }),
  'data-export-ready': () => ({
    subject: 'Your data is ready to download',
    paragraphs: [
      'The file with all your data in Klussenbank is ready. Download it on My profile, under "My data".',
      'The file stays available for 7 days and is deleted afterwards. Did you not ask for it yourself? Tell the administrator of your organisation.',
    ],
    action: { label: 'Go to My data', path: '/mijn-profiel#mijn-gegevens' },
  }),
};

export const EMAIL_TEXTS: Record<Locale, Texts> = { nl, en };

/** The parts every mail shares. */
export const EMAIL_CHROME: Record<
  Locale,
  {
    greeting: (name: string) => string;
    digestSubject: (rhythm: 'daily' | 'weekly', count: number) => string;
    digestIntro: (rhythm: 'daily' | 'weekly') => string;
    why: string;
    preferences: string;
    dateLocale: string;
  }
> = {
  nl: {
    greeting: (name) => `Beste ${name},`,
    digestSubject: (rhythm, count) =>
      `Uw ${rhythm === 'daily' ? 'dagelijkse' : 'wekelijkse'} overzicht: ${count} ${count === 1 ? 'melding' : 'meldingen'}`,
    digestIntro: (rhythm) =>
      `Dit gebeurde er ${rhythm === 'daily' ? 'sinds uw vorige dagoverzicht' : 'sinds uw vorige weekoverzicht'}:`,
    why: 'U ontvangt deze e-mail omdat u een account heeft bij Klussenbank.',
    preferences: 'Minder of geen e-mail? Pas uw meldingen aan',
    dateLocale: 'nl-NL',
  },
  en: {
    greeting: (name) => `Dear ${name},`,
    digestSubject: (rhythm, count) =>
      `Your ${rhythm} summary: ${count} ${count === 1 ? 'notification' : 'notifications'}`,
    digestIntro: (rhythm) =>
      `This happened since your previous ${rhythm === 'daily' ? 'daily' : 'weekly'} summary:`,
    why: 'You receive this e-mail because you have an account at Klussenbank.',
    preferences: 'Fewer or no e-mails? Change your notification settings',
    dateLocale: 'en-GB',
  },
};
