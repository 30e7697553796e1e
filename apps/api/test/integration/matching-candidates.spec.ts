import {
  type LocationPreference,
  type LocationType,
  type MatchCandidate,
  type MatchTask,
  scoreMatch,
  type SkillLevel,
} from '@klussenbank/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MatchCandidate as Offer } from '../../src/notifications/match-candidates.provider.js';
import { MatchTaskJob } from '../../src/notifications/match-task.job.js';
import { MatchingRepository } from '../../src/profiles/matching.repository.js';
import { MatchingService } from '../../src/profiles/matching.service.js';
import { createOrganisation, createPartnership, createUser } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const PEOPLE = 6_000;
const BATCH_SIZE = 2_000;

/**
 * MatchingService.candidates against the domain function applied to everybody: the candidates SQL
 * may only decide who to look at, never change who matches or why. Thousands of people in four
 * organisations (two partnerships), six skills held at every level (some also demonstrated), learning
 * goals, profiles, live and ended claims; klussen for each visibility and location type.
 */
describe('the candidates of a published klus', () => {
  let t: TestApp;
  let matching: MatchingService;
  const skill: string[] = [];
  const org: Record<'b' | 'd', string> = { b: '', d: '' };
  const klus: Record<'all' | 'own' | 'partnership' | 'noSkills', string> = {
    all: '',
    own: '',
    partnership: '',
    noSkills: '',
  };

  const drain = async (taskId: string) => {
    const batches: Offer[][] = [];
    for await (const batch of matching.candidates(taskId)) batches.push(batch);
    return batches;
  };
  const byUser = (offers: Offer[]) =>
    new Map(
      offers.map((o) => [
        o.userId,
        { score: o.score, reasons: o.reasons.map((r) => JSON.stringify(r)).sort() },
      ]),
    );
  const openTransactions = async () =>
    (
      await t.db.query<[{ n: number }]>(
        // Only the cursor's: the worker's outbox relay is briefly idle in its own transactions too.
        `SELECT count(*)::int AS n FROM pg_stat_activity
          WHERE datname = current_database() AND state LIKE 'idle in transaction%'
            AND query ILIKE '%match_candidates%'`,
      )
    )[0].n;

  /** Who should match, computed the slow way: every person of the database through scoreMatch. */
  async function expected(taskId: string) {
    const [task] = await t.db.query<
      {
        organisationId: string;
        posterId: string;
        visibility: string;
        partnershipId: string | null;
        learningSuitable: boolean;
        estimatedHours: number;
        startDate: string;
        endDate: string;
        locationType: LocationType;
        latitude: number | null;
        longitude: number | null;
      }[]
    >(
      `SELECT t.organisation_id AS "organisationId", t.poster_id AS "posterId", t.visibility,
              t.partnership_id AS "partnershipId", t.learning_suitable AS "learningSuitable",
              t.estimated_hours::float8 AS "estimatedHours", to_char(t.start_date, 'YYYY-MM-DD') AS "startDate",
              to_char(t.end_date, 'YYYY-MM-DD') AS "endDate", t.location_type AS "locationType", m.latitude, m.longitude
         FROM tasks t LEFT JOIN municipalities m ON lower(m.name) = lower(t.location_municipality) WHERE t.id = $1`,
      [taskId],
    );
    const taskSkills = await t.db.query<{ id: string; label: string; required: boolean }[]>(
      `SELECT s.id, s.label_nl AS label, ts.required FROM task_skills ts JOIN skills s ON s.id = ts.skill_id
        WHERE ts.task_id = $1`,
      [taskId],
    );
    const members = await t.db.query<{ partnershipId: string; organisationId: string }[]>(
      `SELECT partnership_id AS "partnershipId", organisation_id AS "organisationId" FROM partnership_members`,
    );
    const partnershipsOf = (org: string) =>
      members.filter((m) => m.organisationId === org).map((m) => m.partnershipId);
    const canSee = (org: string) =>
      org === task.organisationId ||
      (task.visibility === 'partnership' && partnershipsOf(org).includes(task.partnershipId ?? '')) ||
      (task.visibility === 'all-partnerships' &&
        partnershipsOf(org).some((p) => partnershipsOf(task.organisationId).includes(p)));
    const users = await t.db.query<
      {
        id: string;
        organisationId: string;
        hoursPerMonth: number | null;
        locationPreference: LocationPreference | null;
        maxDistanceKm: number | null;
        latitude: number | null;
        longitude: number | null;
      }[]
    >(
      `SELECT u.id, u.organisation_id AS "organisationId", p.hours_per_month AS "hoursPerMonth",
              p.location_preference AS "locationPreference", p.max_distance_km AS "maxDistanceKm", m.latitude, m.longitude
         FROM users u JOIN organisations o ON o.id = u.organisation_id
         LEFT JOIN profiles p ON p.user_id = u.id LEFT JOIN municipalities m ON m.name = o.municipality
        WHERE u.deactivated_at IS NULL`,
    );
    const skills = await t.db.query<{ userId: string; skillId: string; level: SkillLevel; source: string }[]>(
      `SELECT user_id AS "userId", skill_id AS "skillId", level, source FROM user_skills`,
    );
    const goals = await t.db.query<{ userId: string; skillId: string }[]>(
      `SELECT user_id AS "userId", skill_id AS "skillId" FROM learning_goals`,
    );
    const onIt = new Set(
      (
        await t.db.query<{ userId: string }[]>(
          `SELECT user_id AS "userId" FROM claims
            WHERE task_id = $1 AND status IN ('applied', 'awaiting-consent', 'active')`,
          [taskId],
        )
      ).map((c) => c.userId),
    );
    const matchTask: MatchTask = {
      posterId: task.posterId,
      requiredSkills: taskSkills.filter((s) => s.required),
      niceToHaveSkills: taskSkills.filter((s) => !s.required),
      learningSuitable: task.learningSuitable,
      estimatedHours: task.estimatedHours,
      startDate: task.startDate,
      endDate: task.endDate,
      location: { type: task.locationType },
    };
    const levels = ['basic', 'advanced', 'expert'];
    const held = new Map<string, Map<string, { level: SkillLevel; demonstrated: boolean }>>();
    for (const s of skills) {
      const mine = held.get(s.userId) ?? new Map<string, { level: SkillLevel; demonstrated: boolean }>();
      const known = mine.get(s.skillId);
      mine.set(s.skillId, {
        level: known && levels.indexOf(known.level) > levels.indexOf(s.level) ? known.level : s.level,
        demonstrated: s.source === 'demonstrated' || (known?.demonstrated ?? false),
      });
      held.set(s.userId, mine);
    }
    const wants = new Map<string, Set<string>>();
    for (const g of goals) wants.set(g.userId, (wants.get(g.userId) ?? new Set<string>()).add(g.skillId));
    const offers: Offer[] = [];
    for (const user of users) {
      const candidate: MatchCandidate = {
        userId: user.id,
        skills: held.get(user.id) ?? new Map(),
        learningGoals: wants.get(user.id) ?? new Set(),
        hoursPerMonth: user.hoursPerMonth,
        locationPreference: user.locationPreference ?? 'any',
        maxDistanceKm: user.maxDistanceKm,
        distanceKm: distanceKm(user, task),
        canSee: canSee(user.organisationId),
        alreadyOn: onIt.has(user.id),
      };
      const match = scoreMatch(matchTask, candidate);
      if (match) offers.push({ userId: user.id, ...match });
    }
    return offers;
  }

  beforeAll(async () => {
    t = await startTestApp({ worker: true });
    matching = new MatchingService(new MatchingRepository(t.db));
    const [a, b, c, d] = await Promise.all(
      ['Utrecht', 'Gouda', 'Zwolle', 'Maastricht'].map((name) =>
        createOrganisation(t.db, { name: `Gemeente Kandidaat ${name}` }),
      ),
    );
    await t.db.query(
      `UPDATE organisations SET municipality = m FROM unnest($1::uuid[], $2::text[]) AS x (id, m) WHERE organisations.id = x.id`,
      [
        [a.id, b.id, c.id, d.id],
        ['Utrecht', 'Gouda', 'Zwolle', 'Maastricht'],
      ],
    );
    Object.assign(org, { b: b.id, d: d.id });
    // A and B share a partnership, B and C another; D is on its own.
    await createPartnership(t.db, [a.id, b.id]);
    const bc = await createPartnership(t.db, [b.id, c.id]);
    const poster = await createUser(t.db, a.id, ['manager']);
    const posterB = await createUser(t.db, b.id, ['manager']);
    for (let i = 1; i <= 6; i++) {
      const [{ id }] = await t.db.query<[{ id: string }]>(
        `INSERT INTO skills (label_nl, verified) VALUES ($1, true) RETURNING id`,
        [`Kandidaatvaardigheid ${i}`],
      );
      skill.push(id);
    }
    // Person n works at A (40 %), B (30 %), C (20 %) or D (10 %); everything else follows from hashes.
    await t.db.query(
      `INSERT INTO users (organisation_id, email, display_name, roles)
       SELECT (ARRAY[$1, $1, $1, $1, $2, $2, $2, $3, $3, $4])[1 + n % 10]::uuid, 'kandidaat-' || n || '@test.nl',
              'Kandidaat ' || n, '{employee}'
         FROM generate_series(1, $5) n`,
      [a.id, b.id, c.id, d.id, PEOPLE],
    );
    /** A number 0 … modulo − 1 that follows from the person's e-mail and `salt` (an SQL expression). */
    const h = (salt: string, modulo: number) => `abs(hashtext(u.email || ${salt})) % ${modulo}`;
    await t.db.query(
      `INSERT INTO user_skills (user_id, skill_id, source, level, confirmed_by)
       SELECT u.id, s.id, src.source, (ARRAY['basic', 'advanced', 'expert'])[1 + ${h("' level ' || s.id || src.source", 3)}],
              CASE WHEN src.source = 'demonstrated' THEN $2::uuid END
         FROM users u CROSS JOIN unnest($1::uuid[]) AS s (id) CROSS JOIN (VALUES ('self'), ('demonstrated')) AS src (source)
        WHERE u.email LIKE 'kandidaat-%'
          AND CASE src.source WHEN 'self' THEN ${h("' self ' || s.id", 3)} = 0 ELSE ${h("' shown ' || s.id", 12)} = 0 END`,
      [skill, poster.id],
    );
    await t.db.query(
      `INSERT INTO learning_goals (user_id, skill_id)
       SELECT u.id, s.id FROM users u CROSS JOIN unnest($1::uuid[]) AS s (id)
        WHERE u.email LIKE 'kandidaat-%' AND ${h("' goal ' || s.id", 8)} = 0`,
      [skill],
    );
    // Nine in ten have a profile. "Nearby" is 1 km (their own municipality only) or 300 km (anywhere).
    await t.db.query(
      `INSERT INTO profiles (user_id, hours_per_month, location_preference, max_distance_km)
       SELECT u.id, (ARRAY[NULL, 0, 4, 20, 80])[1 + ${h("' hours'", 5)}]::int, pref,
              CASE WHEN pref = 'nearby' THEN (ARRAY[1, 300])[1 + ${h("' km'", 2)}] END
         FROM users u, LATERAL (SELECT (ARRAY['remote', 'nearby', 'any'])[1 + ${h("' where'", 3)}] AS pref) p
        WHERE u.email LIKE 'kandidaat-%' AND ${h("' profile'", 10)} <> 0`,
    );
    const insertKlus = async (
      poster: { id: string; organisationId: string },
      fields: Record<string, unknown>,
      skills: [number, boolean][],
    ) => {
      const [{ id }] = await t.db.query<[{ id: string }]>(
        `INSERT INTO tasks (organisation_id, poster_id, title, description, estimated_hours, start_date, end_date,
                            location_type, location_municipality, visibility, partnership_id, learning_suitable,
                            status, published_at)
         VALUES ($1, $2, 'Kandidatenklus', 'Een klus om kandidaten voor te vinden.', $3, current_date + 7,
                 current_date + 40, $4, $5, $6, $7, $8, 'open', now())
         RETURNING id`,
        [
          poster.organisationId,
          poster.id,
          fields['hours'],
          fields['type'],
          fields['municipality'] ?? null,
          fields['visibility'],
          fields['partnership'] ?? null,
          fields['learn'],
        ],
      );
      for (const [index, required] of skills) {
        await t.db.query(`INSERT INTO task_skills (task_id, skill_id, required) VALUES ($1, $2, $3)`, [
          id,
          skill[index],
          required,
        ]);
      }
      return id;
    };
    klus.all = await insertKlus(
      poster,
      { hours: 24, type: 'hybrid', municipality: 'Utrecht', visibility: 'all-partnerships', learn: true },
      [
        [0, true],
        [1, true],
        [2, false],
      ],
    );
    klus.own = await insertKlus(
      poster,
      { hours: 60, type: 'on-site', municipality: 'gouda', visibility: 'organisation', learn: false },
      [
        [3, true],
        [4, false],
        [5, false],
      ],
    );
    klus.partnership = await insertKlus(
      posterB,
      { hours: 8, type: 'remote', visibility: 'partnership', partnership: bc.id, learn: true },
      [
        [0, false],
        [5, false],
      ],
    );
    klus.noSkills = await insertKlus(
      poster,
      { hours: 8, type: 'remote', visibility: 'all-partnerships', learn: true },
      [],
    );
    // Claims on the first klus: live ones take people off the list, ended ones do not.
    await t.db.query(
      `INSERT INTO claims (task_id, user_id, status)
       SELECT $1, u.id, (ARRAY['applied', 'awaiting-consent', 'active', 'withdrawn', 'declined', 'completed'])[1 + n % 6]
         FROM (SELECT id, row_number() OVER (ORDER BY email) AS n FROM users WHERE email LIKE 'kandidaat-%') u
        WHERE u.n % 20 = 0`,
      [klus.all],
    );
    // One in 25 has left (switched off by an admin or SCIM): their skills stay, but nobody asks them.
    await t.db.query(
      `UPDATE users u SET deactivated_at = now() WHERE u.email LIKE 'kandidaat-%' AND ${h("' left'", 25)} = 0`,
    );
    await t.db.query(`ANALYZE`);
  });
  afterAll(async () => {
    await t?.close();
  });

  it('are exactly the people scoreMatch accepts, with the same score and reasons, for every visibility', async () => {
    for (const [name, taskId] of Object.entries(klus)) {
      const want = await expected(taskId);
      const batches = await drain(taskId);
      const got = batches.flat();
      expect(new Set(got.map((o) => o.userId)).size, `${name}: nobody twice`).toBe(got.length);
      expect(byUser(got), name).toEqual(byUser(want));
      if (name === 'noSkills') expect(got).toEqual([]);
      else expect(got.length, name).toBeGreaterThan(50);
    }
  });

  it('follow people who move to another organisation (skills and goals carry it, kept by the database)', async () => {
    const move = (from: string, to: string) =>
      t.db.query<[{ id: string }[], number]>(
        `UPDATE users SET organisation_id = $2
          WHERE id IN (SELECT u.id FROM users u WHERE u.organisation_id = $1 AND u.email LIKE 'kandidaat-%'
                        AND EXISTS (SELECT 1 FROM user_skills us WHERE us.user_id = u.id) ORDER BY u.id LIMIT 100)
          RETURNING id`,
        [from, to],
      );
    const [toB] = await move(org.d, org.b); // into the partnership with C: they now see its klus
    const [toD] = await move(org.b, org.d); // out of it (and out of A's partnership)
    const stale = await t.db.query<[{ n: number }]>(
      `SELECT (SELECT count(*) FROM user_skills s JOIN users u ON u.id = s.user_id WHERE s.organisation_id <> u.organisation_id)
            + (SELECT count(*) FROM learning_goals g JOIN users u ON u.id = g.user_id WHERE g.organisation_id <> u.organisation_id) AS n`,
    );
    expect(Number(stale[0].n)).toBe(0);
    try {
      for (const taskId of [klus.partnership, klus.all]) {
        const got = byUser((await drain(taskId)).flat());
        expect(got).toEqual(byUser(await expected(taskId)));
        if (taskId === klus.partnership) {
          expect(toB.some(({ id }) => got.has(id))).toBe(true);
          expect(toD.some(({ id }) => got.has(id))).toBe(false);
        }
      }
    } finally {
      await t.db.query(`UPDATE users SET organisation_id = $2 WHERE id = ANY ($1::uuid[])`, [
        toB.map(({ id }) => id),
        org.d,
      ]);
      await t.db.query(`UPDATE users SET organisation_id = $2 WHERE id = ANY ($1::uuid[])`, [
        toD.map(({ id }) => id),
        org.b,
      ]);
    }
  });

  it('come in batches of at most 2,000, computed once for all batches', async () => {
    const batches = await drain(klus.all);
    expect(batches.length).toBeGreaterThan(1);
    for (const batch of batches) expect(batch.length).toBeLessThanOrEqual(BATCH_SIZE);
    expect(batches.flat().length).toBeGreaterThan(BATCH_SIZE);
    expect(await openTransactions()).toBe(0);
  });

  it('give their connection back when the caller stops after the first batch, or fails in one', async () => {
    for await (const batch of matching.candidates(klus.all)) {
      expect(batch.length).toBe(BATCH_SIZE);
      break;
    }
    expect(await openTransactions()).toBe(0);
    await expect(
      (async () => {
        for await (const batch of matching.candidates(klus.all)) {
          if (batch.length > 0) throw new Error('the fan-out failed');
        }
      })(),
    ).rejects.toThrow('the fan-out failed');
    expect(await openTransactions()).toBe(0);
    // And the service still answers.
    expect((await drain(klus.own)).flat().length).toBeGreaterThan(0);
  });

  it('are notified once when the match-task job runs again after a crash', async () => {
    const job = t.worker!.get(MatchTaskJob);
    const eventKey = `task.published:${klus.all}`;
    const data = { outboxId: '0', eventKey, event: { type: 'task.published' as const, taskId: klus.all } };
    const stored = async () =>
      (
        await t.db.query<[{ notifications: number; people: number; deliveries: number }]>(
          `SELECT (SELECT count(*)::int FROM notifications WHERE event_key = $1) AS notifications,
                  (SELECT count(DISTINCT user_id)::int FROM notifications WHERE event_key = $1) AS people,
                  (SELECT count(*)::int FROM deliveries WHERE event_key = $1) AS deliveries`,
          [eventKey],
        )
      )[0];
    const candidates = (await drain(klus.all)).flat().length;

    // The first run dies after its first batch (the worker killed mid-fan-out)…
    const progress: number[] = [];
    await expect(
      job.handle(data, (done) => {
        progress.push(done);
        return Promise.reject(new Error('killed'));
      }),
    ).rejects.toThrow('killed');
    expect(progress).toEqual([BATCH_SIZE]);
    expect(await stored()).toEqual({ notifications: BATCH_SIZE, people: BATCH_SIZE, deliveries: BATCH_SIZE });
    expect(await openTransactions()).toBe(0);

    // …the retry walks every batch again and stores only what was missing; a third run stores nothing.
    const done: number[] = [];
    await job.handle(data, (n) => Promise.resolve(void done.push(n)));
    expect(done.at(-1)).toBe(candidates);
    expect(await stored()).toEqual({ notifications: candidates, people: candidates, deliveries: candidates });
    await job.handle(data);
    expect(await stored()).toEqual({ notifications: candidates, people: candidates, deliveries: candidates });
  });
});

/** The great-circle distance the candidates SQL computes, from the person's organisation to the klus. */
function distanceKm(
  from: { latitude: number | null; longitude: number | null },
  to: { latitude: number | null; longitude: number | null },
): number | null {
  if (from.latitude === null || from.longitude === null || to.latitude === null || to.longitude === null) {
    return null;
  }
  const rad = (degrees: number) => (degrees * Math.PI) / 180;
  const a =
    Math.sin(rad(to.latitude - from.latitude) / 2) ** 2 +
    Math.cos(rad(from.latitude)) *
      Math.cos(rad(to.latitude)) *
      Math.sin(rad(to.longitude - from.longitude) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(a));
}
