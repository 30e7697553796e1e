import type { ConsentRequest, MyClaim, MyTask, Page, TaskClaim, TaskDetail, TaskSummary } from './task-api';

/** Test data in the API's shapes; the ids are stable so tests can name them. */
export const TASK_ID = '7a1c1b8e-0000-4000-8000-000000000101';
export const OTHER_ORGANISATION = {
  id: '6f1c1b8e-0000-4000-8000-0000000000a2',
  name: 'Gemeente Zwijndrecht',
};

export function buildTaskSummary(overrides: Partial<TaskSummary> = {}): TaskSummary {
  return {
    id: TASK_ID,
    title: 'Bestemmingsplan Centrum doorlichten',
    status: 'open',
    organisation: OTHER_ORGANISATION,
    estimatedHours: 16,
    startDate: '2026-12-01',
    endDate: '2027-01-31',
    location: { type: 'on-site', municipality: 'Zwijndrecht' },
    capacity: 3,
    placesLeft: 2,
    claimMode: 'instant',
    learningSuitable: false,
    requiredSkills: ['Ruimtelijke ordening'],
    niceToHaveSkills: ['GIS'],
    publishedAt: '2026-11-20T09:00:00.000Z',
    ...overrides,
  };
}

export function buildTaskDetail(overrides: Partial<TaskDetail> = {}): TaskDetail {
  const summary = buildTaskSummary();
  return {
    ...summary,
    location: { type: 'on-site', municipality: 'Zwijndrecht', address: 'Stadhuisplein 1' },
    description: 'Loop het **bestemmingsplan** na.',
    descriptionHtml: '<p>Loop het <strong>bestemmingsplan</strong> na.</p>\n<h1>Wat we vragen</h1>',
    poster: { id: '6f1c1b8e-0000-4000-8000-000000000009', name: 'Pieter Bakker' },
    contact: { name: 'Pieter Bakker', email: 'pieter.bakker@zwijndrecht.klussenbank.test' },
    visibility: 'all-partnerships',
    partnership: null,
    dossierId: null,
    cancelReason: null,
    createdAt: '2026-11-20T09:00:00.000Z',
    placesTaken: 1,
    skills: [
      { id: '5a1c1b8e-0000-4000-8000-000000000301', label: 'Ruimtelijke ordening', required: true },
      { id: '5a1c1b8e-0000-4000-8000-000000000302', label: 'GIS', required: false },
    ],
    isPoster: false,
    myClaim: null,
    claims: [],
    ...overrides,
  };
}

export function buildClaim(overrides: Partial<TaskClaim> = {}): TaskClaim {
  return {
    id: '8b1c1b8e-0000-4000-8000-000000000201',
    status: 'active',
    motivation: '',
    message: '',
    user: {
      id: '6f1c1b8e-0000-4000-8000-000000000011',
      name: 'Fatima el Amrani',
      organisation: { id: '6f1c1b8e-0000-4000-8000-0000000000a3', name: 'Gemeente Papendrecht' },
    },
    actualHours: null,
    createdAt: '2026-11-21T10:00:00.000Z',
    ...overrides,
  };
}

export function buildMyClaim(overrides: Partial<MyClaim> = {}): MyClaim {
  return {
    id: '8b1c1b8e-0000-4000-8000-000000000301',
    status: 'active',
    motivation: '',
    message: '',
    createdAt: '2026-11-21T10:00:00.000Z',
    task: buildTaskSummary(),
    ...overrides,
  };
}

export function buildMyTask(overrides: Partial<MyTask> = {}): MyTask {
  return { ...buildTaskSummary(), applicants: 2, participants: 1, awaitingDecision: 2, ...overrides };
}

export function buildConsentRequest(overrides: Partial<ConsentRequest> = {}): ConsentRequest {
  return {
    claimId: '8b1c1b8e-0000-4000-8000-000000000401',
    user: { id: '6f1c1b8e-0000-4000-8000-000000000012', name: 'Joost Verbeek' },
    task: buildTaskSummary({ title: 'Subsidieregeling evalueren' }),
    createdAt: '2026-11-22T10:00:00.000Z',
    ...overrides,
  };
}

export function pageOf<T>(items: T[], { total = items.length, page = 1, pageSize = 20 } = {}): Page<T> {
  return { items, page, pageSize, total };
}
