/**
 * The privacy statement (privacyverklaring) and the accessibility statement
 * (toegankelijkheidsverklaring) every page links to. An organisation may write its own (Markdown,
 * rendered with `renderMarkdown`); whoever has none, or is not signed in, reads these defaults.
 */
export const STATEMENT_KINDS = ['privacy', 'accessibility'] as const;
export type StatementKind = (typeof STATEMENT_KINDS)[number];

export const isStatementKind = (value: unknown): value is StatementKind =>
  typeof value === 'string' && (STATEMENT_KINDS as readonly string[]).includes(value);

/** The longest statement an organisation may write, in characters of Markdown. */
export const STATEMENT_MAX_LENGTH = 20_000;

export type StatementLanguage = 'nl' | 'en';

const PRIVACY_NL = `Klussenbank helpt medewerkers van gemeenten en samenwerkende organisaties om klussen bij elkaar te doen. Daarvoor verwerken wij persoonsgegevens. In deze verklaring leest u welke, waarom en wat uw rechten zijn.

## Wie is verantwoordelijk?
Uw eigen organisatie (uw werkgever) is verwerkingsverantwoordelijke voor de gegevens in Klussenbank. Vragen over privacy stelt u aan de functionaris gegevensbescherming (FG) van uw organisatie.

## Welke gegevens verwerken wij?
- Uw naam, werk-e-mailadres, functie, organisatie, rollen en leidinggevende.
- Uw profiel: vaardigheden, leerdoelen, beschikbaarheid en voorkeuren.
- Wat u in Klussenbank doet: klussen die u plaatst of oppakt, uren, evaluaties, dossiers, successen, reacties en meldingen.
- Voor de beveiliging: sessies (apparaat, laatst gebruikt) en een logboek van beveiligingsgebeurtenissen met het IP-adres.

## Waarom?
Om klussen en mensen bij elkaar te brengen, uren tussen organisaties te verrekenen en de samenwerking te verbeteren (grondslag: de publieke taak en het gerechtvaardigd belang van uw organisatie als werkgever), en om Klussenbank veilig te houden (BIO).

## Hoe lang bewaren wij gegevens?
- Meldingen en e-mailberichten: 90 dagen.
- Het beveiligingslogboek: 12 maanden.
- Een download van uw gegevens: 7 dagen.
- Uw account en wat u deed: zolang u een account heeft. Na het verwijderen van uw account blijven alleen uren en andere gegevens die organisaties voor hun verrekening nodig hebben, zonder uw naam ("oud-medewerker").

## Uw rechten
- **Inzage**: op *Mijn profiel* downloadt u al uw gegevens in één bestand ("Mijn gegevens downloaden").
- **Verwijderen**: op *Mijn profiel* verwijdert u uw account ("Account verwijderen"). Ook de beheerder van uw organisatie kan dat doen.
- **Correctie, bezwaar en beperking**: neem contact op met de beheerder of de FG van uw organisatie.
- U kunt een klacht indienen bij de Autoriteit Persoonsgegevens.

## Delen met anderen
Gegevens worden alleen gedeeld met de organisaties van uw samenwerkingsverbanden, voor zover dat nodig is voor een klus of dossier. Wij verkopen geen gegevens en gebruiken geen tracking-cookies: alleen een sessiecookie om u ingelogd te houden.`;

const PRIVACY_EN = `Klussenbank helps employees of municipalities and cooperating organisations take on tasks for one another. To do so we process personal data. This statement explains which data, why, and what your rights are.

## Who is responsible?
Your own organisation (your employer) is the controller of the data in Klussenbank. Ask your organisation's data protection officer (DPO) about privacy.

## Which data do we process?
- Your name, work e-mail address, job title, organisation, roles and line manager.
- Your profile: skills, learning goals, availability and preferences.
- What you do in Klussenbank: tasks you post or take on, hours, evaluations, dossiers, successes, comments and notifications.
- For security: sessions (device, last used) and a log of security events with the IP address.

## Why?
To bring tasks and people together, to settle hours between organisations and to improve the cooperation (basis: the public task and the legitimate interest of your organisation as employer), and to keep Klussenbank secure (BIO).

## How long do we keep data?
- Notifications and e-mails: 90 days.
- The security log: 12 months.
- A download of your data: 7 days.
- Your account and what you did: as long as you have an account. After your account is deleted only the hours and other data organisations need for their settlement remain, without your name ("oud-medewerker").

## Your rights
- **Access**: on *My profile* you download all your data in one file ("Download my data").
- **Erasure**: on *My profile* you delete your account ("Delete account"). Your organisation's administrator can do so too.
- **Rectification, objection and restriction**: contact the administrator or DPO of your organisation.
- You may lodge a complaint with the Dutch Data Protection Authority (Autoriteit Persoonsgegevens).

## Sharing
Data is only shared with the organisations of your partnerships, as far as a task or dossier needs it. We sell no data and use no tracking cookies: only a session cookie to keep you signed in.`;

const ACCESSIBILITY_NL = `Wij willen dat iedereen Klussenbank kan gebruiken. Deze verklaring volgt het model van [digitoegankelijk.nl](https://www.digitoegankelijk.nl/toegankelijkheidsverklaring).

## Status
Klussenbank **voldoet gedeeltelijk** aan de eisen van EN 301 549 (WCAG 2.1 niveau A en AA), zoals het Besluit digitale toegankelijkheid overheid vraagt. Waar het nog niet voldoet, staat hieronder.

## Maatregelen
- Klussenbank is gebouwd met de componenten van NL Design System.
- Elke pagina wordt bij elke wijziging automatisch getest met axe-core, ook op een telefoonscherm van 320 pixels breed.
- Formulieren noemen alle fouten tegelijk, met een verwijzing naar het veld.
- Alles werkt met het toetsenbord; na het navigeren gaat de focus naar de kop van de nieuwe pagina.
- Grafieken hebben een tekstuele samenvatting en dezelfde cijfers in een tabel.

## Bekende beperkingen
- Een volledig handmatig onderzoek door een onafhankelijke partij is nog niet gedaan.
- Teksten die gebruikers zelf schrijven (klussen, verhalen, reacties) kunnen ontoegankelijke inhoud bevatten.

## Contact en feedback
Loopt u tegen een probleem aan? Meld het bij de beheerder van uw organisatie. U krijgt binnen 5 werkdagen een ontvangstbevestiging en binnen 3 weken een reactie. Bent u niet tevreden over de afhandeling, dan kunt u contact opnemen met de Nationale ombudsman.`;

const ACCESSIBILITY_EN = `We want everybody to be able to use Klussenbank. This statement follows the model of [digitoegankelijk.nl](https://www.digitoegankelijk.nl/toegankelijkheidsverklaring).

## Status
Klussenbank **partially meets** the requirements of EN 301 549 (WCAG 2.1 level A and AA), as the Dutch Temporary Decree on Digital Accessibility requires. Where it does not yet, it says so below.

## Measures
- Klussenbank is built with the components of NL Design System.
- Every page is tested automatically with axe-core on every change, also on a phone screen 320 pixels wide.
- Forms name every error at once, with a link to the field.
- Everything works with the keyboard; after navigating, focus moves to the new page's heading.
- Charts have a written summary and the same figures in a table.

## Known limitations
- A full manual audit by an independent party has not been done yet.
- Texts that users write themselves (tasks, stories, comments) may contain inaccessible content.

## Contact and feedback
Do you run into a problem? Report it to your organisation's administrator. You get an acknowledgement within 5 working days and an answer within 3 weeks. If you are not satisfied with how it was handled, you may contact the National Ombudsman.`;

/** The default statements, as Markdown. */
export const DEFAULT_STATEMENTS: Record<StatementKind, Record<StatementLanguage, string>> = {
  privacy: { nl: PRIVACY_NL, en: PRIVACY_EN },
  accessibility: { nl: ACCESSIBILITY_NL, en: ACCESSIBILITY_EN },
};

/** The statement someone reads: their organisation's own where it wrote one, else the default. */
export function statementText(
  kind: StatementKind,
  language: StatementLanguage,
  own: string | null | undefined,
): { markdown: string; isDefault: boolean } {
  return own && own.trim() !== ''
    ? { markdown: own, isDefault: false }
    : { markdown: DEFAULT_STATEMENTS[kind][language], isDefault: true };
}
