import type { ClaimMode, LocationType } from '@klussenbank/domain';
import { DEMO_KLUS_TEXTS, DEMO_NETWORK, DEMO_REGION, type DemoPlace, type SkillLabel } from './vocabulary.js';

/** Who may see a demo klus: the poster's organisation, one partnership (by name), or all its partnerships. */
export type DemoVisibility =
  'organisation' | 'all-partnerships' | { partnership: typeof DEMO_REGION | typeof DEMO_NETWORK };

export interface DemoTask {
  poster: string;
  title: string;
  description: string;
  requiredSkills: SkillLabel[];
  niceToHaveSkills?: SkillLabel[];
  estimatedHours: number;
  /** Days from the day of seeding; the demo stays current whenever it is seeded. */
  startsInDays: number;
  lastsDays: number;
  location: { type: LocationType; municipality?: DemoPlace; address?: string };
  capacity?: number;
  claimMode?: ClaimMode;
  visibility: DemoVisibility;
  learningSuitable?: boolean;
  /** People on it already: instant claims (active) or, in application mode, applications with a motivation. */
  participants?: { email: string; motivation?: string }[];
}

/**
 * Open klussen for the demo network, so a first visitor finds a marketplace rather than an empty page.
 * Their titles and descriptions are words of the seed vocabulary (DEMO_KLUS_TEXTS); this list adds
 * who posts them, when, where, for whom and who is on them already.
 */
export const DEMO_TASKS: DemoTask[] = [
  {
    poster: 'marloes.de.wit@dordrecht.klussenbank.test',
    ...DEMO_KLUS_TEXTS.wijkvisieMaps,
    requiredSkills: ['GIS'],
    niceToHaveSkills: ['Cartografie'],
    estimatedHours: 24,
    startsInDays: 7,
    lastsDays: 42,
    location: { type: 'hybrid', municipality: 'Dordrecht', address: 'Spuiboulevard 300, Dordrecht' },
    visibility: 'all-partnerships',
    learningSuitable: true,
  },
  {
    poster: 'ingrid.mulder@zwijndrecht.klussenbank.test',
    ...DEMO_KLUS_TEXTS.permitCustomerJourney,
    requiredSkills: ['Klantreizen', 'Interviewen'],
    estimatedHours: 16,
    startsInDays: 3,
    lastsDays: 30,
    location: { type: 'on-site', municipality: 'Zwijndrecht', address: 'Bouwensstraat 25, Zwijndrecht' },
    capacity: 2,
    visibility: { partnership: DEMO_REGION },
    learningSuitable: true,
    participants: [{ email: 'sanne.bakker@dordrecht.klussenbank.test' }],
  },
  {
    poster: 'ruud.de.boer@papendrecht.klussenbank.test',
    ...DEMO_KLUS_TEXTS.socialDomainDashboard,
    requiredSkills: ['Power BI', 'Excel'],
    niceToHaveSkills: ['Sociaal domein'],
    estimatedHours: 32,
    startsInDays: 14,
    lastsDays: 60,
    location: { type: 'remote' },
    claimMode: 'application',
    visibility: { partnership: DEMO_REGION },
    participants: [
      {
        email: 'mehmet.yilmaz@papendrecht.klussenbank.test',
        motivation:
          'Ik bouw bij ons de dashboards voor financiën en wil graag het sociaal domein leren kennen.',
      },
    ],
  },
  {
    poster: 'carla.van.leeuwen@sliedrecht.klussenbank.test',
    ...DEMO_KLUS_TEXTS.energyMinutes,
    requiredSkills: ['Notuleren'],
    estimatedHours: 8,
    startsInDays: 10,
    lastsDays: 90,
    location: { type: 'on-site', municipality: 'Sliedrecht' },
    visibility: 'all-partnerships',
    learningSuitable: true,
  },
  {
    poster: 'frank.jacobs@alblasserdam.klussenbank.test',
    ...DEMO_KLUS_TEXTS.buildingArchiveCheck,
    requiredSkills: ['Archiefbeheer'],
    niceToHaveSkills: ['Omgevingsrecht'],
    estimatedHours: 20,
    startsInDays: 5,
    lastsDays: 35,
    location: { type: 'on-site', municipality: 'Alblasserdam', address: 'Cortgene 2, Alblasserdam' },
    capacity: 3,
    visibility: 'all-partnerships',
  },
  {
    poster: 'petra.schouten@hendrik-ido-ambacht.klussenbank.test',
    ...DEMO_KLUS_TEXTS.websitePlainLanguage,
    requiredSkills: ['Schrijven op B1-niveau'],
    estimatedHours: 12,
    startsInDays: 2,
    lastsDays: 28,
    location: { type: 'remote' },
    visibility: 'all-partnerships',
    learningSuitable: true,
  },
  {
    poster: 'gerda.vermeulen@sociale-dienst-drechtsteden.klussenbank.test',
    ...DEMO_KLUS_TEXTS.assistanceRules,
    requiredSkills: ['Participatiewet'],
    niceToHaveSkills: ['Juridisch advies'],
    estimatedHours: 6,
    startsInDays: 1,
    lastsDays: 21,
    location: { type: 'remote' },
    capacity: 4,
    visibility: { partnership: DEMO_REGION },
  },
  {
    poster: 'joost.van.der.heijden@oss.klussenbank.test',
    ...DEMO_KLUS_TEXTS.cafeEvening,
    requiredSkills: ['Evenementen organiseren'],
    niceToHaveSkills: ['Communicatie'],
    estimatedHours: 10,
    startsInDays: 7,
    lastsDays: 45,
    location: { type: 'hybrid', municipality: 'Oss', address: 'Raadhuislaan 8, Oss' },
    visibility: { partnership: DEMO_NETWORK },
    learningSuitable: true,
  },
  {
    poster: 'esther.maas@zeist.klussenbank.test',
    ...DEMO_KLUS_TEXTS.staffSurvey,
    requiredSkills: ['Data-analyse'],
    niceToHaveSkills: ['Excel'],
    estimatedHours: 14,
    startsInDays: 4,
    lastsDays: 30,
    location: { type: 'remote' },
    visibility: 'all-partnerships',
    participants: [{ email: 'luuk.bosch@oss.klussenbank.test' }],
  },
  {
    poster: 'marloes.de.wit@dordrecht.klussenbank.test',
    ...DEMO_KLUS_TEXTS.archiveMove,
    requiredSkills: ['Archiefbeheer'],
    estimatedHours: 8,
    startsInDays: 1,
    lastsDays: 14,
    location: { type: 'on-site', municipality: 'Dordrecht' },
    capacity: 1,
    visibility: 'organisation',
    participants: [{ email: 'youssef.el.amrani@dordrecht.klussenbank.test' }],
  },
];
