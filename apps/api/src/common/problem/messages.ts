/**
 * Every text the API writes into problem+json, in Dutch and English, keyed by message key.
 *
 * A key is a stable `code` ("task-full"), or a code with a variant after a dot ("not-found.task"):
 * the code is what clients see in `code`, the variant only picks a more precise sentence. Texts are
 * ICU MessageFormat (intl-messageformat): `{name}` inserts a parameter, `plural`/`select` choose
 * words. Both languages must have the same keys and the same parameters (messages.spec.ts).
 * Throw sites name a key and parameters, never a sentence; the problem filter picks the language.
 */

/** A status as a word in a sentence; ICU selectors take no "-", so statuses pass through `selector`. */
const TASK_STATUS_NL =
  '{status, select, draft {concept} open {open} full {vol} in_progress {in uitvoering} completed {afgerond} cancelled {ingetrokken} expired {verlopen} other {{status}}}';
const TASK_STATUS_EN =
  '{status, select, draft {a draft} open {open} full {full} in_progress {in progress} completed {completed} cancelled {cancelled} expired {expired} other {{status}}}';
const DOSSIER_STATUS_NL =
  '{status, select, exploring {verkennend} active {actief} completed {afgerond} stopped {gestopt} other {{status}}}';
const DOSSIER_STATUS_EN =
  '{status, select, exploring {exploring} active {active} completed {completed} stopped {stopped} other {{status}}}';

/** A month of a year in words (`monthNumber` 1–12, `year`). */
const MONTH_NL =
  '{monthNumber, plural, =1 {januari} =2 {februari} =3 {maart} =4 {april} =5 {mei} =6 {juni} =7 {juli} =8 {augustus} =9 {september} =10 {oktober} =11 {november} =12 {december} other {#}} {year}';
const MONTH_EN =
  '{monthNumber, plural, =1 {January} =2 {February} =3 {March} =4 {April} =5 {May} =6 {June} =7 {July} =8 {August} =9 {September} =10 {October} =11 {November} =12 {December} other {#}} {year}';

const NL = {
  /** Titles: by the code of the problem, else by the general code of its status. */
  titles: {
    'bad-request': 'Ongeldig verzoek',
    'invalid-input': 'Ongeldige invoer',
    unauthenticated: 'Niet ingelogd',
    forbidden: 'Geen toegang',
    'not-found': 'Niet gevonden',
    'method-not-allowed': 'Methode niet toegestaan',
    conflict: 'Conflict',
    'payload-too-large': 'Verzoek te groot',
    'uri-too-long': 'Adres te lang',
    'unsupported-media-type': 'Inhoudstype niet ondersteund',
    'too-many-requests': 'Te veel verzoeken',
    'internal-error': 'Er ging iets mis',
    'service-unavailable': 'Dienst niet beschikbaar',
    'password-link-gone': 'Link werkt niet meer',
    'sso-link-gone': 'Koppeling verlopen',
    'hour-cap-exceeded': 'Maximum aantal uren bereikt',
  },
  /** `detail` of a problem. */
  problems: {
    // General answers per status
    'bad-request': 'Dit verzoek kan niet worden verwerkt.',
    'method-not-allowed': 'Deze methode is hier niet toegestaan.',
    conflict: 'Dit botst met de huidige stand van zaken.',
    'too-many-requests': 'Te veel verzoeken; probeer het straks opnieuw.',
    'internal-error': 'Er ging onverwacht iets mis. Noem dit kenmerk als u contact opneemt: {correlationId}',
    'service-unavailable': 'Niet beschikbaar: {services}.',
    // Input
    'invalid-input':
      '{count, plural, one {Eén veld is niet goed ingevuld.} other {# velden zijn niet goed ingevuld.}}',
    'invalid-input.not-an-object': 'De body moet een JSON-object zijn.',
    'invalid-input.too-deep': 'De JSON in de body is te diep genest: hoogstens {max} niveaus.',
    'invalid-input.not-multipart':
      'Stuur multipart/form-data met het veld lang (nl of en) en daarna het veld file (het CSV-bestand).',
    'malformed-json': 'De body is geen geldige JSON.',
    'empty-body': 'De body is leeg; stuur een JSON-object.',
    'invalid-content-length': 'De Content-Length klopt niet.',
    'unsupported-media-type': 'Dit inhoudstype wordt niet ondersteund; gebruik application/json.',
    'payload-too-large': 'De body is te groot.',
    'uri-too-long': 'Het adres (URL) van dit verzoek is te lang.',
    'malformed-url': 'Het adres (URL) van dit verzoek is ongeldig gecodeerd.',
    'not-esco-csv':
      'Dit is geen ESCO-vaardighedenbestand: verwacht een CSV-bestand (zoals skills_nl.csv van ESCO) met een kopregel met ten minste de kolommen conceptUri en preferredLabel.',
    // Signing in
    unauthenticated: 'U bent niet ingelogd of uw sessie is verlopen. Log opnieuw in.',
    'invalid-credentials': 'Het e-mailadres of het wachtwoord klopt niet.',
    'csrf-token-invalid':
      'Deze wijziging mist een geldig CSRF-token. Laad de pagina opnieuw en probeer het nog eens.',
    'too-many-login-attempts':
      'Te veel mislukte inlogpogingen. Probeer het over {minutes, plural, one {# minuut} other {# minuten}} opnieuw.',
    'too-many-login-attempts.new-address':
      'Op dit account wordt vaak met een verkeerd wachtwoord ingelogd. Vanaf een adres waar u nog niet eerder inlogde, kan het nu alleen af en toe. Probeer het over {minutes, plural, one {# minuut} other {# minuten}} opnieuw.',
    'too-many-login-attempts.address':
      'Vanaf uw netwerk zijn te veel mislukte inlogpogingen gedaan. Probeer het over {minutes, plural, one {# minuut} other {# minuten}} opnieuw.',
    // Access
    forbidden: 'U heeft niet de rol die hiervoor nodig is.',
    'forbidden.route-not-released': 'Deze route is niet vrijgegeven.',
    'forbidden.queue-dashboard': 'Het overzicht van de wachtrijen is alleen voor platformbeheerders.',
    'forbidden.same-origin': 'Deze wijziging moet van Klussenbank zelf komen.',
    'forbidden.own-organisation-users': 'U beheert alleen de gebruikers van uw eigen organisatie.',
    'forbidden.audit-log': 'Het auditlog is alleen voor beheerders.',
    'forbidden.audit-log-elsewhere': 'U ziet alleen het auditlog van uw eigen organisatie.',
    'forbidden.create-platform-admin': 'Alleen platformbeheerders kunnen platformbeheerders aanmaken.',
    'forbidden.create-user-elsewhere': 'U kunt alleen gebruikers in uw eigen organisatie aanmaken.',
    'forbidden.change-user-elsewhere': 'U beheert alleen de mensen van uw eigen organisatie.',
    'forbidden.change-platform-admin':
      'Alleen platformbeheerders wijzigen de rechten of het account van een platformbeheerder.',
    'forbidden.change-own-account':
      'U kunt uw eigen beheerdersrol niet afnemen en uw eigen account niet uitzetten.',
    'account-erased':
      'Dit account is verwijderd (AVG): het kan niet meer aangezet of gewijzigd worden. Maak zo nodig een nieuw account aan.',
    'account-deactivated':
      'Uw account is uitgezet. Vraag de beheerder van uw organisatie om het weer aan te zetten.',
    'forbidden.organisation-admins': 'Alleen beheerders van {organisation} wijzigen haar instellingen.',
    'forbidden.hour-cap':
      'Alleen de leidinggevende van deze persoon en de beheerders van de organisatie stellen een maximum aantal uren in.',
    'forbidden.manager-only': 'Alleen managers plaatsen klussen.',
    'forbidden.poster-only': 'Alleen wie de klus plaatste, kan dit doen.',
    'forbidden.skill-review':
      'Alleen beheerders van de organisatie die deze naam voorstelde, kunnen hem accepteren of afwijzen.',
    'forbidden.poster-removes': 'Alleen wie de klus plaatste, kan een deelnemer verwijderen.',
    'forbidden.poster-decides': 'Alleen wie de klus plaatste, kiest uit de aanmeldingen.',
    'forbidden.claimant-only': 'Alleen wie zich inschreef, kan zich terugtrekken.',
    'forbidden.dossier-lead-only': 'Alleen de trekkers van dit dossier kunnen dit doen.',
    'forbidden.roles-lead-only': 'Alleen de trekkers veranderen rollen.',
    'forbidden.accept-request': 'Alleen de trekkers nemen een verzoek aan.',
    'forbidden.accept-invitation': 'Alleen wie is uitgenodigd, neemt de uitnodiging aan.',
    'forbidden.ledger':
      'Urensaldi ziet u als beheerder van uw eigen organisatie, of van een samenwerkingsverband waarin uw organisatie zit.',
    'forbidden.ledger-settle': 'Alleen de beheerders van de twee organisaties stellen uren in gesprek vast.',
    'forbidden.mirror':
      'De spiegel van een organisatie zien haar beheerders en managers; die van een samenwerkingsverband de mensen van de deelnemende organisaties.',
    // Not found (or not visible)
    'not-found': 'Deze bron bestaat niet of u heeft er geen toegang toe.',
    'not-found.task': 'Deze klus bestaat niet of u kunt hem niet zien.',
    'not-found.claim': 'Deze inschrijving bestaat niet.',
    'not-found.consent-request': 'Dit toestemmingsverzoek bestaat niet.',
    'not-found.dossier': 'Dit dossier bestaat niet of u kunt het niet zien.',
    'not-found.success': 'Dit succes bestaat niet of u kunt het niet zien.',
    'not-found.success-comment': 'Deze reactie bestaat niet.',
    'not-found.dossier-member': 'Deze persoon staat niet in (de aanvragen van) dit dossier.',
    'not-found.checkpoint': 'Dit ijkmoment bestaat niet.',
    'not-found.skill': 'Deze vaardigheid bestaat niet.',
    'not-found.organisation': 'Deze organisatie bestaat niet.',
    'not-found.statement': 'Deze verklaring bestaat niet (kies privacy of accessibility).',
    'not-found.identity-provider': 'Deze identiteitsprovider bestaat niet.',
    'sso-not-configured':
      'Inloggen met uw organisatie is op deze installatie niet ingesteld (OIDC_SECRET_KEY ontbreekt).',
    'identity-provider-unavailable':
      'De inlogdienst van {organisation} is nu niet bereikbaar. Probeer het straks opnieuw, of log in met uw wachtwoord.',
    'logout-token-invalid': 'Het logout-token ontbreekt of klopt niet.',
    'identity-provider-exists': 'Er is al een identiteitsprovider met deze issuer en client-id.',
    'forbidden.erase-user-elsewhere': 'U kunt alleen accounts van uw eigen organisatie verwijderen.',
    'forbidden.own-organisation-statements': 'U past alleen de verklaringen van uw eigen organisatie aan.',
    'forbidden.erase-platform-admin':
      'Alleen een andere platformbeheerder kan het account van een platformbeheerder verwijderen.',
    'last-org-admin':
      'Dit is de laatste organisatiebeheerder van de organisatie. Maak eerst iemand anders organisatiebeheerder.',
    'last-platform-admin': 'Dit is de laatste platformbeheerder. Maak eerst iemand anders platformbeheerder.',
    'not-found.data-export': 'Deze download van uw gegevens bestaat niet.',
    'data-export-not-ready': 'Het bestand met uw gegevens wordt nog gemaakt. Probeer het zo opnieuw.',
    'data-export-expired':
      'Dit bestand met uw gegevens is verlopen en verwijderd. Vraag een nieuwe download aan.',
    'identity-provider-last':
      'Dit is de enige werkende identiteitsprovider van {organisation}, en inloggen met een wachtwoord staat uit. Zet eerst inloggen met een wachtwoord weer aan, anders kan niemand van {organisation} meer inloggen.',
    'password-login-disabled':
      'Uw organisatie laat inloggen met een wachtwoord niet meer toe. Kies "Inloggen met uw organisatie" en vul uw werk-e-mailadres in.',
    'sso-link-gone':
      'Het koppelen van uw account is verlopen of al gedaan. Log opnieuw in met uw organisatie.',
    'not-found.user': 'Deze gebruiker bestaat niet.',
    'not-found.session': 'Deze sessie bestaat niet (meer) of is niet van u.',
    'not-found.partnership': 'Dit samenwerkingsverband bestaat niet.',
    'not-found.ledger-entry': 'Deze urenregel bestaat niet of is niet van u.',
    'not-found.ledger-dispute': 'Deze uren in gesprek bestaan niet of zijn niet van uw organisatie.',
    'not-found.calendar-feed': 'Deze agenda-link bestaat niet (meer). Maak op "Mijn profiel" een nieuwe.',
    'not-found.partnership-member': 'Deze organisatie is geen lid van dit samenwerkingsverband.',
    'not-found.notification': 'Deze melding bestaat niet.',
    'not-found.password-link':
      'Deze link om een wachtwoord in te stellen bestaat niet. Controleer of u de hele link uit de e-mail gebruikt.',
    'password-link-gone':
      'Deze link werkt niet meer: hij is al gebruikt, verlopen of vervangen door een nieuwere. Vraag de beheerder van uw organisatie om een nieuwe link.',
    'mail-unavailable': 'De e-mail kon nu niet worden verstuurd. Probeer het later opnieuw.',
    // Conflicts: klussen and claims
    'task-full': 'Deze klus is vol.',
    'own-task': 'U kunt zich niet inschrijven op uw eigen klus.',
    'hour-cap-exceeded': `Deze klus past niet binnen uw maximum van {cap} uur per maand: in ${MONTH_NL} heeft u nog {hoursLeft} uur over en deze klus vraagt daar {hoursNeeded} uur. De uren van een klus zijn gelijk verdeeld over de dagen waarop hij loopt.`,
    'hour-cap-exceeded.applicant': `Deze aanmelding past niet binnen het maximum van {cap} uur per maand van de aanmelder: in ${MONTH_NL} zijn nog {hoursLeft} uur over en deze klus vraagt daar {hoursNeeded} uur.`,
    'task-not-open': 'Op deze klus kunt u zich niet (meer) inschrijven.',
    'already-claimed': 'U staat al op deze klus of heeft zich al aangemeld.',
    'task-closed': `Deze klus is ${TASK_STATUS_NL} en kan niet meer worden gewijzigd.`,
    'task-has-participants':
      'Er hebben zich al mensen voor deze klus gemeld. Uren, data, plaats en een lager aantal plekken dan er bezet zijn veranderen alleen in overleg: trek de klus in of spreek het met de deelnemers af.',
    'illegal-transition': `Dat kan niet: deze klus is ${TASK_STATUS_NL}.`,
    'illegal-transition.dossier': `Dat kan niet: dit dossier is ${DOSSIER_STATUS_NL}.`,
    'nobody-on-it': 'Er staat nog niemand op deze klus; starten kan pas als iemand meedoet.',
    'illegal-claim-change': 'Deze inschrijving loopt niet meer.',
    'illegal-claim-change.not-a-participant': 'Alleen deelnemers kunnen worden verwijderd.',
    'illegal-claim-change.application-decided': 'Over deze aanmelding is al beslist.',
    'illegal-claim-change.consent-decided': 'Over dit verzoek is al beslist.',
    // Conflicts: dossiers
    'dossier-full': 'Het team is vol: er is geen plek meer in dit dossier.',
    'dossier-closed': 'Dit dossier is afgerond of gestopt; het team verandert niet meer.',
    'last-trekker': 'Een dossier heeft altijd een trekker: maak eerst iemand anders trekker.',
    'already-in-team': 'U zit al in het team van dit dossier.',
    'already-in-team.other': 'Deze persoon zit al in het team.',
    'already-requested': 'U heeft al gevraagd om aan te sluiten.',
    'already-requested.other': 'Deze persoon vroeg al om aan te sluiten: neem het verzoek aan.',
    'already-invited': 'Deze persoon is al uitgenodigd.',
    'checkpoint-not-due': `Dit ijkmoment staat gepland op {day} ${MONTH_NL}; u legt het pas vanaf die dag vast als gehouden. Is het eerder gehouden? Verplaats dan eerst de datum naar vandaag.`,
    // Conflicts: administration and skills
    'email-taken': 'Er bestaat al een gebruiker met dit e-mailadres.',
    'email-taken.import':
      'Tijdens de import kreeg iemand anders een van deze e-mailadressen; er is niets geïmporteerd. Bekijk de voorvertoning opnieuw.',
    'people-import-invalid':
      '{count, plural, one {Eén regel van het bestand heeft een fout} other {# regels van het bestand hebben een fout}}; er is niets geïmporteerd. Bekijk de voorvertoning.',
    'organisation-exists': 'Er bestaat al een organisatie met de naam "{name}".',
    'partnership-exists': 'Er bestaat al een samenwerkingsverband "{name}".',
    'skill-exists': '"{matched}" is al een naam van de vaardigheid "{label}".',
    'skill-merge-same': 'Een vaardigheid kan niet met zichzelf worden samengevoegd.',
    'skill-merged': 'Deze vaardigheid is al samengevoegd met een andere.',
    'skill-merge-target-merged':
      'De doelvaardigheid is zelf samengevoegd; kies de vaardigheid waarin zij is opgegaan.',
    'skill-merge-target-inactive': 'De doelvaardigheid is niet actief.',
    'skill-merge-target-private':
      'De doelvaardigheid is een voorstel van één organisatie; voeg een voorstel samen met een gedeelde vaardigheid, niet andersom.',
    'skill-import-running': 'Er loopt al een import van vaardigheden; probeer het straks opnieuw.',
    'skill-not-a-proposal': 'Over deze vaardigheid is al beslist; er wacht geen voorstel.',
    'skill-import-too-large':
      'Dit bestand is groter dan {megabytes} MB; er is niets geïmporteerd. Splits het bestand of vraag de beheerder de grens te verhogen.',
    // Conflicts: the hour ledger
    'ledger-entry-settled': 'Deze uren zijn al bevestigd of gecorrigeerd; ze veranderen niet meer.',
    'ledger-not-a-correction':
      'Alleen een correctie van een deelnemer kunt u accepteren of bespreken; deze uren zijn geen correctie.',
    'ledger-correction-answered':
      'Op deze correctie is al gereageerd, of de 14 dagen om te reageren zijn voorbij; de correctie geldt.',
    'ledger-dispute-settled': 'Deze uren zijn al vastgesteld; ze veranderen niet meer.',
    // Evaluations
    'task-not-completed': 'Een klus wordt beoordeeld als hij is afgerond.',
    'evaluation-given':
      'U heeft deze persoon voor deze klus al beoordeeld; een beoordeling verandert daarna niet meer.',
    'forbidden.evaluation-summary':
      'Alleen de beheerders van deze organisatie zien het overzicht van haar beoordelingen.',
    'forbidden.evaluation-author': 'Alleen wie de klus plaatste of eraan deelnam, beoordeelt hem.',
    // Successes
    'forbidden.success-share':
      'Alleen wie de klus plaatste, of een trekker van het dossier, deelt dit als succes.',
    'forbidden.success-naming': 'Alleen wie bij dit succes betrokken is, beslist over de eigen naam.',
    'forbidden.success-comment-hide':
      'Alleen de schrijver van de reactie of een beheerder van een betrokken organisatie verbergt haar.',
    'success-not-reached':
      'Hier valt nog niets te vieren: een klus is eerst afgerond, een ijkmoment gehouden of een dossier afgerond.',
    'success-shared': 'Dit succes is al gedeeld.',
  },
  /** `reason` of one field error (`invalidParams[]`). */
  fields: {
    invalid: 'Deze waarde is ongeldig.',
    required: 'Dit veld is verplicht.',
    'required.status-or-role': 'Geef status of rol.',
    'required.cancel-reason': 'Geef een reden om de klus in te trekken.',
    'required.motivation': 'Vertel kort waarom u deze klus wilt doen.',
    'required.removal-message': 'Geef de deelnemer een reden.',
    'same-hours':
      'Dit is hetzelfde aantal uren als er al staat; bevestig de uren in plaats van ze te corrigeren.',
    'required.esco-file': 'Kies een CSV-bestand van ESCO.',
    'unknown-property': 'Dit veld is onbekend.',
    'not-a-string': 'Moet tekst zijn.',
    'not-a-boolean': 'Moet waar of onwaar zijn.',
    'not-a-number': 'Moet een getal zijn.',
    'not-an-integer': 'Moet een geheel getal zijn.',
    'not-a-list': 'Moet een lijst zijn.',
    'not-an-object': 'Stuur een JSON-object.',
    'not-multipart': 'Stuur multipart/form-data met het veld lang (nl of en) en daarna het veld file.',
    'invalid-structure': 'Heeft een ongeldige opbouw.',
    'invalid-uuid': 'Moet een geldige id (UUID) zijn.',
    'invalid-email': 'Moet een geldig e-mailadres zijn.',
    'email-outside-organisation':
      'Dit e-mailadres hoort niet bij de organisatie; gebruik een adres op {domains}.',
    'invalid-domain': 'Vul domeinnamen in zoals gemeente.nl (zonder @); "{domain}" is er geen.',
    'above-organisation-cap':
      'Het persoonlijke maximum mag niet hoger zijn dan dat van de organisatie ({organisationCap} uur per maand).',
    'domain-of-other-organisation': '{domain} is al een e-maildomein van een andere organisatie.',
    'password-login-needs-sso':
      'Inloggen met een wachtwoord kan pas uit als inloggen met uw organisatie (single sign-on) werkt: stel eerst een identiteitsprovider in.',
    'invalid-issuer':
      'Vul de issuer-URL van de provider in, met https:// (http:// alleen buiten productie) en zonder ? of #.',
    'domain-of-other-provider': '{domain} hoort al bij een andere identiteitsprovider.',
    'invalid-date': 'Vul een datum in als JJJJ-MM-DD.',
    'invalid-characters': 'Bevat een teken dat niet is toegestaan (een NUL-teken of een half Unicode-teken).',
    'too-deep': 'Hoogstens {max} niveaus diep.',
    'too-long': '{max, plural, one {Hoogstens # teken.} other {Hoogstens # tekens.}}',
    'too-long.task-duration': 'Een klus duurt hoogstens een jaar.',
    'too-short': '{min, plural, one {Minstens # teken.} other {Minstens # tekens.}}',
    'too-many-items': 'Hoogstens {max} stuks.',
    'too-few-items': 'Minstens {min} stuks.',
    'duplicate-items': 'Elke waarde mag maar één keer voorkomen.',
    'out-of-range': 'Deze waarde valt buiten het toegestane bereik.',
    'out-of-range.min': 'Moet minstens {min} zijn.',
    'out-of-range.max': 'Mag hoogstens {max} zijn.',
    'out-of-range.date': 'Kies een datum in de jaren {min} tot en met {max}.',
    'not-allowed-value': 'Kies uit: {allowed}.',
    'not-allowed-value.lang-before-file': 'Kies nl of en, en stuur lang vóór het bestand.',
    'end-before-start': 'De einddatum ligt voor de begindatum.',
    'invalid-period':
      'Geef een maand (2026-09), kwartaal (2026-Q3), jaar (2026) of reeks (2026-01-05..2026-02-10).',
    'period-or-range': 'Geef een periode of een begin- en einddatum, niet allebei.',
    'required.period': 'Kies een periode, of een begin- en einddatum.',
    'needs-letters-or-digits': 'De naam moet letters of cijfers bevatten.',
    'unknown-organisation': 'Deze organisatie bestaat niet.',
    'unknown-organisation.id': 'Organisatie {id} bestaat niet.',
    'invalid-line-manager': 'Deze leidinggevende bestaat niet.',
    'invalid-line-manager.other-organisation': 'De leidinggevende moet in dezelfde organisatie werken.',
    'invalid-line-manager.self': 'Iemand kan niet zijn of haar eigen leidinggevende zijn.',
    'not-a-member': 'Uw organisatie is geen lid van dit samenwerkingsverband.',
    'not-in-team': 'U kunt alleen klussen plaatsen in een dossier waarvan u in het team zit.',
    'dossier-partnership':
      'Een klus van een dossier is zichtbaar voor het samenwerkingsverband van dat dossier.',
    'not-in-partnership': 'Deze persoon werkt niet bij een organisatie van dit samenwerkingsverband.',
    'trekker-by-invitation': 'U sluit aan als lid of adviseur; een trekker maakt u trekker.',
    'below-team-size': 'Er zitten al {teamSize} mensen in het team; kies minstens {teamSize}.',
    'reflection-required': 'Beantwoord minstens één vraag: wat ging goed, wat schuurde of wat veranderen we?',
    missing: 'Uren ontbreken voor inschrijving {claimId}.',
    'unknown-claim': '{claimId} is geen deelnemer.',
    'not-a-skill-of-this-task': 'Bevestig alleen vaardigheden die deze klus vraagt.',
    'not-an-evaluation-subject': 'U kunt deze persoon voor deze klus niet beoordelen.',
    'task-or-dossier': 'Kies een klus of een dossier, niet allebei.',
    'unknown-skill': 'Deze vaardigheid bestaat niet (meer).',
    'distance-required': 'Vul in binnen hoeveel kilometer u wilt werken.',
    'goal-is-skill': 'Deze vaardigheid beheerst u al als expert; kies een ander leerdoel.',
    'not-esco-csv':
      'Dit is geen ESCO-vaardighedenbestand (CSV met de kolommen conceptUri en preferredLabel).',
    'weak-password.common':
      'Dit wachtwoord komt voor in lijsten van veelgebruikte of uitgelekte wachtwoorden. Kies een ander, bijvoorbeeld een zin van een paar woorden.',
    'weak-password.predictable':
      'Dit wachtwoord is te voorspelbaar (een herhaling of een reeks zoals 123456). Kies een ander, bijvoorbeeld een zin van een paar woorden.',
    'weak-password.personal': 'Gebruik uw naam of e-mailadres niet in uw wachtwoord.',
    'wrong-password': 'Dit is niet uw huidige wachtwoord.',
    'email-elsewhere': 'Dit e-mailadres hoort bij iemand van een andere organisatie.',
    'email-elsewhere.domain': '{domain} is een e-maildomein van een andere organisatie.',
    'duplicate-email': 'Dit e-mailadres staat ook op regel {lines}.',
    'unknown-role':
      'Onbekende rol "{role}". Kies uit medewerker (employee), manager, organisatiebeheerder (org-admin) en platformbeheerder (platform-admin).',
    'role-not-allowed': 'Alleen platformbeheerders kennen de rol platformbeheerder toe.',
    'role-not-allowed.platform-admin-account':
      'Alleen platformbeheerders wijzigen het account van een platformbeheerder.',
    'role-not-allowed.own-admin-role': 'U kunt uw eigen beheerdersrol niet afnemen.',
    'line-manager-not-found':
      'Deze leidinggevende staat niet in het bestand en werkt niet bij deze organisatie.',
    'people-import-columns':
      'De kopregel mist {missing}. Gebruik de kolommen e-mailadres, naam, functie, e-mailadres leidinggevende en rollen (of email, name, function, line manager e-mail en roles).',
    'people-import-columns.duplicate': 'De kolom {column} staat meer dan eens in de kopregel.',
    'people-import-empty': 'Het bestand bevat niemand: alleen een kopregel, of niets.',
    'people-import-too-many-rows':
      'Het bestand heeft {count} mensen; één import neemt er hoogstens {max}. Neem voor grotere aantallen contact op over SCIM.',
    'invalid-csv':
      'Het bestand is geen geldige CSV vanaf regel {line} (bijvoorbeeld een aanhalingsteken dat niet wordt gesloten).',
    'erasure-not-confirmed': 'Typ uw e-mailadres precies zoals het op uw profiel staat.',
  },
} as const;

export type ProblemKey = keyof typeof NL.problems;
export type FieldKey = keyof typeof NL.fields;
export type TitleKey = keyof typeof NL.titles;

interface Catalogue {
  titles: Record<TitleKey, string>;
  problems: Record<ProblemKey, string>;
  fields: Record<FieldKey, string>;
}

const EN: Catalogue = {
  titles: {
    'bad-request': 'Bad request',
    'invalid-input': 'Invalid input',
    unauthenticated: 'Not signed in',
    forbidden: 'Forbidden',
    'not-found': 'Not found',
    'method-not-allowed': 'Method not allowed',
    conflict: 'Conflict',
    'payload-too-large': 'Request too large',
    'uri-too-long': 'Address too long',
    'unsupported-media-type': 'Unsupported media type',
    'too-many-requests': 'Too many requests',
    'internal-error': 'Something went wrong',
    'service-unavailable': 'Service unavailable',
    'password-link-gone': 'Link no longer works',
    'sso-link-gone': 'Link request expired',
    'hour-cap-exceeded': 'Hour cap reached',
  },
  problems: {
    'bad-request': 'This request cannot be processed.',
    'method-not-allowed': 'This method is not allowed here.',
    conflict: 'This conflicts with the current state.',
    'too-many-requests': 'Too many requests; please try again later.',
    'internal-error':
      'Something unexpected went wrong. Quote this reference when you contact us: {correlationId}',
    'service-unavailable': 'Unavailable: {services}.',
    'invalid-input':
      '{count, plural, one {One field is not filled in correctly.} other {# fields are not filled in correctly.}}',
    'invalid-input.not-an-object': 'The body must be a JSON object.',
    'invalid-input.too-deep': 'The JSON in the body is nested too deeply: at most {max} levels.',
    'invalid-input.not-multipart':
      'Send multipart/form-data with the field lang (nl or en) followed by the field file (the CSV file).',
    'malformed-json': 'The body is not valid JSON.',
    'empty-body': 'The body is empty; send a JSON object.',
    'invalid-content-length': 'The Content-Length is wrong.',
    'unsupported-media-type': 'This content type is not supported; use application/json.',
    'payload-too-large': 'The body is too large.',
    'uri-too-long': 'The address (URL) of this request is too long.',
    'malformed-url': 'The address (URL) of this request is not validly encoded.',
    'not-esco-csv':
      'This is not an ESCO skills file: expected a CSV file (such as skills_en.csv from ESCO) with a header row containing at least the columns conceptUri and preferredLabel.',
    unauthenticated: 'You are not signed in or your session has expired. Please sign in again.',
    'invalid-credentials': 'The e-mail address or the password is wrong.',
    'csrf-token-invalid': 'This change lacks a valid CSRF token. Reload the page and try again.',
    'too-many-login-attempts':
      'Too many failed sign-in attempts. Try again in {minutes, plural, one {# minute} other {# minutes}}.',
    'too-many-login-attempts.new-address':
      'Many sign-in attempts with a wrong password are being made on this account. From an address you have not signed in from before, it is possible only now and then. Try again in {minutes, plural, one {# minute} other {# minutes}}.',
    'too-many-login-attempts.address':
      'Too many failed sign-in attempts have come from your network. Try again in {minutes, plural, one {# minute} other {# minutes}}.',
    forbidden: 'You do not have the role this requires.',
    'forbidden.route-not-released': 'This route has not been released.',
    'forbidden.queue-dashboard': 'The queue overview is for platform administrators only.',
    'forbidden.same-origin': 'This change must come from Klussenbank itself.',
    'forbidden.own-organisation-users': 'You only manage the users of your own organisation.',
    'forbidden.audit-log': 'The audit log is for administrators only.',
    'forbidden.audit-log-elsewhere': "You only see your own organisation's audit log.",
    'forbidden.create-platform-admin': 'Only platform administrators can create platform administrators.',
    'forbidden.create-user-elsewhere': 'You can only create users in your own organisation.',
    'forbidden.change-user-elsewhere': 'You only manage the people of your own organisation.',
    'forbidden.change-platform-admin':
      "Only platform administrators change a platform administrator's rights or account.",
    'forbidden.change-own-account':
      'You cannot take away your own administrator role or deactivate your own account.',
    'account-erased':
      'This account was erased (GDPR): it cannot be switched on or changed any more. Create a new account if needed.',
    'account-deactivated':
      "Your account has been deactivated. Ask your organisation's administrator to turn it back on.",
    'forbidden.organisation-admins': 'Only administrators of {organisation} change its settings.',
    'forbidden.hour-cap':
      "Only this person's line manager and the organisation's administrators set a cap on hours.",
    'forbidden.manager-only': 'Only managers post klussen.',
    'forbidden.poster-only': 'Only the person who posted the klus can do this.',
    'forbidden.skill-review':
      'Only admins of the organisation that proposed this name can accept or reject it.',
    'forbidden.poster-removes': 'Only the person who posted the klus can remove a participant.',
    'forbidden.poster-decides': 'Only the person who posted the klus chooses from the applications.',
    'forbidden.claimant-only': 'Only the person who signed up can withdraw.',
    'forbidden.dossier-lead-only': 'Only the trekkers of this dossier can do this.',
    'forbidden.roles-lead-only': 'Only the trekkers change roles.',
    'forbidden.accept-request': 'Only the trekkers accept a request.',
    'forbidden.accept-invitation': 'Only the person invited accepts the invitation.',
    'forbidden.ledger':
      'You see hour balances as an administrator of your own organisation, or of a partnership your organisation is in.',
    'forbidden.ledger-settle': 'Only the administrators of the two organisations settle hours in discussion.',
    'forbidden.mirror':
      "An organisation's mirror is for its administrators and managers; a partnership's for the people of its member organisations.",
    'not-found': 'This resource does not exist or you have no access to it.',
    'not-found.task': 'This klus does not exist or you cannot see it.',
    'not-found.claim': 'This sign-up does not exist.',
    'not-found.consent-request': 'This consent request does not exist.',
    'not-found.dossier': 'This dossier does not exist or you cannot see it.',
    'not-found.success': 'This success does not exist or you cannot see it.',
    'not-found.success-comment': 'This comment does not exist.',
    'not-found.dossier-member': 'This person is not in (the requests of) this dossier.',
    'not-found.checkpoint': 'This checkpoint does not exist.',
    'not-found.skill': 'This skill does not exist.',
    'not-found.organisation': 'This organisation does not exist.',
    'not-found.statement': 'This statement does not exist (choose privacy or accessibility).',
    'not-found.identity-provider': 'This identity provider does not exist.',
    'sso-not-configured':
      'Signing in with your organisation is not set up on this installation (OIDC_SECRET_KEY is missing).',
    'identity-provider-unavailable':
      "{organisation}'s sign-in service cannot be reached right now. Try again later, or sign in with your password.",
    'logout-token-invalid': 'The logout token is missing or does not hold.',
    'identity-provider-exists': 'An identity provider with this issuer and client id exists already.',
    'forbidden.erase-user-elsewhere': 'You can only delete accounts of your own organisation.',
    'forbidden.own-organisation-statements': "You only adapt your own organisation's statements.",
    'forbidden.erase-platform-admin': "Only another platform admin can delete a platform admin's account.",
    'last-org-admin':
      'This is the last organisation admin of the organisation. Make someone else organisation admin first.',
    'last-platform-admin': 'This is the last platform admin. Make someone else platform admin first.',
    'not-found.data-export': 'This download of your data does not exist.',
    'data-export-not-ready': 'The file with your data is still being made. Try again in a moment.',
    'data-export-expired': 'This file with your data has expired and was deleted. Ask for a new download.',
    'identity-provider-last':
      'This is the only working identity provider of {organisation}, and password login is switched off. Switch password login back on first, or nobody of {organisation} can sign in any more.',
    'password-login-disabled':
      'Your organisation no longer allows signing in with a password. Choose "Sign in with your organisation" and enter your work e-mail address.',
    'sso-link-gone':
      'Linking your account has expired or is already done. Sign in with your organisation again.',
    'not-found.user': 'This user does not exist.',
    'not-found.session': 'This session does not exist (any more) or is not yours.',
    'not-found.partnership': 'This partnership does not exist.',
    'not-found.ledger-entry': 'This hour entry does not exist or is not yours.',
    'not-found.ledger-dispute': 'These hours in discussion do not exist or are not your organisation’s.',
    'not-found.calendar-feed':
      'This calendar link does not exist (any more). Make a new one on "My profile".',
    'not-found.partnership-member': 'This organisation is not a member of this partnership.',
    'not-found.notification': 'This notification does not exist.',
    'not-found.password-link':
      'This link to set a password does not exist. Check that you used the whole link from the e-mail.',
    'password-link-gone':
      'This link no longer works: it was used, has expired or was replaced by a newer one. Ask the administrator of your organisation for a new link.',
    'mail-unavailable': 'The e-mail could not be sent just now. Please try again later.',
    'task-full': 'This klus is full.',
    'own-task': 'You cannot sign up for your own klus.',
    'hour-cap-exceeded': `This klus does not fit within your cap of {cap} hours a month: in ${MONTH_EN} you have {hoursLeft} hours left and this klus needs {hoursNeeded} hours then. A klus's hours are spread evenly over the days it runs.`,
    'hour-cap-exceeded.applicant': `This application does not fit within the applicant's cap of {cap} hours a month: in ${MONTH_EN} {hoursLeft} hours are left and this klus needs {hoursNeeded} hours then.`,
    'task-not-open': 'You cannot sign up for this klus (any more).',
    'already-claimed': 'You are already on this klus or have already applied.',
    'task-closed': `This klus is ${TASK_STATUS_EN} and can no longer be changed.`,
    'task-has-participants':
      'People have already signed up for this klus. Hours, dates, place and fewer places than are taken change only by agreement: cancel the klus or arrange it with the participants.',
    'illegal-transition': `That is not possible: this klus is ${TASK_STATUS_EN}.`,
    'illegal-transition.dossier': `That is not possible: this dossier is ${DOSSIER_STATUS_EN}.`,
    'nobody-on-it': 'Nobody is on this klus yet; it can start once someone takes part.',
    'illegal-claim-change': 'This sign-up is no longer running.',
    'illegal-claim-change.not-a-participant': 'Only participants can be removed.',
    'illegal-claim-change.application-decided': 'This application has already been decided.',
    'illegal-claim-change.consent-decided': 'This request has already been decided.',
    'dossier-full': 'The team is full: there is no place left in this dossier.',
    'dossier-closed': 'This dossier is completed or stopped; its team no longer changes.',
    'last-trekker': 'A dossier always has a trekker: make someone else trekker first.',
    'already-in-team': 'You are already in the team of this dossier.',
    'already-in-team.other': 'This person is already in the team.',
    'already-requested': 'You have already asked to join.',
    'already-requested.other': 'This person has already asked to join: accept the request.',
    'already-invited': 'This person has already been invited.',
    'checkpoint-not-due': `This checkpoint is planned for {day} ${MONTH_EN}; you can record it as held from that day on. Was it held earlier? Then move its date to today first.`,
    'email-taken': 'A user with this e-mail address already exists.',
    'email-taken.import':
      'During the import someone else got one of these e-mail addresses; nothing was imported. Look at the preview again.',
    'people-import-invalid':
      '{count, plural, one {One row of the file has an error} other {# rows of the file have an error}}; nothing was imported. Look at the preview.',
    'organisation-exists': 'An organisation named "{name}" already exists.',
    'partnership-exists': 'A partnership "{name}" already exists.',
    'skill-exists': '"{matched}" is already a name of the skill "{label}".',
    'skill-merge-same': 'A skill cannot be merged with itself.',
    'skill-merged': 'This skill has already been merged into another.',
    'skill-merge-target-merged': 'The target skill has itself been merged; choose the skill it went into.',
    'skill-merge-target-inactive': 'The target skill is not active.',
    'skill-merge-target-private':
      "The target skill is one organisation's proposal; merge a proposal into a shared skill, not the other way round.",
    'skill-import-running': 'A skill import is already running; try again later.',
    'skill-not-a-proposal': 'This skill has already been decided on; no proposal is waiting.',
    'skill-import-too-large':
      'This file is larger than {megabytes} MB; nothing was imported. Split the file or ask the administrator to raise the limit.',
    // Conflicts: the hour ledger
    'ledger-entry-settled': 'These hours have already been confirmed or corrected; they no longer change.',
    'ledger-not-a-correction':
      "Only a participant's correction can be accepted or disputed; these hours are not a correction.",
    'ledger-correction-answered':
      'This correction has already been answered, or the 14 days to answer are over; the correction stands.',
    'ledger-dispute-settled': 'These hours have already been settled; they no longer change.',
    // Evaluations
    'task-not-completed': 'A klus is evaluated once it is completed.',
    'evaluation-given':
      'You have already evaluated this person for this klus; an evaluation does not change afterwards.',
    'forbidden.evaluation-summary':
      'Only the admins of this organisation see the overview of its evaluations.',
    'forbidden.evaluation-author': 'Only the person who posted the klus or took part in it evaluates it.',
    // Successes
    'forbidden.success-share':
      'Only the person who posted the klus, or a trekker of the dossier, shares it as a success.',
    'forbidden.success-naming': 'Only the people involved in this success decide about their own name.',
    'forbidden.success-comment-hide':
      'Only the author of the comment or an admin of an organisation involved hides it.',
    'success-not-reached':
      'Nothing to celebrate yet: a klus is completed first, a checkpoint held or a dossier completed.',
    'success-shared': 'This success has already been shared.',
  },
  fields: {
    invalid: 'This value is invalid.',
    required: 'This field is required.',
    'required.status-or-role': 'Give a status or a role.',
    'required.cancel-reason': 'Give a reason for cancelling the klus.',
    'required.motivation': 'Tell briefly why you want to do this klus.',
    'required.removal-message': 'Give the participant a reason.',
    'same-hours': 'These are the hours already recorded; confirm them instead of correcting them.',
    'required.esco-file': 'Choose an ESCO CSV file.',
    'unknown-property': 'This field is unknown.',
    'not-a-string': 'Must be text.',
    'not-a-boolean': 'Must be true or false.',
    'not-a-number': 'Must be a number.',
    'not-an-integer': 'Must be a whole number.',
    'not-a-list': 'Must be a list.',
    'not-an-object': 'Send a JSON object.',
    'not-multipart': 'Send multipart/form-data with the field lang (nl or en) followed by the field file.',
    'invalid-structure': 'Has an invalid structure.',
    'invalid-uuid': 'Must be a valid id (UUID).',
    'invalid-email': 'Must be a valid e-mail address.',
    'email-outside-organisation':
      'This e-mail address does not belong to the organisation; use an address at {domains}.',
    'invalid-domain': 'Enter domain names such as gemeente.nl (without @); "{domain}" is not one.',
    'above-organisation-cap':
      "A personal cap may not be higher than the organisation's ({organisationCap} hours a month).",
    'domain-of-other-organisation': '{domain} is already an e-mail domain of another organisation.',
    'password-login-needs-sso':
      'Password login can only be switched off once signing in with your organisation (single sign-on) works: set up an identity provider first.',
    'invalid-issuer':
      "Enter the provider's issuer URL, with https:// (http:// only outside production) and without ? or #.",
    'domain-of-other-provider': '{domain} already belongs to another identity provider.',
    'invalid-date': 'Enter a date as YYYY-MM-DD.',
    'invalid-characters':
      'Contains a character that is not allowed (a NUL character or half a Unicode character).',
    'too-deep': 'At most {max} levels deep.',
    'too-long': '{max, plural, one {At most # character.} other {At most # characters.}}',
    'too-long.task-duration': 'A klus lasts at most a year.',
    'too-short': '{min, plural, one {At least # character.} other {At least # characters.}}',
    'too-many-items': 'At most {max} items.',
    'too-few-items': 'At least {min} items.',
    'duplicate-items': 'Each value may occur only once.',
    'out-of-range': 'This value is outside the allowed range.',
    'out-of-range.min': 'Must be at least {min}.',
    'out-of-range.max': 'Must be at most {max}.',
    'out-of-range.date': 'Choose a date in the years {min} up to and including {max}.',
    'not-allowed-value': 'Choose from: {allowed}.',
    'not-allowed-value.lang-before-file': 'Choose nl or en, and send lang before the file.',
    'end-before-start': 'The end date is before the start date.',
    'invalid-period':
      'Give a month (2026-09), quarter (2026-Q3), year (2026) or range (2026-01-05..2026-02-10).',
    'period-or-range': 'Give a period or a start and end date, not both.',
    'required.period': 'Choose a period, or a start and end date.',
    'needs-letters-or-digits': 'The name must contain letters or digits.',
    'unknown-organisation': 'This organisation does not exist.',
    'unknown-organisation.id': 'Organisation {id} does not exist.',
    'invalid-line-manager': 'This line manager does not exist.',
    'invalid-line-manager.other-organisation': 'The line manager must work in the same organisation.',
    'invalid-line-manager.self': 'Nobody can be their own line manager.',
    'not-a-member': 'Your organisation is not a member of this partnership.',
    'not-in-team': 'You can only post klussen in a dossier whose team you are in.',
    'dossier-partnership': 'A klus of a dossier is visible to the partnership of that dossier.',
    'not-in-partnership': 'This person does not work for an organisation of this partnership.',
    'trekker-by-invitation': 'You join as a member or adviser; a trekker makes you trekker.',
    'below-team-size': 'The team already has {teamSize} people; choose at least {teamSize}.',
    'reflection-required': 'Answer at least one question: what went well, what chafed or what do we change?',
    missing: 'Hours are missing for sign-up {claimId}.',
    'unknown-claim': '{claimId} is not a participant.',
    'not-a-skill-of-this-task': 'Confirm only skills this klus asks for.',
    'not-an-evaluation-subject': 'You cannot evaluate this person for this klus.',
    'task-or-dossier': 'Choose a klus or a dossier, not both.',
    'unknown-skill': 'This skill does not exist (any more).',
    'distance-required': 'Enter within how many kilometres you want to work.',
    'goal-is-skill': 'You already master this skill as an expert; choose another learning goal.',
    'not-esco-csv': 'This is not an ESCO skills file (a CSV with the columns conceptUri and preferredLabel).',
    'weak-password.common':
      'This password appears in lists of common or leaked passwords. Choose another, for instance a sentence of a few words.',
    'weak-password.predictable':
      'This password is too predictable (a repetition or a run such as 123456). Choose another, for instance a sentence of a few words.',
    'weak-password.personal': 'Do not use your name or e-mail address in your password.',
    'wrong-password': 'This is not your current password.',
    'email-elsewhere': 'This e-mail address belongs to someone of another organisation.',
    'email-elsewhere.domain': '{domain} is an e-mail domain of another organisation.',
    'duplicate-email': 'This e-mail address is also on row {lines}.',
    'unknown-role':
      'Unknown role "{role}". Choose from employee, manager, org-admin and platform-admin (or their Dutch names).',
    'role-not-allowed': 'Only platform admins grant the platform-admin role.',
    'role-not-allowed.platform-admin-account': "Only platform admins change a platform admin's account.",
    'role-not-allowed.own-admin-role': 'You cannot take away your own administrator role.',
    'line-manager-not-found': 'This line manager is neither in the file nor in this organisation.',
    'people-import-columns':
      'The header lacks {missing}. Use the columns email, name, function, line manager e-mail and roles (or their Dutch names).',
    'people-import-columns.duplicate': 'The column {column} occurs more than once in the header.',
    'people-import-empty': 'The file lists nobody: only a header, or nothing.',
    'people-import-too-many-rows':
      'The file has {count} people; one import takes at most {max}. For larger numbers ask about SCIM.',
    'invalid-csv':
      'The file is not valid CSV from line {line} on (for instance a quote that is never closed).',
    'erasure-not-confirmed': 'Type your e-mail address exactly as it appears on your profile.',
  },
};

export const LANGUAGES = ['nl', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'nl';

export const MESSAGES: Record<Language, Catalogue> = { nl: NL, en: EN };

/** The code a key stands for: the part before the variant ("not-found.task" → "not-found"). */
export const codeOf = (key: string): string => key.split('.')[0] ?? key;

/** A value as a `select` selector in a message (ICU selectors cannot hold "-"). */
export const selector = (value: string): string => value.replaceAll('-', '_');
