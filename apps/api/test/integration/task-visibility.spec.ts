import {
  arePartners,
  canSeeTask,
  partnershipsOf,
  partnersOf,
  type PartnershipMembership,
  TASK_STATUSES,
  TASK_VISIBILITIES,
  type TaskStatus,
  type TaskVisibility,
} from '@klussenbank/domain';
import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ListTasksQueryDto } from '../../src/tasks/dto/list-tasks-query.dto.js';
import { SqlParams } from '../../src/common/sql-params.js';
import { SKILL_SEARCH_LOOKUP, viewerOrganisations, visibleTasksCte } from '../../src/tasks/task-queries.js';
import { TasksRepository } from '../../src/tasks/tasks.repository.js';
import { createOrganisation, createPartnership, createUser, type TestUser } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/**
 * The SQL that decides what a viewer sees (task-queries.ts) against the domain's rules, which are
 * the oracle: on generated organisations, partnerships, memberships and klussen of every visibility
 * and status, loaded into the real database, every viewer must see exactly what `canSeeTask` says,
 * and the viewer's organisations must be what `partnersOf` says. Each run makes organisations and
 * partnerships of its own, so earlier runs stay out of sight and the comparison is exact.
 */
interface World {
  organisations: number;
  /** Per partnership, which organisations (by index) are members. */
  partnerships: boolean[][];
  tasks: {
    organisation: number;
    /** The poster: the first or the second user of the organisation. */
    poster: 0 | 1;
    visibility: TaskVisibility;
    /** For visibility 'partnership': any partnership, also one the organisation is not (or no longer) in. */
    partnership: number;
    status: TaskStatus;
  }[];
}

const world: fc.Arbitrary<World> = fc
  .record({ organisations: fc.integer({ min: 1, max: 4 }), partnerships: fc.integer({ min: 0, max: 3 }) })
  .chain(({ organisations, partnerships }) =>
    fc.record({
      organisations: fc.constant(organisations),
      partnerships: fc.array(fc.array(fc.boolean(), { minLength: organisations, maxLength: organisations }), {
        minLength: partnerships,
        maxLength: partnerships,
      }),
      tasks: fc.array(
        fc.record({
          organisation: fc.nat({ max: organisations - 1 }),
          poster: fc.constantFrom(0 as const, 1 as const),
          visibility: fc.constantFrom(...TASK_VISIBILITIES),
          partnership: fc.nat({ max: Math.max(partnerships - 1, 0) }),
          status: fc.constantFrom(...TASK_STATUSES),
        }),
        { maxLength: 12 },
      ),
    }),
  )
  // A klus meant for one partnership needs a partnership to exist.
  .filter((w) => w.partnerships.length > 0 || w.tasks.every((task) => task.visibility !== 'partnership'));

interface Loaded {
  users: TestUser[];
  /** A skill of this run's own, on every one of its klussen: the skill filter must see what the list sees. */
  skill: string;
  memberships: PartnershipMembership[];
  tasks: {
    id: string;
    organisationId: string;
    posterId: string;
    visibility: TaskVisibility;
    partnershipId: string | null;
    status: TaskStatus;
  }[];
}

describe('klus visibility: the SQL against the domain rules', () => {
  let t: TestApp;
  let tasks: TasksRepository;

  beforeAll(async () => {
    t = await startTestApp();
    tasks = t.app.get(TasksRepository);
  });
  afterAll(async () => {
    await t.close();
  });

  async function load(w: World): Promise<Loaded> {
    const organisations = await Promise.all(
      Array.from({ length: w.organisations }, () => createOrganisation(t.db)),
    );
    const partnerships = await Promise.all(
      w.partnerships.map((members) =>
        createPartnership(
          t.db,
          organisations.filter((_, i) => members[i]).map((o) => o.id),
        ),
      ),
    );
    const memberships = w.partnerships.flatMap((members, p) =>
      organisations.flatMap((o, i) =>
        members[i] ? [{ organisationId: o.id, partnershipId: partnerships[p].id }] : [],
      ),
    );
    const users: TestUser[] = [];
    for (const o of organisations) users.push(await createUser(t.db, o.id), await createUser(t.db, o.id));
    const skill = `Zichtbaarheid ${randomUUID()}`;
    const [{ id: skillId }] = await t.db.query<[{ id: string }]>(
      `WITH s AS (INSERT INTO skills (label_nl, verified) VALUES ($1, true) RETURNING id),
            l AS (INSERT INTO skill_labels (skill_id, lang, label, kind) SELECT id, 'nl', $1, 'preferred' FROM s)
       SELECT id FROM s`,
      [skill],
    );
    const loaded: Loaded['tasks'] = [];
    for (const task of w.tasks) {
      const organisationId = organisations[task.organisation].id;
      const posterId = users[task.organisation * 2 + task.poster].id;
      const partnershipId = task.visibility === 'partnership' ? partnerships[task.partnership].id : null;
      const [{ id }] = await t.db.query<[{ id: string }]>(
        `INSERT INTO tasks (organisation_id, poster_id, title, description, estimated_hours, start_date, end_date,
                            location_type, capacity, taken, visibility, partnership_id, status, published_at)
         VALUES ($1, $2, 'Klus', 'Omschrijving', 4, '2026-12-01', '2026-12-31', 'remote', 1, $5, $3, $4, $6,
                 CASE WHEN $6 <> 'draft' THEN now() END)
         RETURNING id`,
        [
          organisationId,
          posterId,
          task.visibility,
          partnershipId,
          task.status === 'full' ? 1 : 0,
          task.status,
        ],
      );
      await t.db.query(`INSERT INTO task_skills (task_id, skill_id, required) VALUES ($1, $2, true)`, [
        id,
        skillId,
      ]);
      loaded.push({
        id,
        organisationId,
        posterId,
        visibility: task.visibility,
        partnershipId,
        status: task.status,
      });
    }
    return { users, memberships, skill, tasks: loaded };
  }

  /** What the domain says the user may see. */
  function oracle({ users: _users, memberships, tasks: all }: Loaded, user: TestUser): Set<string> {
    const viewer = { ...user, partnershipIds: partnershipsOf(user.organisationId, memberships) };
    return new Set(
      all
        .filter((task) => canSeeTask(task, viewer, partnershipsOf(task.organisationId, memberships)))
        .map((task) => task.id),
    );
  }

  function query(status: readonly TaskStatus[], skill?: string): ListTasksQueryDto {
    return Object.assign(new ListTasksQueryDto(), { status: [...status], page: 1, pageSize: 100, skill });
  }
  const ids = (page: { items: { id: string }[] }) => new Set(page.items.map((task) => task.id));

  it('lets every viewer see exactly the klussen canSeeTask allows, in lists and one by one', async () => {
    await fc.assert(
      fc.asyncProperty(world, async (w) => {
        const loaded = await load(w);
        for (const user of loaded.users) {
          const expected = oracle(loaded, user);
          // Every status at once (the list narrows to the viewer's organisations first) …
          const everything = await tasks.search(user, query(TASK_STATUSES));
          expect(ids(everything)).toEqual(expected);
          expect(everything.total).toBe(expected.size);
          // … also through the skill filter, which looks the viewer's organisations up beforehand …
          const bySkill = await tasks.search(user, query(TASK_STATUSES, loaded.skill));
          expect(ids(bySkill)).toEqual(expected);
          expect(bySkill.total).toBe(expected.size);
          // … and the default, open and full (partial indexes, visibility a filter).
          const published = await tasks.search(user, query(['open', 'full']));
          const openOrFull = loaded.tasks.filter(
            (task) => expected.has(task.id) && ['open', 'full'].includes(task.status),
          );
          const openOrFullIds = new Set(openOrFull.map((task) => task.id));
          expect(ids(published)).toEqual(openOrFullIds);
          expect(ids(await tasks.search(user, query(['open', 'full'], loaded.skill)))).toEqual(openOrFullIds);
          for (const task of loaded.tasks) {
            expect(await tasks.findVisible(user, task.id), `${task.visibility} ${task.status}`).toEqual(
              expected.has(task.id) ? expect.objectContaining({ id: task.id }) : undefined,
            );
            // A published klus shared with all partnerships: seen by its own organisation and its partners.
            if (task.visibility === 'all-partnerships' && task.status !== 'draft') {
              expect(expected.has(task.id)).toBe(
                task.organisationId === user.organisationId ||
                  arePartners(task.organisationId, user.organisationId, loaded.memberships),
              );
            }
          }
        }
      }),
      { numRuns: 30 },
    );
  });

  it("gives the viewer's organisation and its partners as partnersOf does", async () => {
    await fc.assert(
      fc.asyncProperty(world, async (w) => {
        const { users, memberships } = await load({ ...w, tasks: [] });
        for (const organisationId of new Set(users.map((u) => u.organisationId))) {
          const params = new SqlParams();
          const viewerOrganisation = params.add(organisationId);
          const rows = await t.db.query<{ id: string }[]>(
            `WITH ${visibleTasksCte({ viewerOrganisation })}
             SELECT unnest(${viewerOrganisations({ viewerOrganisation })}) AS id`,
            params.values,
          );
          const partners = new Set([organisationId, ...partnersOf(organisationId, memberships)]);
          expect(new Set(rows.map((r) => r.id))).toEqual(partners);
          // The same list as the skill filter looks it up beforehand.
          const [{ organisations }] = await t.db.query<[{ organisations: string[] }]>(SKILL_SEARCH_LOOKUP, [
            'geen vaardigheid',
            organisationId,
          ]);
          expect(new Set(organisations)).toEqual(partners);
        }
      }),
      { numRuns: 30 },
    );
  });
});
