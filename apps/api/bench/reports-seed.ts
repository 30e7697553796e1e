import type pg from 'pg';
import {
  FIRST_NAMES,
  LAST_NAMES,
  ORGANISATION_PREFIX,
  PLACE_HEADS,
  PLACE_TAILS,
} from '../src/seed/vocabulary.js';

/** A year of history at national scale; every count scales with `scale` (1 = the size). */
export interface ReportsSeedSize {
  organisations: number;
  users: number;
  /** Completed klussen in the year; 2 in 11 klussen expire or are cancelled unclaimed. */
  completed: number;
  skills: number;
  dossiers: number;
}

export const reportsSeedSize = (scale: number): ReportsSeedSize => ({
  organisations: 300,
  users: Math.round(250_000 * scale),
  completed: Math.round(500_000 * scale),
  skills: 400,
  dossiers: Math.round(2_000 * scale),
});

/** Partnerships are groups of 20 neighbouring organisations: 1–20, 21–40, … The first is the one timed. */
export const PARTNERSHIP_SIZE = 20;

const JOB_TITLES = [
  'Beleidsadviseur',
  'Jurist',
  'Archivaris',
  'Communicatieadviseur',
  'Financieel adviseur',
  'Projectleider',
  'Medewerker Burgerzaken',
  'Vergunningverlener',
  'Toezichthouder',
  'Consulent Werk en Inkomen',
  'Informatieadviseur',
  'HR-adviseur',
  'Teamleider',
  'Secretaresse',
  'Data-analist',
];

/**
 * Fills a freshly migrated database, set-based and deterministic (setseed), with a year before
 * `yearEnd`: klussen posted, first claimed some hours later and completed, expired or cancelled;
 * their claims, ledger entries (60 % within the poster's partnership), evaluations, skills and
 * dossiers. Triggers are off while it loads (session_replication_role = replica): the moments a
 * trigger would set are written directly, and the search vectors are not needed here.
 */
export async function seedReports(
  client: pg.ClientBase,
  size: ReportsSeedSize,
  yearEnd: string,
  log: (line: string) => void,
): Promise<void> {
  const step = async (label: string, sql: string, params: unknown[] = []) => {
    const started = performance.now();
    const result = await client.query(sql, params);
    log(`  ${label}: ${result.rowCount ?? 0} rows in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  };
  await client.query(`SELECT setseed(0.2026)`);
  await client.query(`SET session_replication_role = replica`);
  const orgName = `(${pgText(ORGANISATION_PREFIX.municipality)} || ' ' ||
    (${pgArray(PLACE_HEADS)})[1 + (g - 1) % ${PLACE_HEADS.length}] ||
    (${pgArray(PLACE_TAILS)})[1 + ((g - 1) / ${PLACE_HEADS.length}) % ${PLACE_TAILS.length}] || ' ' || g)`;
  await step(
    'organisations',
    `INSERT INTO organisations (id, name, slug, kind)
     SELECT ('00000000-0000-4000-8000-' || lpad(to_hex(g), 12, '0'))::uuid, ${orgName}, 'org-' || g, 'municipality'
       FROM generate_series(1, $1::int) g`,
    [size.organisations],
  );
  await step(
    'partnerships',
    `INSERT INTO partnerships (id, name, slug)
     SELECT ('00000000-0000-4000-9000-' || lpad(to_hex(g), 12, '0'))::uuid, 'Regio ' || g, 'regio-' || g
       FROM generate_series(1, $1::int / ${PARTNERSHIP_SIZE}) g`,
    [size.organisations],
  );
  await step(
    'partnership members',
    `INSERT INTO partnership_members (partnership_id, organisation_id)
     SELECT ('00000000-0000-4000-9000-' || lpad(to_hex(1 + (g - 1) / ${PARTNERSHIP_SIZE}), 12, '0'))::uuid,
            ('00000000-0000-4000-8000-' || lpad(to_hex(g), 12, '0'))::uuid
       FROM generate_series(1, $1::int) g`,
    [size.organisations],
  );
  await step(
    'users',
    `INSERT INTO users (id, organisation_id, email, display_name, job_title, roles)
     SELECT ('00000000-0000-4000-a000-' || lpad(to_hex(g), 12, '0'))::uuid,
            ('00000000-0000-4000-8000-' || lpad(to_hex(1 + (g - 1) % $2::int), 12, '0'))::uuid,
            'u' || g || '@bench.klussenbank.test',
            (${pgArray(FIRST_NAMES)})[1 + g % ${FIRST_NAMES.length}] || ' ' ||
              (${pgArray(LAST_NAMES)})[1 + (g / 7) % ${LAST_NAMES.length}],
            (${pgArray(JOB_TITLES)})[1 + (g * 7 + g / 300) % ${JOB_TITLES.length}],
            ARRAY['employee']
       FROM generate_series(1, $1::int) g`,
    [size.users, size.organisations],
  );
  await step(
    'skills',
    `INSERT INTO skills (id, label_nl, label_en)
     SELECT ('00000000-0000-4000-b000-' || lpad(to_hex(g), 12, '0'))::uuid, 'Vaardigheid ' || g, 'Skill ' || g
       FROM generate_series(1, $1::int) g`,
    [size.skills],
  );
  // Skewed: low numbers are common, so the gap has a shape.
  const skill = (expr: string) =>
    `('00000000-0000-4000-b000-' || lpad(to_hex(1 + floor(${size.skills} * power(${expr}, 2))::int), 12, '0'))::uuid`;
  await step(
    'user skills (self, one per person)',
    `INSERT INTO user_skills (user_id, organisation_id, skill_id, source, level, created_at)
     SELECT u.id, u.organisation_id, ${skill('random()')}, 'self', 'basic', $1::date - 400
       FROM users u`,
    [yearEnd],
  );
  const total = Math.round((size.completed * 11) / 9);
  // One row per klus with its moments; status by ordinal: 2 in 11 expire or are cancelled, unclaimed.
  await step(
    'tasks',
    `INSERT INTO tasks (id, organisation_id, poster_id, title, description, estimated_hours, start_date, end_date,
                        location_type, capacity, taken, status, published_at, first_claimed_at, closed_at,
                        learning_suitable, created_at)
     SELECT ('00000000-0000-4000-c000-' || lpad(to_hex(g), 12, '0'))::uuid, org, poster, 'Klus ' || g, 'Een klus',
            8, published::date, published::date + 30, 'remote', 1,
            CASE WHEN kind = 'completed' THEN 1 ELSE 0 END, kind, published,
            CASE WHEN kind = 'completed' THEN published + make_interval(hours => claim_hours) END,
            CASE WHEN kind = 'completed' THEN published + make_interval(hours => claim_hours, days => 5 + g % 40)
                 ELSE published + make_interval(days => 20 + g % 10) END,
            g % 9 = 0, published
       FROM (SELECT g,
                    ('00000000-0000-4000-8000-' || lpad(to_hex(1 + (g::bigint * 7919) % $3::int), 12, '0'))::uuid AS org,
                    ('00000000-0000-4000-a000-' || lpad(to_hex(1 + (g::bigint * 7919) % $3::int + $3::int * (g % 50)), 12, '0'))::uuid
                      AS poster,
                    ($2::date - 365 - 40 + (random() * 365)::int)::timestamp AT TIME ZONE 'Europe/Amsterdam'
                      + make_interval(hours => 8 + (g % 9)) AS published,
                    CASE WHEN g % 11 = 0 THEN 'expired' WHEN g % 11 = 5 THEN 'cancelled' ELSE 'completed' END AS kind,
                    (1 + floor(power(random(), 3) * 200))::int AS claim_hours
               FROM generate_series(1, $1::int) g) s`,
    [total, yearEnd, size.organisations],
  );
  await step(
    'task skills',
    `INSERT INTO task_skills (task_id, skill_id, required)
     SELECT t.id, ${skill('random()')}, true FROM tasks t`,
  );
  // The participant: from the poster's partnership 6 times in 10, else from anywhere; a tenth internal.
  await step(
    'claims',
    `INSERT INTO claims (id, task_id, user_id, status, actual_hours, created_at)
     SELECT gen_random_uuid(), t.id,
            ('00000000-0000-4000-a000-' || lpad(to_hex(p.org_ordinal + $1::int * (abs(hashint4(t.ordinal)) % ($2::int / $1::int))), 12, '0'))::uuid,
            'completed', 1 + (t.ordinal % 16), t.first_claimed_at
       FROM (SELECT id, first_claimed_at, organisation_id,
                    ('x' || right(id::text, 12))::bit(48)::bigint::int AS ordinal,
                    ('x' || right(organisation_id::text, 12))::bit(48)::bigint::int AS poster_org
               FROM tasks WHERE status = 'completed') t,
            LATERAL (SELECT CASE
                       WHEN t.ordinal % 10 = 0 THEN t.poster_org
                       WHEN t.ordinal % 10 < 7 THEN ((t.poster_org - 1) / ${PARTNERSHIP_SIZE}) * ${PARTNERSHIP_SIZE}
                                                    + 1 + abs(hashint4(t.ordinal + 1)) % ${PARTNERSHIP_SIZE}
                       ELSE 1 + (t.ordinal * 131) % $1::int END AS org_ordinal) p`,
    [size.organisations, size.users],
  );
  await step(
    'ledger entries (one original per participant, dated on the completion day)',
    `INSERT INTO ledger_entries (task_id, participant_id, giving_organisation_id, receiving_organisation_id,
                                 hours, entry_date, kind, state, created_at, created_by)
     SELECT t.id, c.user_id, u.organisation_id, t.organisation_id, c.actual_hours,
            (t.closed_at AT TIME ZONE 'Europe/Amsterdam')::date, 'original', 'recorded', t.closed_at, t.poster_id
       FROM tasks t JOIN claims c ON c.task_id = t.id JOIN users u ON u.id = c.user_id
      WHERE t.status = 'completed'`,
  );
  await step(
    'evaluations (the poster of every other completed klus)',
    `INSERT INTO evaluations (task_id, author_id, subject_id, author_organisation_id, subject_organisation_id,
                              score, went_well, created_at)
     SELECT t.id, t.poster_id, c.user_id, t.organisation_id, u.organisation_id, 2 + floor(random() * 4)::int,
            CASE WHEN random() < 0.3 THEN 'Goed samengewerkt' END, t.closed_at + interval '1 day'
       FROM tasks t JOIN claims c ON c.task_id = t.id JOIN users u ON u.id = c.user_id
      WHERE t.status = 'completed' AND c.user_id <> t.poster_id AND random() < 0.5`,
  );
  await step(
    'learning goals (one person in 20)',
    `INSERT INTO learning_goals (user_id, organisation_id, skill_id)
     SELECT u.id, u.organisation_id, ${skill('random()')} FROM users u WHERE random() < 0.05
     ON CONFLICT DO NOTHING`,
  );
  await step(
    'demonstrated skills (from one completed klus in 10)',
    `INSERT INTO user_skills (user_id, organisation_id, skill_id, source, level, task_id, confirmed_by, created_at)
     SELECT DISTINCT ON (c.user_id, ts.skill_id) c.user_id, u.organisation_id, ts.skill_id, 'demonstrated', 'basic',
            t.id, t.poster_id, t.closed_at + interval '2 days'
       FROM tasks t JOIN claims c ON c.task_id = t.id JOIN users u ON u.id = c.user_id
       JOIN task_skills ts ON ts.task_id = t.id
      WHERE t.status = 'completed' AND random() < 0.1
     ON CONFLICT DO NOTHING`,
  );
  await step(
    'dossiers',
    `INSERT INTO dossiers (id, partnership_id, title, goal, status, start_date, end_date, created_by)
     SELECT ('00000000-0000-4000-d000-' || lpad(to_hex(g), 12, '0'))::uuid,
            ('00000000-0000-4000-9000-' || lpad(to_hex(1 + g % ($2::int / ${PARTNERSHIP_SIZE})), 12, '0'))::uuid,
            'Dossier ' || g, 'Samen verder', CASE WHEN g % 3 = 0 THEN 'completed' ELSE 'active' END,
            $3::date - 365 + (g % 300), CASE WHEN g % 3 = 0 THEN $3::date - 300 + (g % 300) END,
            ('00000000-0000-4000-a000-' || lpad(to_hex(1 + g), 12, '0'))::uuid
       FROM generate_series(1, $1::int) g`,
    [size.dossiers, size.organisations, yearEnd],
  );
  await step(
    'dossier members (six per dossier, from its partnership)',
    `INSERT INTO dossier_members (dossier_id, user_id, role, status)
     SELECT d.id, ('00000000-0000-4000-a000-' || lpad(to_hex(
              ((('x' || right(d.partnership_id::text, 12))::bit(48)::bigint::int - 1) * ${PARTNERSHIP_SIZE} + 1 + (k * 7 + g) % ${PARTNERSHIP_SIZE})
              + $1::int * (k + g % 40)), 12, '0'))::uuid,
            CASE WHEN k = 0 THEN 'trekker' ELSE 'member' END, 'active'
       FROM (SELECT id, partnership_id, ('x' || right(id::text, 12))::bit(48)::bigint::int AS g FROM dossiers) d,
            generate_series(0, 5) k
     ON CONFLICT DO NOTHING`,
    [size.organisations],
  );
  await step(
    'checkpoints (two per dossier, one held)',
    `INSERT INTO dossier_checkpoints (dossier_id, title, planned_on, status, held_on)
     SELECT d.id, 'IJkmoment ' || k, d.start_date + 90 * k, CASE WHEN k = 1 THEN 'held' ELSE 'planned' END,
            CASE WHEN k = 1 THEN d.start_date + 90 END
       FROM dossiers d, generate_series(1, 2) k`,
  );
  await client.query(`SET session_replication_role = origin`);
}

const pgText = (value: string) => `'${value.replace(/'/g, "''")}'`;
const pgArray = (values: readonly string[]) => `ARRAY[${values.map(pgText).join(', ')}]::text[]`;
