import { DEMO_NETWORK, DEMO_REGION } from './vocabulary.js';

/**
 * Klussen the demo network completed over the last four months, so the hour ledger has a history on a
 * fresh `npm start`: the matrix and balances of "Uren tussen organisaties" show hours both ways between
 * Oss and Zeist, between the Drechtsteden municipalities, and some internal hours that count for no
 * balance. Their entries are written by the ledger's own completion insert, dated on the completion day;
 * participants confirmed those older than the 14 days they have, the newest still wait.
 * People are named by their display name in demo-network.ts.
 */
export interface DemoCompletedTask {
  poster: string;
  title: string;
  description: string;
  estimatedHours: number;
  /** Days before the day of seeding that it was completed. */
  completedDaysAgo: number;
  lastsDays: number;
  visibility: 'all-partnerships' | { partnership: typeof DEMO_REGION | typeof DEMO_NETWORK };
  participants: { name: string; hours: number }[];
}

const network = { partnership: DEMO_NETWORK } as const;
const region = { partnership: DEMO_REGION } as const;

export const DEMO_COMPLETED_TASKS: DemoCompletedTask[] = [
  {
    poster: 'Joost van der Heijden',
    title: 'Subsidieaanvragen van het ondernemersfonds beoordelen',
    description: 'Een tweede paar ogen bij veertig aanvragen voor het ondernemersfonds van Oss.',
    estimatedHours: 16,
    completedDaysAgo: 112,
    lastsDays: 21,
    visibility: network,
    participants: [{ name: 'Olivier Dam', hours: 14 }],
  },
  {
    poster: 'Esther Maas',
    title: 'Wijkgesprekken in Zeist-West voorbereiden',
    description: 'Vragen opstellen en de avonden plannen voor drie wijkgesprekken.',
    estimatedHours: 8,
    completedDaysAgo: 96,
    lastsDays: 14,
    visibility: network,
    participants: [{ name: 'Sophie van Lith', hours: 8 }],
  },
  {
    poster: 'Marloes de Wit',
    title: 'Omgevingsplan: regels voor bedrijventerreinen vergelijken',
    description: 'De regels van zes gemeenten naast elkaar leggen, als begin van één regionale lijn.',
    estimatedHours: 20,
    completedDaysAgo: 83,
    lastsDays: 28,
    visibility: region,
    participants: [
      { name: 'Fatima Ouali', hours: 16 },
      { name: 'Anna de Vries', hours: 6 },
    ],
  },
  {
    poster: 'Ingrid Mulder',
    title: 'Wachttijden aan de balie van Burgerzaken analyseren',
    description: 'Drie maanden afspraakgegevens uitzoeken: wanneer is het druk, en waarom?',
    estimatedHours: 12,
    completedDaysAgo: 71,
    lastsDays: 14,
    visibility: region,
    participants: [{ name: 'Mehmet Yilmaz', hours: 10.5 }],
  },
  {
    poster: 'Carla van Leeuwen',
    title: 'Wmo-dossiers steekproefsgewijs controleren',
    description: 'Twintig dossiers nalopen op volledigheid voor de accountant.',
    estimatedHours: 12,
    completedDaysAgo: 60,
    lastsDays: 10,
    visibility: region,
    participants: [{ name: 'Ahmed Benali', hours: 12 }],
  },
  {
    poster: 'Joost van der Heijden',
    title: 'Nieuwsbrief voor ondernemers schrijven',
    description: 'Een heldere nieuwsbrief over de nieuwe regels voor terrassen en evenementen.',
    estimatedHours: 10,
    completedDaysAgo: 46,
    lastsDays: 10,
    visibility: network,
    participants: [
      { name: 'Sanne Bakker', hours: 6 },
      { name: 'Julia Prins', hours: 4 },
    ],
  },
  {
    poster: 'Esther Maas',
    title: 'Begroting van de kleine kernen doorrekenen',
    description: 'Rekenen aan drie scenario’s voor het onderhoud in de kleine kernen.',
    estimatedHours: 8,
    completedDaysAgo: 38,
    lastsDays: 7,
    visibility: network,
    participants: [{ name: 'Femke Verhoeven', hours: 9 }],
  },
  {
    poster: 'Ruud de Boer',
    title: 'Bijlagen van de jaarrekening controleren',
    description: 'Nalopen of de bijlagen kloppen met de cijfers in de jaarrekening.',
    estimatedHours: 8,
    completedDaysAgo: 29,
    lastsDays: 7,
    visibility: region,
    participants: [{ name: 'Rik van den Berg', hours: 7.5 }],
  },
  {
    poster: 'Frank Jacobs',
    title: 'Bomenkaart bijwerken na de storm',
    description: 'De omgewaaide en gesnoeide bomen op de kaart zetten.',
    estimatedHours: 12,
    completedDaysAgo: 20,
    lastsDays: 5,
    visibility: region,
    participants: [{ name: 'Youssef El Amrani', hours: 11 }],
  },
  {
    poster: 'Joost van der Heijden',
    title: 'Klanttevredenheid bij Burgerzaken meten',
    description: 'Een korte enquête aan de balie afnemen en de antwoorden op een rij zetten.',
    estimatedHours: 6,
    completedDaysAgo: 9,
    lastsDays: 14,
    visibility: network,
    participants: [
      { name: 'Nadia Haddou', hours: 5 },
      { name: 'Bart Smit', hours: 6 },
    ],
  },
  {
    poster: 'Marloes de Wit',
    title: 'Reacties op het nieuwe parkeerbeleid ordenen',
    description: 'Tweehonderd reacties naar onderwerp ordenen voor de nota van beantwoording.',
    estimatedHours: 4,
    completedDaysAgo: 3,
    lastsDays: 5,
    visibility: 'all-partnerships',
    participants: [{ name: 'Tim van Dijk', hours: 3.5 }],
  },
];

/** Hours from publishing to the first claim, in turn, so the mirror's median has something to say. */
export const DEMO_HOURS_TO_FIRST_CLAIM = [3, 26, 7, 50, 2, 18] as const;

/** What the posters wrote about the participants' work, in turn (the mirror shows them without names). */
export const DEMO_EVALUATIONS: { score: number; wentWell: string; couldBeBetter?: string }[] = [
  { score: 5, wentWell: 'Precies wat we nodig hadden, en sneller klaar dan gedacht.' },
  {
    score: 4,
    wentWell: 'Een frisse blik van buiten: we zien ons eigen werk nu anders.',
    couldBeBetter: 'De afspraken over de planning hadden eerder op papier gemogen.',
  },
  { score: 5, wentWell: 'Fijne samenwerking, en de kennis blijft nu ook bij ons.' },
  {
    score: 3,
    wentWell: 'Het resultaat is bruikbaar.',
    couldBeBetter: 'Het duurde even voor de toegang tot onze systemen geregeld was.',
  },
  { score: 4, wentWell: 'Goed overleg tussen de twee teams; dat smaakt naar meer.' },
];
