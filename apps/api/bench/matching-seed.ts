import type pg from 'pg';
import {
  ORGANISATION_PREFIX,
  PARTNERSHIP_PREFIX,
  SKILL_BASES,
  SKILL_DOMAINS,
  THEME_NAMES,
} from '../src/seed/vocabulary.js';
import { sqlArray } from './seed.js';

/**
 * The network the matching benchmark publishes into. Sizes come from the environment so the script
 * can be tried small (BENCH_USERS=20000); the figures in docs/matching-performance.md use the defaults.
 */
export interface MatchingSeedSize {
  organisations: number;
  users: number;
  skills: number;
}

/** Regional partnerships: organisation o is in region 1 + (o - 1) % REGIONS. */
const REGIONS = 20;
/**
 * Thematic partnerships (inkoop, ICT, sociaal domein, …): organisation o is in theme t when
 * (o + 3t) % 10 is 0 or 1, so in exactly two themes of 60 organisations each. A klus visible to all
 * partnerships of its organisation is then seen by 90 of the 300 organisations (30 %).
 */
const THEMES = 10;
const MANAGERS_PER_ORGANISATION = 5;
/** Skills a person holds: 1–12 (6.5 on average); learning goals: 0–3 (1.5 on average). */
const SKILLS_PER_USER = 12;
const GOALS_PER_USER = 4;
/**
 * Skill popularity: the skill of one draw has rank floor(skills × random()^SKEW), a long tail with a
 * popular head (rank 0, "Excel", is held by about a third of the people, rank 1 by 11 %, the median
 * skill by about 300 and the rarest by about 180 of 250,000). Learning goals are a little less
 * concentrated.
 */
const SKILL_SKEW = 3;
const GOAL_SKEW = 2.5;
/**
 * The benchmark klus asks skill ranks 1 and 2 (required) and 3 (nice to have), and is suitable to
 * learn: about 26 % of the people hold one of them or want to learn one, so ≈ 19,800 of the 75,000
 * who can see it match at 250,000 users (and about 8 % of any smaller BENCH_USERS).
 */
export const KLUS_SKILL_ORDINALS = { required: [2, 3], niceToHave: [4] } as const;
/** The organisation that posts the benchmark klus, and its poster (that organisation's first manager). */
export const POSTER_ORGANISATION = 1;

/** Ids are derived from ordinals (md5, so they are as unordered as gen_random_uuid's). */
export const userId = (n: string | number) => `md5('kb-user-' || ${n})::uuid`;
export const skillId = (n: string | number) => `md5('kb-skill-' || ${n})::uuid`;
const organisationId = (n: string | number) => `md5('kb-org-' || ${n})::uuid`;
const partnershipId = (n: string | number) => `md5('kb-partnership-' || ${n})::uuid`;

/** The poster of the benchmark klus: the first manager of POSTER_ORGANISATION. */
export const POSTER_SQL = userId(POSTER_ORGANISATION);
export const POSTER_ORGANISATION_SQL = organisationId(POSTER_ORGANISATION);

/**
 * Fills a freshly migrated database set-based (generate_series, INSERT … SELECT): organisations in
 * partnerships, users with profiles, skills with levels, learning goals and notification preferences,
 * and the reference klus (whose id it answers); then VACUUM ANALYZE and a CHECKPOINT. `second` is
 * another connection, used for the big inserts that can run side by side (2 cores). Deterministic
 * (setseed, hashtext).
 */
export async function seedMatching(
  client: pg.ClientBase,
  second: pg.ClientBase,
  size: MatchingSeedSize,
  log: (line: string) => void,
): Promise<string> {
  const { organisations: O, users: U, skills: S } = size;
  if (U < O * MANAGERS_PER_ORGANISATION) throw new Error('BENCH_USERS is too small for the organisations');
  const step = async (label: string, sql: string, on = client) => {
    const started = performance.now();
    const result = await on.query(sql);
    log(`  ${label}: ${result.rowCount ?? 0} rows in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  };
  await client.query(`SELECT setseed(0.2026)`);
  await second.query(`SELECT setseed(0.1974)`);

  // Organisations sit in one of the municipalities the profiles migration knows, for "nearby".
  await step(
    'organisations',
    `INSERT INTO organisations (id, name, slug, kind, municipality)
     SELECT ${organisationId('o')}, '${ORGANISATION_PREFIX.municipality} Bench ' || o, 'bench-' || o,
            CASE WHEN o % 25 = 0 THEN 'shared-service-centre' ELSE 'municipality' END,
            m.names[1 + (o - 1) % cardinality(m.names)]
       FROM generate_series(1, ${O}) o,
            (SELECT array_agg(name ORDER BY name) AS names FROM municipalities) m`,
  );
  await step(
    'partnerships',
    `INSERT INTO partnerships (id, name, slug, description)
     SELECT ${partnershipId('p')},
            CASE WHEN p <= ${REGIONS} THEN '${PARTNERSHIP_PREFIX.region} ' || p ELSE '${PARTNERSHIP_PREFIX.theme} ' || themes[p - ${REGIONS}] END,
            'bench-' || p, 'Benchmark'
       FROM generate_series(1, ${REGIONS + THEMES}) p, (SELECT ${sqlArray(THEME_NAMES)} AS themes) w`,
  );
  await step(
    'partnership members',
    `INSERT INTO partnership_members (partnership_id, organisation_id)
     SELECT ${partnershipId('1 + (o - 1) % ' + REGIONS)}, ${organisationId('o')} FROM generate_series(1, ${O}) o
     UNION ALL
     SELECT ${partnershipId(`${REGIONS} + t`)}, ${organisationId('o')}
       FROM generate_series(1, ${O}) o, generate_series(1, ${THEMES}) t WHERE (o + 3 * t) % 10 IN (0, 1)`,
  );

  // User n works at organisation 1 + (n - 1) % O; the first five of each organisation are managers.
  const managers = O * MANAGERS_PER_ORGANISATION;
  const users = (from: number, to: number, on: pg.ClientBase) =>
    step(
      `users ${from}–${to}`,
      `INSERT INTO users (id, organisation_id, email, display_name, job_title, roles)
       SELECT ${userId('n')}, ${organisationId('1 + (n - 1) % ' + O)},
              'medewerker' || n || '@bench-' || (1 + (n - 1) % ${O}) || '.nl',
              'Medewerker ' || n,
              CASE WHEN n <= ${managers} THEN 'Teamleider' ELSE 'Adviseur' END,
              CASE WHEN n <= ${managers} THEN ARRAY['employee', 'manager'] ELSE ARRAY['employee'] END
         FROM generate_series(${from}, ${to}) n`,
      on,
    );
  const half = Math.floor(U / 2);
  await Promise.all([users(1, half, client), users(half + 1, U, second)]);

  await step(
    'skills (with a preferred Dutch label)',
    `WITH w AS (SELECT ${sqlArray(SKILL_BASES)} AS bases, ${sqlArray(SKILL_DOMAINS)} AS domains),
     s AS (
       INSERT INTO skills (id, esco_uri, label_nl, category, verified)
       SELECT ${skillId('r')},
              CASE WHEN r % 5 <> 0 THEN 'http://data.europa.eu/esco/skill/bench-' || r END,
              CASE WHEN r <= cardinality(w.bases) THEN w.bases[r]
                   ELSE w.bases[1 + (r - 1) % cardinality(w.bases)] || ' (' ||
                        w.domains[1 + ((r - 1) / cardinality(w.bases) - 1) % cardinality(w.domains)] ||
                        CASE WHEN r > cardinality(w.bases) * (cardinality(w.domains) + 1)
                             THEN ' ' || ((r - 1) / (cardinality(w.bases) * (cardinality(w.domains) + 1)) + 1)
                             ELSE '' END || ')' END,
              CASE WHEN r % 3 = 0 THEN 'knowledge' ELSE 'skill/competence' END,
              r % 5 <> 0
         FROM generate_series(1, ${S}) r, w
       RETURNING id, label_nl
     )
     INSERT INTO skill_labels (skill_id, lang, label, kind) SELECT id, 'nl', label_nl, 'preferred' FROM s`,
  );

  // Skill ordinal of one draw: 1 + floor(S × random()^skew) (see SKILL_SKEW).
  const userSkills = step(
    'user skills (1–12 a person, levels; 5 % demonstrated)',
    `INSERT INTO user_skills (user_id, skill_id, source, level, confirmed_by)
     SELECT ${userId('n')}, ${skillId(`1 + floor(${S} * power(random(), ${SKILL_SKEW}))::int`)},
            CASE WHEN d THEN 'demonstrated' ELSE 'self' END,
            CASE WHEN l < 0.35 THEN 'basic' WHEN l < 0.8 THEN 'advanced' ELSE 'expert' END,
            CASE WHEN d THEN ${userId(`1 + (n - 1) % ${O} + ${O}`)} END
       FROM generate_series(1, ${U}) n
       CROSS JOIN LATERAL generate_series(1, 1 + abs(hashtext('skills ' || n)) % ${SKILLS_PER_USER}) k
       CROSS JOIN LATERAL (SELECT random() < 0.05 AS d, random() AS l, k AS per_row) r
     ON CONFLICT DO NOTHING`,
  );
  const theRest = (async () => {
    await step(
      'profiles (hours a month, where one likes to work)',
      `INSERT INTO profiles (user_id, hours_per_month, location_preference, max_distance_km)
       SELECT ${userId('n')},
              CASE WHEN h < 0.25 THEN NULL ELSE (ARRAY[4, 8, 8, 12, 16, 16, 24, 32, 40])[1 + floor(h * 100)::int % 9] END,
              CASE WHEN p < 0.5 THEN 'any' WHEN p < 0.75 THEN 'remote' ELSE 'nearby' END,
              CASE WHEN p >= 0.75 THEN (ARRAY[10, 25, 50, 100])[1 + floor(p * 1000)::int % 4] END
         FROM generate_series(1, ${U}) n, LATERAL (SELECT random() AS h, random() AS p, n AS per_row) r`,
      second,
    );
    await step(
      'learning goals (0–3 a person)',
      `INSERT INTO learning_goals (user_id, skill_id)
       SELECT ${userId('n')}, ${skillId(`1 + floor(${S} * power(random(), ${GOAL_SKEW}))::int`)}
         FROM generate_series(1, ${U}) n
         CROSS JOIN LATERAL generate_series(1, abs(hashtext('goals ' || n)) % ${GOALS_PER_USER}) k
       ON CONFLICT DO NOTHING`,
      second,
    );
    // No row is "immediately". In the app: 5 % off, 10 % chose "immediately" explicitly. By e-mail:
    // 25 % no row and 5 % chose it (30 % immediately), 40 % daily, 15 % weekly, 15 % off.
    await step(
      'notification preferences',
      `INSERT INTO notification_preferences (user_id, channel, rhythm)
       SELECT ${userId('n')}, c.channel, c.rhythm
         FROM generate_series(1, ${U}) n
         CROSS JOIN LATERAL (SELECT random() AS a, random() AS e, n AS per_row) r
         CROSS JOIN LATERAL (VALUES
           ('in-app', CASE WHEN r.a < 0.05 THEN 'off' WHEN r.a < 0.15 THEN 'immediately' END),
           ('email', CASE WHEN r.e < 0.25 THEN NULL WHEN r.e < 0.30 THEN 'immediately' WHEN r.e < 0.70 THEN 'daily'
                          WHEN r.e < 0.85 THEN 'weekly' ELSE 'off' END)) AS c (channel, rhythm)
        WHERE c.rhythm IS NOT NULL`,
      second,
    );
  })();
  await Promise.all([userSkills, theRest]);

  // The klus whose candidates are timed on their own (the end-to-end runs publish copies of it).
  const [reference] = (await client.query<{ id: string }>(KLUS_SQL.insert, [REFERENCE_TITLE])).rows;
  if (!reference) throw new Error('The reference klus was not inserted');
  await client.query(KLUS_SQL.skills, [reference.id]);

  const started = performance.now();
  await client.query('VACUUM (ANALYZE)');
  log(`  vacuum analyze in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  // The seed wrote more WAL than max_wal_size, so a checkpoint would otherwise still be writing the
  // seeded pages out while the first phases are timed. A server that is not being bulk-loaded is
  // not doing that; flush now. (Needs superuser or pg_checkpoint; without, it is only logged.)
  const flushing = performance.now();
  await client.query('CHECKPOINT').then(
    () => log(`  checkpoint in ${((performance.now() - flushing) / 1000).toFixed(1)} s`),
    (error: unknown) =>
      log(`  no checkpoint (${String(error)}): the first phases may share the disk with one`),
  );
  return reference.id;
}

const REFERENCE_TITLE = 'Projectplan warmtetransitie (referentie)';

/**
 * The benchmark klus: an open klus of the poster organisation, hybrid in Utrecht, 24 hours over
 * seven weeks, visible to all partnerships, suitable to learn, with the benchmark skills. `insert`
 * takes the title ($1); `skills` the klus's id ($1). Every copy has the same audience and skills, so
 * the same people match.
 */
export const KLUS_SQL = {
  insert: `
    INSERT INTO tasks (organisation_id, poster_id, title, description, estimated_hours, start_date, end_date,
                       location_type, location_municipality, location_address, capacity, claim_mode, visibility,
                       learning_suitable, status, published_at)
    VALUES (${POSTER_ORGANISATION_SQL}, ${POSTER_SQL}, $1,
            'Wij zoeken iemand die het projectplan voor de warmtetransitie mee opstelt en de bewonersavonden voorbereidt.',
            24, current_date + 7, current_date + 56, 'hybrid', 'Utrecht', 'Stadsplateau 1, Utrecht', 2, 'instant',
            'all-partnerships', true, 'open', now())
    RETURNING id`,
  skills: `
    INSERT INTO task_skills (task_id, skill_id, required)
    SELECT $1, ${skillId('s.ordinal')}, s.required
      FROM (VALUES ${[
        ...KLUS_SKILL_ORDINALS.required.map((o) => `(${o}, true)`),
        ...KLUS_SKILL_ORDINALS.niceToHave.map((o) => `(${o}, false)`),
      ].join(', ')}) AS s (ordinal, required)`,
};
