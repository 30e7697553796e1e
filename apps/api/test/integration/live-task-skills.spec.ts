import { randomUUID } from 'node:crypto';
import { TASK_STATUSES, type TaskStatus } from '@klussenbank/domain';
import fc from 'fast-check';
import type { QueryRunner } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrganisation, createUser, type TestUser } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/**
 * live_task_skills (migration LiveTaskSkills1764370000000) must hold exactly the klus skills of the
 * open and full klussen, whatever changes a klus's status or its skills, and whatever runs at the same
 * moment: the skill filter of the default list reads it instead of task_skills.
 */
/** A DataSource or a QueryRunner: where a statement goes. */
interface Sql {
  query(sql: string, params?: unknown[]): Promise<unknown>;
}

describe('the skills of live klussen', () => {
  let t: TestApp;
  let poster: TestUser;
  let skills: string[];

  beforeAll(async () => {
    t = await startTestApp();
    const organisation = await createOrganisation(t.db);
    poster = await createUser(t.db, organisation.id, ['employee', 'manager']);
    skills = [];
    for (let i = 0; i < 4; i++) {
      const [{ id }] = await t.db.query<[{ id: string }]>(
        `INSERT INTO skills (label_nl, verified) VALUES ($1, true) RETURNING id`,
        [`Levende vaardigheid ${i} ${randomUUID()}`],
      );
      skills.push(id);
    }
  });
  afterAll(async () => {
    await t.close();
  });

  async function createTask(status: TaskStatus = 'draft'): Promise<string> {
    const [{ id }] = await t.db.query<[{ id: string }]>(
      `INSERT INTO tasks (organisation_id, poster_id, title, description, estimated_hours, start_date, end_date,
                          location_type, capacity, taken, visibility, status, published_at)
       VALUES ($1, $2, 'Klus', 'Omschrijving', 4, '2026-12-01', '2026-12-31', 'remote', 1,
               CASE WHEN $3 = 'full' THEN 1 ELSE 0 END, 'organisation', $3,
               CASE WHEN $3 <> 'draft' THEN now() END)
       RETURNING id`,
      [poster.organisationId, poster.id, status],
    );
    return id;
  }

  const setStatus = (db: Sql, id: string, status: TaskStatus) =>
    db.query(
      `UPDATE tasks SET status = $2, taken = CASE WHEN $2 = 'full' THEN capacity ELSE 0 END,
                        published_at = coalesce(published_at, now())
        WHERE id = $1`,
      [id, status],
    );

  const addSkill = (db: Sql, id: string, skill: string) =>
    db.query(`INSERT INTO task_skills (task_id, skill_id, required) VALUES ($1, $2, true)`, [id, skill]);

  /** What live_task_skills holds for these klussen, and what it should hold. */
  async function liveSkills(ids: string[]): Promise<{ actual: string[]; expected: string[] }> {
    const [row] = await t.db.query<[{ actual: string[]; expected: string[] }]>(
      `SELECT ARRAY(SELECT task_id || ' ' || skill_id FROM live_task_skills WHERE task_id = ANY ($1) ORDER BY 1)
                AS actual,
              ARRAY(SELECT ts.task_id || ' ' || ts.skill_id FROM task_skills ts JOIN tasks k ON k.id = ts.task_id
                     WHERE ts.task_id = ANY ($1) AND k.status IN ('open', 'full') ORDER BY 1) AS expected`,
      [ids],
    );
    return row;
  }

  type Step =
    | { kind: 'status'; task: number; status: TaskStatus }
    | { kind: 'add'; task: number; skill: number }
    | { kind: 'remove'; task: number; skill: number }
    | { kind: 'merge'; from: number; into: number }
    | { kind: 'delete'; task: number };
  const TASKS = 3;
  const step: fc.Arbitrary<Step> = fc.oneof(
    fc.record({
      kind: fc.constant('status' as const),
      task: fc.nat({ max: TASKS - 1 }),
      status: fc.constantFrom(...TASK_STATUSES),
    }),
    fc.record({
      kind: fc.constant('add' as const),
      task: fc.nat({ max: TASKS - 1 }),
      skill: fc.nat({ max: 3 }),
    }),
    fc.record({
      kind: fc.constant('remove' as const),
      task: fc.nat({ max: TASKS - 1 }),
      skill: fc.nat({ max: 3 }),
    }),
    fc.record({ kind: fc.constant('merge' as const), from: fc.nat({ max: 3 }), into: fc.nat({ max: 3 }) }),
    fc.record({ kind: fc.constant('delete' as const), task: fc.nat({ max: TASKS - 1 }) }),
  );

  it('follows every change of status and skills: exactly the skills of the open and full klussen', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.constantFrom(...TASK_STATUSES), { minLength: TASKS, maxLength: TASKS }),
        fc.array(step, { maxLength: 25 }),
        async (initial, steps) => {
          const ids = await Promise.all(initial.map((status) => createTask(status)));
          await addSkill(t.db, ids[0], skills[0]);
          const deleted = new Set<number>();
          for (const s of steps) {
            // A deleted klus takes no more steps.
            if ('task' in s && deleted.has(s.task)) continue;
            if (s.kind === 'status') await setStatus(t.db, ids[s.task], s.status);
            if (s.kind === 'add') {
              await t.db.query(
                `INSERT INTO task_skills (task_id, skill_id, required) VALUES ($1, $2, false) ON CONFLICT DO NOTHING`,
                [ids[s.task], skills[s.skill]],
              );
            }
            if (s.kind === 'remove') {
              await t.db.query(`DELETE FROM task_skills WHERE task_id = $1 AND skill_id = $2`, [
                ids[s.task],
                skills[s.skill],
              ]);
            }
            if (s.kind === 'merge') {
              // As a skill merge does: the klus skills move to the other skill unless the klus has it already.
              await t.db.query(
                `UPDATE task_skills ts SET skill_id = $3 WHERE ts.skill_id = $2 AND ts.task_id = ANY ($1)
                  AND NOT EXISTS (SELECT 1 FROM task_skills o WHERE o.task_id = ts.task_id AND o.skill_id = $3)`,
                [ids, skills[s.from], skills[s.into]],
              );
            }
            if (s.kind === 'delete') {
              await t.db.query(`DELETE FROM tasks WHERE id = $1`, [ids[s.task]]);
              deleted.add(s.task);
            }
            const { actual, expected } = await liveSkills(ids);
            expect(actual, JSON.stringify(s)).toEqual(expected);
          }
        },
      ),
      { numRuns: 40 },
    );
  });

  it('is rebuilt by kb_rebuild_live_task_skills after writes that bypassed the triggers', async () => {
    const [open, completed] = [await createTask('open'), await createTask('open')];
    const runner = t.db.createQueryRunner();
    await runner.connect();
    try {
      // A bulk load as the national benchmark seed does it: triggers and foreign keys off.
      await runner.query(`SET session_replication_role = replica`);
      await addSkill(runner, open, skills[0]);
      await addSkill(runner, completed, skills[1]);
      await setStatus(runner, completed, 'completed');
      await runner.query(`SET session_replication_role = origin`);
    } finally {
      await runner.release();
    }
    await addSkill(t.db, completed, skills[2]);
    await t.db.query(`INSERT INTO live_task_skills (task_id, skill_id) VALUES ($1, $2)`, [
      completed,
      skills[2],
    ]);
    expect(await liveSkills([open, completed])).toEqual({
      actual: [`${completed} ${skills[2]}`],
      expected: [`${open} ${skills[0]}`],
    });
    await t.db.query(`SELECT kb_rebuild_live_task_skills()`);
    expect((await liveSkills([open, completed])).actual).toEqual([`${open} ${skills[0]}`]);
  });

  /**
   * Two transactions at once, in a fixed order: `first` does its part and holds its transaction open,
   * `second` starts and either waits for a lock or finishes; then `first` commits. Waiting is an event
   * (PostgreSQL reports the backend waiting on a lock), not a pause.
   */
  async function interleave(
    first: (runner: QueryRunner) => Promise<unknown>,
    second: (runner: QueryRunner) => Promise<unknown>,
  ): Promise<void> {
    const [a, b] = [t.db.createQueryRunner(), t.db.createQueryRunner()];
    await Promise.all([a.connect(), b.connect()]);
    try {
      await a.startTransaction();
      await first(a);
      const [{ pid }] = (await b.query(`SELECT pg_backend_pid() AS pid`)) as [{ pid: number }];
      let done = false;
      const secondDone = second(b).then(() => (done = true));
      await expect
        .poll(async () => {
          if (done) return true;
          const [row] = await t.db.query<[{ waiting: boolean }]>(
            `SELECT wait_event_type = 'Lock' AS waiting FROM pg_stat_activity WHERE pid = $1`,
            [pid],
          );
          return row?.waiting === true;
        })
        .toBe(true);
      await a.commitTransaction();
      await secondDone;
    } finally {
      await Promise.all([a.release(), b.release()]);
    }
  }

  it('misses no skill added while the klus is published, whichever commits first', async () => {
    for (let round = 0; round < 5; round++) {
      // Skills added first, published while they are not yet committed …
      const draft = await createTask('draft');
      await interleave(
        (a) => addSkill(a, draft, skills[1]),
        (b) => setStatus(b, draft, 'open'),
      );
      // … and published first, skills added while the publication is not yet committed.
      const other = await createTask('draft');
      await interleave(
        (a) => setStatus(a, other, 'open'),
        (b) => addSkill(b, other, skills[2]),
      );
      const { actual, expected } = await liveSkills([draft, other]);
      expect(expected).toHaveLength(2);
      expect(actual).toEqual(expected);
    }
  });

  it('keeps no skill added while the klus is cancelled, whichever commits first', async () => {
    for (let round = 0; round < 5; round++) {
      const open = await createTask('open');
      await interleave(
        (a) => addSkill(a, open, skills[1]),
        (b) => setStatus(b, open, 'cancelled'),
      );
      const other = await createTask('open');
      await interleave(
        (a) => setStatus(a, other, 'cancelled'),
        (b) => addSkill(b, other, skills[2]),
      );
      const { actual, expected } = await liveSkills([open, other]);
      expect(expected).toEqual([]);
      expect(actual).toEqual([]);
    }
  });
});
