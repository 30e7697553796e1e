import type { DossierRole, DossierStatus } from '@klussenbank/domain';
import { DEMO_NETWORK, type SkillLabel } from './vocabulary.js';

/** Demo dossiers, in the voice of the municipal practice they come from. */
export interface DemoDossier {
  title: string;
  goal: string;
  description: string;
  partnership: typeof DEMO_NETWORK;
  status: DossierStatus;
  startsInDays: number;
  teamCap?: number;
  joinPolicy?: 'open' | 'on-request';
  skills: SkillLabel[];
  /** The first is the one who started it. */
  team: { email: string; role: DossierRole }[];
  checkpoints: {
    title: string;
    inDays: number;
    held?: { wentWell: string; chafed: string; changes: string };
  }[];
}

export const DEMO_DOSSIERS: DemoDossier[] = [
  {
    title: 'Eén werkwijze voor vergunningen onder de Omgevingswet',
    goal:
      'Inwoners en ondernemers in Oss, Zeist en de Drechtsteden ervaren dezelfde heldere aanvraag, ' +
      'hoe hun gemeente ook heet. Eerst het wat, dan het hoe.',
    description:
      'Elke gemeente heeft de Omgevingswet op haar eigen manier ingevoerd. We leggen de werkwijzen naast ' +
      'elkaar, kiezen wat werkt en maken er samen één van.\n\n' +
      '- **Verkennen**: hoe loopt een aanvraag nu, per gemeente?\n- **Kiezen**: wat nemen we over?\n' +
      '- **Delen**: een gezamenlijke checklist en voorbeeldbrieven.',
    partnership: DEMO_NETWORK,
    status: 'active',
    startsInDays: -30,
    teamCap: 8,
    skills: ['Omgevingsrecht', 'Procesverbetering', 'Schrijven op B1-niveau', 'GIS'],
    team: [
      { email: 'joost.van.der.heijden@oss.klussenbank.test', role: 'trekker' },
      { email: 'fatima.ouali@zwijndrecht.klussenbank.test', role: 'member' },
      { email: 'olivier.dam@zeist.klussenbank.test', role: 'member' },
      { email: 'anna.de.vries@dordrecht.klussenbank.test', role: 'adviser' },
    ],
    checkpoints: [
      {
        title: 'IJkmoment na de verkenning',
        inDays: -7,
        held: {
          wentWell:
            'Iedereen legde de eigen werkwijze open op tafel; Zwijndrecht had al een mooie checklist.',
          chafed: 'De agenda’s: het werk naast het gewone werk schuurde, twee sessies vielen uit.',
          changes: 'Kortere sessies van een uur, online, en een vaste trekker per onderdeel.',
        },
      },
      { title: 'IJkmoment: welke werkwijze kiezen we?', inDays: 21 },
    ],
  },
  {
    title: 'Samen inkopen van jeugdzorg',
    goal: 'Minder administratie voor aanbieders en gemeenten door dezelfde afspraken te maken.',
    description:
      'We verkennen of de gemeenten in het netwerk jeugdzorg met één set afspraken kunnen inkopen.',
    partnership: DEMO_NETWORK,
    status: 'exploring',
    startsInDays: 7,
    joinPolicy: 'on-request',
    skills: ['Sociaal domein', 'Juridisch advies', 'Data-analyse'],
    team: [{ email: 'esther.maas@zeist.klussenbank.test', role: 'trekker' }],
    checkpoints: [{ title: 'Eerste ijkmoment', inDays: 35 }],
  },
];

/** When a line of a demo dossier's feed happened: that many days before the seed, at that minute (Amsterdam). */
export interface DemoFeedTime {
  daysAgo: number;
  minuteOfDay: number;
}

/**
 * Times for a demo dossier's feed lines, oldest first, so the feed reads like weeks of work rather than
 * one minute: spread over the days before the seed (never on the seed's own day), in office hours,
 * strictly later line by line, and the same on every seed. `anchors[i]` pins line i to that many days
 * ago (the dossier's creation, a checkpoint held on its day); lines without an anchor fall evenly
 * between their neighbours.
 */
export function demoFeedTimes(anchors: (number | null)[]): DemoFeedTime[] {
  const days = anchors.map((anchor, i) => {
    if (anchor !== null) return anchor;
    const before = anchors.slice(0, i).findLastIndex((a) => a !== null);
    const afterOffset = anchors.slice(i + 1).findIndex((a) => a !== null);
    const after = afterOffset === -1 ? anchors.length : i + 1 + afterOffset;
    const from = before === -1 ? Math.max(1, anchors.length) : (anchors[before] as number);
    const to = after === anchors.length ? 1 : (anchors[after] as number);
    return Math.round(from + ((to - from) * (i - before)) / (after - before));
  });
  const times: DemoFeedTime[] = [];
  for (const [i, day] of days.entries()) {
    const previous = times.at(-1);
    const daysAgo = Math.max(1, previous ? Math.min(day, previous.daysAgo) : day);
    // Office hours, 9:00 to 17:00, in an order that looks unplanned but is fixed.
    let minuteOfDay = 9 * 60 + ((i * 97 + 41) % (8 * 60));
    if (previous && previous.daysAgo === daysAgo && minuteOfDay <= previous.minuteOfDay)
      minuteOfDay = Math.min(previous.minuteOfDay + 23, 24 * 60 - 1);
    times.push({ daysAgo, minuteOfDay });
  }
  return times;
}
