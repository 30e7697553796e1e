import type { Page } from '../tasks/task-api';
import type {
  Activity,
  Checkpoint,
  DossierDetail,
  DossierSummary,
  SkillGap,
  SkillGapEntry,
  TeamMember,
} from './dossier-api';

/** Test data in the API's shapes; the ids are stable so tests can name them. */
export const DOSSIER_ID = '9d1c1b8e-0000-4000-8000-000000000501';
export const PARTNERSHIP = { id: '6f1c1b8e-0000-4000-8000-0000000000b2', name: 'Netwerk Anders Samenwerken' };
export const ZEIST = { id: '6f1c1b8e-0000-4000-8000-0000000000c1', name: 'Gemeente Zeist' };
export const OSS = { id: '6f1c1b8e-0000-4000-8000-0000000000c2', name: 'Gemeente Oss' };
export const DORDRECHT = { id: '6f1c1b8e-0000-4000-8000-0000000000a1', name: 'Gemeente Dordrecht' };

/** Esther Maas of Zeist leads; the signed-in user of buildMe() is Anna de Vries of Dordrecht. */
export const ESTHER = {
  id: '6f1c1b8e-0000-4000-8000-000000000021',
  name: 'Esther Maas',
  organisation: ZEIST,
};
export const OLIVIER = {
  id: '6f1c1b8e-0000-4000-8000-000000000022',
  name: 'Olivier Dam',
  organisation: ZEIST,
};
export const FEMKE = {
  id: '6f1c1b8e-0000-4000-8000-000000000023',
  name: 'Femke Verhoeven',
  organisation: OSS,
};
export const ANNA = {
  id: '6f1c1b8e-0000-4000-8000-000000000001',
  name: 'Anna de Vries',
  organisation: DORDRECHT,
};

export function buildMember(overrides: Partial<TeamMember> = {}): TeamMember {
  return {
    user: { ...ESTHER, jobTitle: 'Lid managementteam' },
    role: 'trekker',
    status: 'active',
    message: null,
    since: '2026-11-02T09:00:00.000Z',
    ...overrides,
  };
}

export const TEAM: TeamMember[] = [
  buildMember(),
  buildMember({ user: { ...OLIVIER, jobTitle: 'Beleidsadviseur financiën' }, role: 'member' }),
  buildMember({ user: { ...FEMKE, jobTitle: 'Beleidsmedewerker economie' }, role: 'adviser' }),
];

export function buildDossierSummary(overrides: Partial<DossierSummary> = {}): DossierSummary {
  return {
    id: DOSSIER_ID,
    title: 'Samen inkopen jeugdzorg',
    goal: 'Eén inkoopstrategie voor jeugdzorg, die alle vier gemeenten dragen.',
    status: 'exploring',
    partnership: PARTNERSHIP,
    startDate: '2026-12-01',
    endDate: '2027-06-30',
    teamCap: 10,
    joinPolicy: 'open',
    teamSize: 3,
    organisations: [
      { ...OSS, count: 1 },
      { ...ZEIST, count: 2 },
    ],
    skills: [
      { id: '5a1c1b8e-0000-4000-8000-000000000401', label: 'Inkoop' },
      { id: '5a1c1b8e-0000-4000-8000-000000000402', label: 'Jeugdzorg' },
    ],
    trekkers: [ESTHER],
    myRole: null,
    myStatus: null,
    updatedAt: '2026-11-20T09:00:00.000Z',
    ...overrides,
  };
}

export function buildDossierDetail(overrides: Partial<DossierDetail> = {}): DossierDetail {
  return {
    ...buildDossierSummary(),
    description: 'We beginnen met **wat** we willen.',
    descriptionHtml: '<p>We beginnen met <strong>wat</strong> we willen.</p>',
    team: TEAM,
    canEdit: false,
    createdBy: ESTHER,
    ...overrides,
  };
}

export function buildCheckpoint(overrides: Partial<Checkpoint> = {}): Checkpoint {
  return {
    id: '9d1c1b8e-0000-4000-8000-000000000601',
    title: 'Eerste terugblik',
    plannedOn: '2027-02-01',
    status: 'planned',
    wentWell: null,
    chafed: null,
    changes: null,
    heldOn: null,
    writtenBy: null,
    ...overrides,
  };
}

export function buildActivity(overrides: Partial<Activity> = {}): Activity {
  return {
    id: '9d1c1b8e-0000-4000-8000-000000000701',
    type: 'dossier-created',
    at: '2026-11-02T09:00:00.000Z',
    actor: ESTHER,
    subject: null,
    task: null,
    checkpoint: null,
    data: {},
    ...overrides,
  };
}

export const SKILL_GAP: SkillGapEntry[] = [
  {
    skill: { id: '5a1c1b8e-0000-4000-8000-000000000401', label: 'Inkoop' },
    covered: true,
    team: [{ user: OLIVIER, level: 'advanced', demonstrated: true }],
    suggestions: [],
    candidateCount: 0,
    findableCount: 0,
  },
  {
    skill: { id: '5a1c1b8e-0000-4000-8000-000000000402', label: 'Jeugdzorg' },
    covered: false,
    team: [],
    suggestions: [
      {
        user: { id: '6f1c1b8e-0000-4000-8000-000000000031', name: 'Iris Brouwer', organisation: DORDRECHT },
        level: 'expert',
        demonstrated: false,
        score: 88,
        reasons: [
          { kind: 'required', skill: 'Jeugdzorg', level: 'expert', demonstrated: false },
          { kind: 'hours' },
        ],
      },
    ],
    // Iris can be found by the trekker; two others with the skill cannot.
    candidateCount: 3,
    findableCount: 1,
  },
];

/** The skill gap as a trekker sees it: named suggestions of the people findable for them. */
export const SKILL_GAP_FOR_TREKKER: SkillGap = { items: SKILL_GAP, namedSuggestions: true };

/** The skill gap as anyone else sees it: how many, never who. */
export const SKILL_GAP_COUNTS_ONLY: SkillGap = {
  items: SKILL_GAP.map((entry) => ({ ...entry, suggestions: [], findableCount: 0 })),
  namedSuggestions: false,
};

export function pageOf<T>(items: T[], { total = items.length, page = 1, pageSize = 20 } = {}): Page<T> {
  return { items, page, pageSize, total };
}
