/**
 * The words seeded data is made of, in one place: the demo seed (demo-*.ts), the benchmark seeds
 * (bench/national-seed.ts) and the test factories (test/support/factories.ts) take
 * their organisation names, places, regions, people, skills, klus texts and themes from here.
 *
 * Two kinds of list live side by side. The generative lists (place heads and tails, names, title
 * parts, skill bases and domains) are combined by the benchmarks into thousands of rows; their order
 * is part of the benchmarks' data (matching ranks skills by their position in SKILL_BASES), so they
 * only grow at the end. The demo lists (DEMO_PLACES, SKILL_TAXONOMY, DEMO_KLUS_TEXTS) are the
 * hand-written story a first visitor sees; the README and the tests name its people and klussen, so
 * they change only on purpose. The demo's people stay in demo-network.ts: each is a login with a job
 * and roles, not a word to combine.
 */

/** What an organisation's name starts with, by kind ("Gemeente Oss"; the benchmark's other kinds). */
export const ORGANISATION_PREFIX = {
  municipality: 'Gemeente',
  'shared-service-centre': 'Servicecentrum',
  'joint-body': 'Samenwerkingsorgaan',
} as const;

/** What a partnership's name starts with: a region ("Regio Twente") or a theme ("Samenwerking ICT"). */
export const PARTNERSHIP_PREFIX = { region: 'Regio', theme: 'Samenwerking' } as const;

/** "Gemeente Oss" for Oss. */
export const municipalityName = (place: string) => `${ORGANISATION_PREFIX.municipality} ${place}`;

/** The place in a municipality's name ("Oss" for "Gemeente Oss"); any other name as it is. */
export function placeInName(organisation: string): string {
  const prefix = `${ORGANISATION_PREFIX.municipality} `;
  return organisation.startsWith(prefix) ? organisation.slice(prefix.length) : organisation;
}

/**
 * The demo network's places: the six Drechtsteden municipalities, then Oss and Zeist. Each has a
 * municipality named after it; the region's social service sits in Dordrecht.
 */
export const DEMO_PLACES = [
  'Dordrecht',
  'Zwijndrecht',
  'Papendrecht',
  'Sliedrecht',
  'Alblasserdam',
  'Hendrik-Ido-Ambacht',
  'Oss',
  'Zeist',
] as const;
export type DemoPlace = (typeof DEMO_PLACES)[number];

/** The demo's region: a partnership of its own and one of the benchmark's REGIONS. */
export const DEMO_REGION = 'Drechtsteden';
/** The demo's shared-service centre. */
export const DEMO_SOCIAL_SERVICE = `Sociale Dienst ${DEMO_REGION}`;
/** The demo's theme partnership across regions (Oss, Zeist and two Drechtsteden municipalities). */
export const DEMO_NETWORK = 'Netwerk Anders Samenwerken';

// Synthetic Dutch place names: head + tail, 20 × 15 = 300 distinct municipalities.
export const PLACE_HEADS = [
  'Berg',
  'Veen',
  'Zand',
  'Water',
  'Hoog',
  'Laag',
  'Oud',
  'Nieuw',
  'Brug',
  'Dijk',
  'Hof',
  'Kerk',
  'Molen',
  'Ooster',
  'Wester',
  'Noorder',
  'Zuider',
  'Eik',
  'Linde',
  'Heide',
];

export const PLACE_TAILS = [
  'dam',
  'hoven',
  'drecht',
  'wijk',
  'veen',
  'horst',
  'broek',
  'loo',
  'beek',
  'sloot',
  'zijl',
  'rode',
  'haven',
  'dorp',
  'burg',
];

/** Regions that partnerships are named after. */
export const REGIONS = [
  'Rivierenland',
  'Kennemerland',
  'Veluwe',
  'Twente',
  'Achterhoek',
  DEMO_REGION,
  'Westfriesland',
  'Kempen',
  'Peelland',
  'Gooi en Vecht',
  'Holland Rijnland',
  'Midden-Holland',
  'Noord-Veluwe',
  'Zuid-Limburg',
  'Hollands Kroon',
  'Fryslân Oost',
  'Groningen Noord',
  'Drenthe Zuid',
  'Zeeuws-Vlaanderen',
  'Utrecht West',
];

export const FIRST_NAMES = [
  'Anna',
  'Bram',
  'Chantal',
  'Daan',
  'Eva',
  'Fatima',
  'Gert',
  'Hanneke',
  'Ilse',
  'Jeroen',
  'Karin',
  'Lars',
  'Mohamed',
  'Noor',
  'Olga',
  'Pieter',
  'Renske',
  'Sanne',
  'Thijs',
  'Ugur',
  'Vera',
  'Willem',
  'Yara',
  'Zeynep',
  'Joost',
  'Marieke',
  'Sem',
  'Lotte',
  'Ruben',
  'Inge',
];

export const LAST_NAMES = [
  'de Vries',
  'Jansen',
  'Bakker',
  'Visser',
  'Smit',
  'Meijer',
  'de Boer',
  'Mulder',
  'de Groot',
  'Bos',
  'Vos',
  'Peters',
  'Hendriks',
  'van Leeuwen',
  'Dekker',
  'Brouwer',
  'de Wit',
  'Dijkstra',
  'Smits',
  'de Graaf',
  'van der Meer',
  'Yilmaz',
  'El Amrani',
  'Kok',
  'Jacobs',
  'van Dijk',
  'Willems',
  'Verhoeven',
];

/** Title subjects: the words people search for. Some carry accents or hyphens on purpose. */
export const TASK_SUBJECTS = [
  'Bestemmingsplan',
  'Omgevingsvisie',
  'Omgevingsplan',
  'Participatietraject',
  'Subsidieregeling',
  'Subsidieaanvragen',
  'Archief',
  'Archiefinventaris',
  'GIS-kaart',
  'GIS-analyse',
  'Jeugdzorgcontract',
  'Jeugdzorgmonitor',
  'Inkoopprocedure',
  'Aanbesteding',
  'Wmo-indicaties',
  'Klantreis',
  'Website',
  'Begroting',
  'Jaarrekening',
  'Privacyscan',
  'Informatiebeveiliging',
  'Raadsvoorstel',
  'Bezwaarschriften',
  'Evenementenvergunning',
  'Energietransitie',
  'Warmteplan',
  'Woonvisie',
  'Armoedebeleid',
  'Schuldhulpverlening',
  'Dataset',
  'Dashboard',
  'Datamigratie',
  'Handhavingsbeleid',
  'Verkeersplan',
  'Groenbeheer',
  'Rioleringsplan',
  'Burgerpeiling',
  'Communicatieplan',
  'Nieuwsbrief',
  'Personeelsdossiers',
  'Opleidingsplan',
  'Café-vergunningen',
  'Terrasbeleid',
  'Dorpshuis',
];

/** Title verbs: a klus title is "<subject> <district> <action>". */
export const TASK_ACTIONS = [
  'doorlichten',
  'actualiseren',
  'opstellen',
  'evalueren',
  'digitaliseren',
  'inventariseren',
  'uitwerken',
  'toetsen',
  'begeleiden',
  'analyseren',
  'herschrijven',
  'voorbereiden',
  'ordenen',
  'controleren',
];

export const DISTRICTS = [
  'Centrum',
  'Noord',
  'Stationsgebied',
  'Buitengebied',
  'Havenkwartier',
  'Oost',
  'De Hoven',
];

/** Description sentences: inflected forms (plurals, compounds) so that stemming matters. */
export const DESCRIPTION_CONTEXTS = [
  'De gemeenteraad wil dit voor de zomer besluiten.',
  'Na de herindeling zijn de bestemmingsplannen van drie kernen niet meer op elkaar afgestemd.',
  'Bewoners vragen om meer participatie bij nieuwe plannen in hun wijk.',
  'De subsidies voor verenigingen worden dit jaar opnieuw verdeeld.',
  'Het archief van de voormalige gemeente staat nog in dozen op zolder.',
  'De kaartlagen in ons GIS zijn verouderd en niet gekoppeld aan de basisregistraties.',
  'De contracten met jeugdzorgaanbieders lopen eind dit jaar af.',
  'Het team inkoop heeft een piek door drie gelijktijdige aanbestedingen.',
  'Door ziekte ligt dit werk al een paar weken stil.',
  'Het college heeft de ambitie uitgesproken om in 2030 aardgasvrij te zijn.',
  'Er komen veel vragen binnen van inwoners met geldzorgen.',
  'De archieven moeten voor de overbrenging naar het regionaal historisch centrum op orde zijn.',
  'Horeca-ondernemers vragen om duidelijke regels voor terrassen en cafés.',
  'Het dashboard voor het sociaal domein wordt nu met de hand bijgewerkt.',
  'Bij de overgang naar de Omgevingswet moeten oude regels worden omgezet.',
];

export const DESCRIPTION_WORK = [
  'Wij zoeken iemand die de stukken doorneemt en een heldere notitie schrijft.',
  'Je inventariseert wat er is, ordent het en legt vast wat ontbreekt.',
  'Je begeleidt twee bijeenkomsten met bewoners en verwerkt de reacties.',
  'Je analyseert de cijfers en maakt een overzicht voor het managementteam.',
  'Je zet de gegevens over naar het nieuwe systeem en controleert de kwaliteit.',
  'Je toetst de aanvragen aan de regeling en adviseert over de hoogte van de bijdrage.',
  'Je schrijft mee aan het raadsvoorstel en de bijbehorende raadsinformatiebrief.',
  'Je maakt kaarten en analyses met QGIS en publiceert ze in de viewer.',
  'Je stelt de aanbestedingsstukken op en beantwoordt vragen van inschrijvers.',
  'Je digitaliseert de dossiers en zorgt dat ze vindbaar zijn.',
  'Je herschrijft de teksten in begrijpelijke taal op B1-niveau.',
  'Je helpt het team de achterstand in bezwaarschriften weg te werken.',
];

export const DESCRIPTION_NEEDS = [
  'Ervaring met ruimtelijke ordening is handig, maar niet nodig.',
  'Je werkt zelfstandig en kunt goed schrijven.',
  'Kennis van de Archiefwet is een pre.',
  'Je hebt affiniteit met het sociaal domein.',
  'Je bent handig met Excel en Power BI.',
  'Ervaring met inkoop en contractmanagement is gewenst.',
  'Je kunt goed luisteren en samenvatten.',
  'Geschikt om te leren: een collega werkt je in.',
  'Je hebt kennis van de AVG en informatiebeveiliging.',
  'Je werkt graag samen met collega’s van andere gemeenten.',
];

/**
 * The curated skill taxonomy the demo seeds, so people can fill in a profile before anyone imports
 * ESCO (`npm run skills:import`): common skills in municipal work, Dutch first, with English labels
 * and synonyms. The demo's klussen, profiles and dossiers and the factories' default klus name only
 * skills from this list (SkillLabel), so a typo fails the type check instead of adding a skill.
 * SKILL_BASES below is the benchmarks' list; it keeps its own order and wording (e.g. "Beleidsadvies"
 * where the taxonomy has "Beleidsadvisering" with "beleidsadvies" as synonym), because the matching
 * benchmark's popularity ranks and its recorded figures follow it. Where ESCO (and the test fixture
 * apps/api/test/fixtures/esco) has the same concept, a synonym here is one of ESCO's labels, so an
 * import joins the demo skill instead of adding a second one beside it (docs/skills-import.md).
 */
export const SKILL_TAXONOMY = [
  { nl: 'GIS', en: 'GIS', alt: ['geografische informatiesystemen', 'geo-informatie'] },
  { nl: 'Cartografie', en: 'Cartography', alt: ['kaarten maken'] },
  { nl: 'Excel', en: 'Excel', alt: ['spreadsheets', 'rekenbladen'] },
  { nl: 'Power BI', en: 'Power BI', alt: ['dashboards'] },
  { nl: 'Data-analyse', en: 'Data analysis', alt: ['data analyseren', 'statistiek'] },
  { nl: 'Projectleiding', en: 'Project management', alt: ['projectmanagement', 'projecten leiden'] },
  { nl: 'Procesverbetering', en: 'Process improvement', alt: ['lean', 'procesoptimalisatie'] },
  { nl: 'Beleidsadvisering', en: 'Policy advice', alt: ['beleid schrijven', 'beleidsadvies'] },
  { nl: 'Ruimtelijke ordening', en: 'Spatial planning', alt: ['omgevingsplan', 'bestemmingsplannen'] },
  { nl: 'Omgevingsrecht', en: 'Environmental law', alt: ['omgevingswet', 'vergunningen'] },
  { nl: 'Juridisch advies', en: 'Legal advice', alt: ['juridische ondersteuning'] },
  { nl: 'Participatiewet', en: 'Participation Act', alt: ['bijstand'] },
  { nl: 'Sociaal domein', en: 'Social domain', alt: ['Wmo', 'jeugdzorg'] },
  { nl: 'Archiefbeheer', en: 'Records management', alt: ['archivering', 'informatiebeheer'] },
  { nl: 'Communicatie', en: 'Communication', alt: ['communicatieadvies', 'voorlichting'] },
  {
    nl: 'Schrijven op B1-niveau',
    en: 'Plain language writing',
    alt: ['begrijpelijke taal', 'eenvoudig schrijven', 'schrijven in begrijpelijke taal'],
  },
  {
    nl: 'Klantreizen',
    en: 'Customer journeys',
    alt: ['customer journey', 'klantbeleving', 'klantreizen in kaart brengen'],
  },
  { nl: 'Interviewen', en: 'Interviewing', alt: ['gesprekken voeren'] },
  { nl: 'Notuleren', en: 'Minute taking', alt: ['verslaglegging', 'notulen'] },
  { nl: 'Evenementen organiseren', en: 'Event organisation', alt: ['bijeenkomsten organiseren'] },
  { nl: 'Inkoop', en: 'Procurement', alt: ['aanbesteden', 'aanbestedingen'] },
  { nl: 'Financieel advies', en: 'Financial advice', alt: ['begroten', 'begroting'] },
  { nl: 'Subsidies', en: 'Grants', alt: ['subsidieaanvragen'] },
  {
    nl: 'Participatie',
    en: 'Public participation',
    alt: ['inwonersparticipatie', 'inspraak', 'burgerparticipatie'],
  },
  { nl: 'Facilitatie', en: 'Facilitation', alt: ['workshops leiden', 'sessies begeleiden'] },
  { nl: 'Privacy (AVG)', en: 'Privacy (GDPR)', alt: ['AVG', 'gegevensbescherming'] },
  { nl: 'Informatiebeveiliging', en: 'Information security', alt: ['BIO', 'security'] },
  { nl: 'Energietransitie', en: 'Energy transition', alt: ['duurzaamheid', 'warmtetransitie'] },
  { nl: 'Verkeerskunde', en: 'Traffic engineering', alt: ['mobiliteit'] },
  { nl: 'Groenbeheer', en: 'Green space management', alt: ['bomen', 'openbaar groen'] },
] as const satisfies readonly { nl: string; en: string; alt: readonly string[] }[];

/** The Dutch label of a skill in SKILL_TAXONOMY. */
export type SkillLabel = (typeof SKILL_TAXONOMY)[number]['nl'];

/**
 * Skills, most popular first (the matching benchmark's popularity ranks follow this order: rank 0 is
 * "Excel"), each also combined with a domain for a few thousand distinct names.
 */
export const SKILL_BASES = [
  'Excel',
  'Projectleiding',
  'Communicatie',
  'Beleidsadvies',
  'Schrijven',
  'Data-analyse',
  'GIS',
  'Juridisch advies',
  'Participatie',
  'Inkoop',
  'Contractmanagement',
  'Archivering',
  'Informatiebeheer',
  'Power BI',
  'Financiën',
  'Subsidies',
  'Procesbegeleiding',
  'Onderzoek',
  'Omgevingsrecht',
  'Ruimtelijke ordening',
  'Jeugdzorg',
  'Wmo',
  'Schuldhulp',
  'Klantcontact',
  'Webredactie',
  'Privacy (AVG)',
  'Informatiebeveiliging',
  'Vergunningverlening',
  'Handhaving',
  'Toezicht',
  'Secretariaat',
  'Notuleren',
  'Training geven',
  'HR-advies',
  'Planning',
  'Facilitair beheer',
  'Evenementen',
  'Verkeerskunde',
  'Groenbeheer',
  'Riolering',
  'Energietransitie',
  'Wonen',
  'Armoedebeleid',
  'Onderwijs',
  'Sport',
  'Cultuur',
  'Erfgoed',
  'Burgerzaken',
  'Belastingen',
  'Audit',
  'Risicomanagement',
  'Lean',
  'Agile',
  'Scrum',
  'Python',
  'SQL',
  'Dashboarding',
  'UX-onderzoek',
  'Toegankelijkheid',
  'Mediation',
];

export const SKILL_DOMAINS = [
  'ruimte',
  'sociaal domein',
  'bedrijfsvoering',
  'publiekszaken',
  'openbare ruimte',
  'financiën',
  'jeugd',
  'wonen',
  'economie',
  'milieu',
  'duurzaamheid',
  'veiligheid',
  'onderwijs',
  'zorg',
  'cultuur',
  'sport',
  'ICT',
  'HR',
  'inkoop',
  'communicatie',
  'juridische zaken',
  'archief',
  'informatie',
  'data',
  'raad',
  'college',
  'bestuur',
  'wijkteam',
  'WOZ',
  'belastingen',
  'verkeer',
  'mobiliteit',
  'groen',
  'water',
  'afval',
  'energie',
  'gezondheid',
  'participatie',
  'integratie',
  'inburgering',
  'werk en inkomen',
  'schuldhulp',
  'evenementen',
  'horeca',
  'vergunningen',
  'handhaving',
  'toezicht',
  'erfgoed',
  'toerisme',
  'landbouw',
];

/** Themes that partnerships work on together. */
export const THEME_NAMES = [
  'Inkoop',
  'ICT',
  'Sociaal domein',
  'Archief',
  'Omgevingswet',
  'Belastingen',
  'Energie',
  'Jeugd',
  'Handhaving',
  'Financiën',
];

/**
 * Title and description of each demo klus (demo-tasks.ts), in the voice of municipal practice:
 * bounded, concrete, and open to anyone whatever their function.
 */
export const DEMO_KLUS_TEXTS = {
  wijkvisieMaps: {
    title: 'Kaartmateriaal maken voor de wijkvisie Sterrenburg',
    description:
      'Voor de wijkvisie Sterrenburg zoeken we iemand die **drie thematische kaarten** maakt: groen, ' +
      'parkeren en voorzieningen.\n\n- data staat klaar in ons GIS\n- oplevering als PDF en als kaartlaag\n' +
      '- afstemming met het projectteam één keer per week',
  },
  permitCustomerJourney: {
    title: 'Klantreis vergunningaanvraag in kaart brengen',
    description:
      'Inwoners haken af halverwege de digitale aanvraag van een evenementenvergunning. Loop met ons de ' +
      'klantreis door, interview vijf aanvragers en schrijf op waar het schuurt.',
  },
  socialDomainDashboard: {
    title: 'Dashboard voor de maandrapportage sociaal domein',
    description:
      'De maandcijfers van het sociaal domein staan nu in vier Excel-bestanden. Bouw één dashboard dat de ' +
      'teamleiders zelf kunnen bijwerken.',
  },
  energyMinutes: {
    title: 'Notulist voor de regionale werkgroep energietransitie',
    description:
      'De werkgroep energietransitie komt vier keer bij elkaar. We zoeken iemand die notuleert en de ' +
      'actielijst bijhoudt.',
  },
  buildingArchiveCheck: {
    title: 'Archief bouwdossiers digitaliseren: kwaliteitscontrole',
    description:
      'Een leverancier scant 4.000 bouwdossiers. Controleer steekproefsgewijs of de scans volledig en ' +
      'leesbaar zijn en of de metadata klopt.',
  },
  websitePlainLanguage: {
    title: 'Teksten van de gemeentelijke website herschrijven op B1-niveau',
    description:
      'Twintig veelbezochte pagina’s over afval, parkeren en paspoorten zijn te ingewikkeld. Herschrijf ze ' +
      'in begrijpelijke taal (B1).',
  },
  assistanceRules: {
    title: 'Meelezen met de nieuwe beleidsregels bijzondere bijstand',
    description:
      'Lees de conceptbeleidsregels bijzondere bijstand en geef vanuit uw eigen praktijk commentaar: ' +
      'wat is onduidelijk, wat werkt niet aan de balie?',
  },
  cafeEvening: {
    title: 'Eén café-avond over samenwerken organiseren met Zeist',
    description:
      'Oss en Zeist willen ervaringen uitwisselen over klussenbanken en trekkers buiten het eigen ' +
      'vakgebied. Organiseer een informele avond: locatie, programma en uitnodigingen.',
  },
  staffSurvey: {
    title: 'Vragenlijst medewerkerstevredenheid analyseren',
    description:
      'We hebben 600 ingevulde vragenlijsten. Maak een analyse per afdeling en lever drie opvallende ' +
      'bevindingen aan voor het managementteam.',
  },
  archiveMove: {
    title: 'Collega’s helpen bij de verhuizing naar het nieuwe archiefsysteem',
    description:
      'Een interne klus: help drie teams hun mappen over te zetten naar het nieuwe archiefsysteem.',
  },
} as const satisfies Record<string, { title: string; description: string }>;

/**
 * The klus the test factories post by default (taskBody) and the API documents as its example:
 * a title built from the benchmark's title parts, as "<subject> <district> <action>".
 */
export const SAMPLE_KLUS = {
  title: `${TASK_SUBJECTS[0]} ${DISTRICTS[0]} ${TASK_ACTIONS[0]}`, // Bestemmingsplan Centrum doorlichten
  description: 'Wij zoeken iemand die het **bestemmingsplan** voor het centrum kritisch leest.',
  requiredSkills: ['Ruimtelijke ordening'],
  niceToHaveSkills: ['GIS'],
} as const satisfies {
  title: string;
  description: string;
  requiredSkills: readonly SkillLabel[];
  niceToHaveSkills: readonly SkillLabel[];
};
