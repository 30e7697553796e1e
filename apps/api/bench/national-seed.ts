import { createHash } from 'node:crypto';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { PasswordService } from '../src/auth/password.service.js';
import { dataSourceOptions } from '../src/database/data-source-options.js';
import {
  DESCRIPTION_CONTEXTS,
  DESCRIPTION_NEEDS,
  DESCRIPTION_WORK,
  DISTRICTS,
  FIRST_NAMES,
  LAST_NAMES,
  ORGANISATION_PREFIX,
  PARTNERSHIP_PREFIX,
  SKILL_BASES,
  SKILL_DOMAINS,
  TASK_ACTIONS,
  TASK_SUBJECTS,
  THEME_NAMES,
} from '../src/seed/vocabulary.js';

/*
 * The one national-scale data set every benchmark seeds (issue 17): 300 organisations in regional
 * and thematic partnerships, 250,000 people with skills, learning goals, profiles and notification
 * preferences, a year of closed klussen (500,000 completed, with their claims, ledger hours,
 * evaluations and demonstrated skills), the klussen of today (20,000 open or full, 8,000 in
 * progress), and dossiers with teams and checkpoints. Set-based SQL (generate_series, multi-row
 * INSERT … SELECT), deterministic (setseed and hashes). BENCH_SCALE scales the people, the klussen
 * and the dossiers (0.05 to try it); organisations, partnerships and skills stay national.
 */

export interface NationalSize {
  organisations: number;
  users: number;
  skills: number;
  /** The klussen of today: the newest are open or full, the ones before in progress. */
  openOrFull: number;
  inProgress: number;
  /** Klussen closed in the year of history: 9 in 11 completed, the others expired or cancelled. */
  closed: number;
  dossiers: number;
}

/** BENCH_SCALE from the environment (1 = the issue's national scale). */
export function benchScale(): number {
  const scale = Number(process.env['BENCH_SCALE'] ?? 1);
  if (!Number.isFinite(scale) || scale <= 0 || scale > 4) throw new Error('BENCH_SCALE must be in (0, 4]');
  return scale;
}

export const nationalSize = (scale = benchScale()): NationalSize => ({
  organisations: 300,
  users: Math.max(12_000, Math.round(250_000 * scale)),
  skills: 3_000,
  openOrFull: Math.max(200, Math.round(20_000 * scale)),
  inProgress: Math.max(80, Math.round(8_000 * scale)),
  closed: Math.max(1_100, Math.round((500_000 * 11 * scale) / 9)),
  dossiers: Math.max(60, Math.round(2_000 * scale)),
});

export const BENCH_PASSWORD = 'bench-Wachtwoord-2026';
export const MANAGERS_PER_ORGANISATION = 5;
/** Regional partnerships are 20 neighbouring organisations: 1–20, 21–40, … */
export const REGION_SIZE = 20;
/**
 * Thematic partnerships: organisation o is in theme t when (o + 3t) % 10 is 0 or 1, so in exactly
 * two themes of 60 organisations each (with 300 organisations).
 */
const THEMES = THEME_NAMES.length;
/** Skills a person holds: 1–12 (6.5 on average); learning goals: 0–3 (1.5 on average). */
const SKILLS_PER_USER = 12;
const GOALS_PER_USER = 4;
/**
 * Skill popularity: one draw has rank 1 + floor(skills × random()^skew): a popular head (rank 1,
 * "Excel", is held by about a third of the people) and a long tail.
 */
const SKILL_SKEW = 3;
const GOAL_SKEW = 2.5;
const HOURS = [2, 4, 6, 8, 12, 16, 16, 24, 24, 32, 40, 40, 60, 80, 120, 200];
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
  'Secretaresse',
  'Data-analist',
];

export const regions = (size: NationalSize) => Math.ceil(size.organisations / REGION_SIZE);

// Ids from ordinals, all valid version-4 UUIDs (the API's validation asks that). Organisations,
// partnerships and dossiers (small tables) are readable; people, skills and klussen are md5 hashes
// with the version and variant set, as unordered as gen_random_uuid's.
const ordinalUuid = (group: string, n: number) =>
  `00000000-0000-4000-${group}-${n.toString(16).padStart(12, '0')}`;
const ordinalSql = (group: string, n: string | number) =>
  `('00000000-0000-4000-${group}-' || lpad(to_hex(${n}), 12, '0'))::uuid`;
const md5Uuid = (text: string) =>
  createHash('md5')
    .update(text)
    .digest('hex')
    .replace(/^(.{8})(.{4}).(.{3}).(.{3})(.{12})$/, '$1-$2-4$3-8$4-$5');
const md5UuidSql = (text: string) =>
  `overlay(overlay(md5(${text}) placing '4' from 13) placing '8' from 17)::uuid`;

export const organisationId = (n: number) => ordinalUuid('8000', n);
export const organisationIdSql = (n: string | number) => ordinalSql('8000', n);
export const partnershipId = (n: number) => ordinalUuid('9000', n);
export const partnershipIdSql = (n: string | number) => ordinalSql('9000', n);
export const dossierIdSql = (n: string | number) => ordinalSql('a000', n);
export const userId = (n: number) => md5Uuid(`kb-user-${n}`);
export const userIdSql = (n: string | number) => md5UuidSql(`'kb-user-' || ${n}`);
export const skillIdSql = (n: string | number) => md5UuidSql(`'kb-skill-' || ${n}`);
const taskIdSql = (n: string | number) => md5UuidSql(`'kb-task-' || ${n}`);
/** Person n works at organisation 1 + (n - 1) % organisations; the first five of each are managers. */
export const userEmail = (n: number, size: NationalSize) =>
  `medewerker${n}@org-${1 + ((n - 1) % size.organisations)}.nl`;

/** A text[] literal for set-based SQL. */
export const sqlArray = (values: readonly string[]) =>
  `ARRAY[${values.map((v) => `'${v.replace(/'/g, "''")}'`).join(', ')}]::text[]`;

/**
 * The first day of the current quarter: the year of closed klussen ends 40 days before it, so the
 * quarter before it (reportPeriod) is history in full.
 */
export function historyEnd(today = new Date()): string {
  const month = Math.floor(today.getUTCMonth() / 3) * 3;
  return new Date(Date.UTC(today.getUTCFullYear(), month, 1)).toISOString().slice(0, 10);
}
/** The last complete quarter, e.g. "2026-Q3" in December 2026. */
export function reportPeriod(today = new Date()): string {
  const end = new Date(`${historyEnd(today)}T00:00:00Z`);
  end.setUTCMonth(end.getUTCMonth() - 3);
  return `${end.getUTCFullYear()}-Q${1 + Math.floor(end.getUTCMonth() / 3)}`;
}

export interface SeedOptions {
  size: NationalSize;
  /** The password hash every person gets (of BENCH_PASSWORD). */
  passwordHash: string;
  log: (line: string) => void;
}

/**
 * Fills a freshly migrated database. `second` is another connection for the inserts that can run
 * side by side (2 cores). Ends with VACUUM ANALYZE and a CHECKPOINT; answers the seconds it took.
 */
export async function seedNational(
  client: pg.ClientBase,
  second: pg.ClientBase,
  { size, passwordHash, log }: SeedOptions,
): Promise<number> {
  const { organisations: O, users: U, skills: S } = size;
  const R = regions(size);
  if (U < O * (MANAGERS_PER_ORGANISATION + 6)) throw new Error('Too few people for the organisations');
  const began = performance.now();
  const step = async (label: string, sql: string, params: unknown[] = [], on = client) => {
    const started = performance.now();
    const result = await on.query(sql, params);
    log(`  ${label}: ${result.rowCount ?? 0} rows in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  };
  await client.query(`SELECT setseed(0.2026)`);
  await second.query(`SELECT setseed(0.1974)`);
  const end = historyEnd();

  // Organisations sit in the municipalities the profiles migration knows ("nearby" in matching).
  await step(
    'organisations',
    `INSERT INTO organisations (id, name, slug, kind, municipality)
     SELECT ${organisationIdSql('o')},
            CASE WHEN o % 25 = 0 THEN '${ORGANISATION_PREFIX['shared-service-centre']}'
                 WHEN o % 37 = 0 THEN '${ORGANISATION_PREFIX['joint-body']}'
                 ELSE '${ORGANISATION_PREFIX.municipality}' END || ' ' || m.names[1 + (o - 1) % cardinality(m.names)]
              || CASE WHEN o > cardinality(m.names) THEN ' ' || o ELSE '' END,
            'org-' || o,
            CASE WHEN o % 25 = 0 THEN 'shared-service-centre' WHEN o % 37 = 0 THEN 'joint-body' ELSE 'municipality' END,
            m.names[1 + (o - 1) % cardinality(m.names)]
       FROM generate_series(1, ${O}) o, (SELECT array_agg(name ORDER BY name) AS names FROM municipalities) m`,
  );
  await step(
    'partnerships (regions of 20 neighbours, themes)',
    `INSERT INTO partnerships (id, name, slug, description)
     SELECT ${partnershipIdSql('p')},
            CASE WHEN p <= ${R} THEN '${PARTNERSHIP_PREFIX.region} ' || p
                 ELSE '${PARTNERSHIP_PREFIX.theme} ' || themes[p - ${R}] END,
            'bench-' || p, 'Samenwerkingsverband ' || p
       FROM generate_series(1, ${R + THEMES}) p, (SELECT ${sqlArray(THEME_NAMES)} AS themes) w`,
  );
  await step(
    'partnership members',
    `INSERT INTO partnership_members (partnership_id, organisation_id)
     SELECT ${partnershipIdSql(`1 + (o - 1) / ${REGION_SIZE}`)}, ${organisationIdSql('o')} FROM generate_series(1, ${O}) o
     UNION ALL
     SELECT ${partnershipIdSql(`${R} + t`)}, ${organisationIdSql('o')}
       FROM generate_series(1, ${O}) o, generate_series(1, ${THEMES}) t WHERE (o + 3 * t) % 10 IN (0, 1)`,
  );

  const managers = O * MANAGERS_PER_ORGANISATION;
  const users = (label: string, from: number, to: number, on: pg.ClientBase) =>
    step(
      label,
      `INSERT INTO users (id, organisation_id, email, display_name, job_title, password_hash, roles)
       SELECT ${userIdSql('n')}, ${organisationIdSql(`1 + (n - 1) % ${O}`)},
              'medewerker' || n || '@org-' || (1 + (n - 1) % ${O}) || '.nl',
              w.firsts[1 + n % cardinality(w.firsts)] || ' ' || w.lasts[1 + (n / 7) % cardinality(w.lasts)],
              CASE WHEN n <= ${managers} THEN 'Teamleider'
                   ELSE w.titles[1 + (n * 7 + n / ${O}) % cardinality(w.titles)] END,
              $1,
              CASE WHEN n <= ${managers} THEN ARRAY['employee', 'manager'] ELSE ARRAY['employee'] END
         FROM generate_series(${from}, ${to}) n,
              (SELECT ${sqlArray(FIRST_NAMES)} AS firsts, ${sqlArray(LAST_NAMES)} AS lasts,
                      ${sqlArray(JOB_TITLES)} AS titles) w`,
      [passwordHash],
      on,
    );
  await users('people (managers)', 1, managers, client);
  // The other people go in on the second connection while the taxonomy and the klussen go in here.
  const employees = users('people (employees, in parallel)', managers + 1, U, second);

  await step(
    'skills (with a preferred Dutch label)',
    `WITH w AS (SELECT ${sqlArray(SKILL_BASES)} AS bases, ${sqlArray(SKILL_DOMAINS)} AS domains),
     s AS (
       INSERT INTO skills (id, esco_uri, label_nl, category, verified)
       SELECT ${skillIdSql('r')},
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

  // Dossiers of the regional partnerships, each led by a manager of the region's first organisation.
  await step(
    'dossiers',
    `INSERT INTO dossiers (id, partnership_id, title, goal, status, start_date, end_date, created_by, created_at)
     SELECT ${dossierIdSql('d')}, ${partnershipIdSql(`1 + (d - 1) % ${R}`)},
            'Dossier ' || d, 'Samen verder met thema ' || d, CASE WHEN d % 3 = 0 THEN 'completed' ELSE 'active' END,
            $1::date - 365 + (d % 300), CASE WHEN d % 3 = 0 THEN $1::date - 300 + (d % 300) END,
            ${userIdSql(`1 + ((d - 1) % ${R}) * ${REGION_SIZE} + ${O} * (d % ${MANAGERS_PER_ORGANISATION})`)},
            ($1::date - 380 + (d % 300))::timestamptz
       FROM generate_series(1, ${size.dossiers}) d`,
    [end],
  );

  const closed = size.closed;
  const current = size.inProgress + size.openOrFull;
  const openFrom = closed + size.inProgress;
  const total = closed + current;
  const minutesApart = (15 * 28_000) / current;
  const dossiersPerRegion = Math.max(1, Math.floor(size.dossiers / R));

  // 1–4 skills per klus, the first two required: the first from the popular head, the rest anywhere.
  // They go in before the klussen, with triggers off (references unchecked: the ids are derived; no
  // refresh of the search vectors): the klussen then go in with their vectors, computed once by the
  // function their row trigger calls (kb_task_search_vector), skills included.
  await client.query(`SET session_replication_role = replica`);
  await step(
    'klus skills',
    `INSERT INTO task_skills (task_id, skill_id, required)
     SELECT DISTINCT ON (1, 2) ${taskIdSql('g')},
            ${skillIdSql(`1 + floor(${S} * power(random(), CASE WHEN k = 1 THEN ${SKILL_SKEW} ELSE 1.5 END))::int`)},
            k <= 2
       FROM generate_series(1, ${total}) g
       CROSS JOIN LATERAL generate_series(1, 1 + abs(hashint4(g)) % 4) k
      ORDER BY 1, 2, 3 DESC`,
  );
  // Statistics first, or the vectors' look-ups of skills per klus plan as scans of these tables.
  await client.query('ANALYZE organisations, skills, skill_labels, task_skills');

  // Klus g: the first `closed` are the year of history (published in the year that ends 40 days
  // before `end`), then in progress, then the newest open or full (one every 15 minutes at full
  // scale). Bigger organisations post more (skewed ordinal); posters are managers; 3 % of the klussen
  // belong to a dossier of their organisation's region.
  const klussen = (from: number, to: number, on: pg.ClientBase) =>
    step(
      `klussen ${from}–${to} (with their search vectors)`,
      `WITH w AS (
       SELECT ${sqlArray(TASK_SUBJECTS)} AS subjects, ${sqlArray(TASK_ACTIONS)} AS actions,
              ${sqlArray(DISTRICTS)} AS districts, ${sqlArray(DESCRIPTION_CONTEXTS)} AS contexts,
              ${sqlArray(DESCRIPTION_WORK)} AS work, ${sqlArray(DESCRIPTION_NEEDS)} AS needs,
              ARRAY[${HOURS.join(', ')}]::numeric[] AS hours
     ), x AS MATERIALIZED (
       SELECT g, 1 + floor(${O} * power(random(), 1.6))::int AS ord,
              random() AS r_status, random() AS r_loc, random() AS r_vis, random() AS r_cap, random() AS r_taken,
              random() AS r_learn, random() AS r_mode, random() AS r_title, random() AS r_dossier,
              floor(random() * 1000)::int AS i1, floor(random() * 1000)::int AS i2, floor(random() * 1000)::int AS i3,
              floor(random() * 1000)::int AS i4, floor(random() * 1000)::int AS i5, floor(random() * 1000)::int AS i6,
              CASE WHEN g <= ${closed}
                   THEN ($1::date - 365 - 40 + (random() * 365)::int)::timestamp AT TIME ZONE 'Europe/Amsterdam'
                        + make_interval(hours => 8 + (g % 9))
                   ELSE now() - (${total} - g) * interval '${minutesApart.toFixed(3)} minutes' - random() * interval '10 minutes'
              END AS created,
              (1 + floor(power(random(), 3) * 200))::int AS claim_hours
         FROM generate_series(${from}, ${to}) g
     ), y AS (
       SELECT x.*, o.municipality AS place,
              CASE WHEN x.g > ${openFrom} THEN CASE WHEN x.r_status < 0.85 THEN 'open' ELSE 'full' END
                   WHEN x.g > ${closed} THEN 'in-progress'
                   WHEN x.g % 11 = 0 THEN 'expired' WHEN x.g % 11 = 5 THEN 'cancelled'
                   ELSE 'completed' END AS status,
              CASE WHEN x.g <= ${closed} OR x.r_cap < 0.6 THEN 1 WHEN x.r_cap < 0.8 THEN 2 ELSE 3 + x.i2 % 3 END AS capacity,
              CASE WHEN x.g > ${closed} THEN current_date + (x.i3 % 90) - 30 ELSE x.created::date + x.i3 % 30 END AS start_date,
              7 + x.i4 % 114 AS days
         FROM x JOIN organisations o ON o.id = ${organisationIdSql('x.ord')}
     )
     INSERT INTO tasks (id, organisation_id, poster_id, title, description, estimated_hours, start_date, end_date,
                        location_type, location_municipality, location_address, capacity, taken, claim_mode,
                        visibility, partnership_id, learning_suitable, dossier_id, status, created_at, updated_at,
                        published_at, first_claimed_at, closed_at, search_vector)
     SELECT z.*, kb_task_search_vector(z.id, z.title, z.description, z.organisation_id, z.location_municipality)
     FROM (
     SELECT ${taskIdSql('y.g')} AS id, ${organisationIdSql('y.ord')} AS organisation_id,
            ${userIdSql(`y.ord + ${O} * (y.g % ${MANAGERS_PER_ORGANISATION})`)},
            w.subjects[1 + y.i5 % cardinality(w.subjects)] || ' ' || w.actions[1 + y.i6 % cardinality(w.actions)]
              || CASE WHEN y.r_title < 0.3 THEN ' ' || y.place
                      WHEN y.r_title < 0.5 THEN ' wijk ' || w.districts[1 + y.i1 % cardinality(w.districts)]
                      ELSE '' END AS title,
            w.contexts[1 + y.i2 % cardinality(w.contexts)] || ' ' || w.work[1 + y.i3 % cardinality(w.work)] || E'\\n\\n'
              || w.needs[1 + y.i4 % cardinality(w.needs)] || ' '
              || w.contexts[1 + (y.i5 + y.i6) % cardinality(w.contexts)] AS description,
            w.hours[1 + (y.i6 + y.i1) % cardinality(w.hours)],
            y.start_date,
            CASE WHEN y.g > ${closed} THEN greatest(y.start_date + y.days, current_date + 1 + y.i4 % 60)
                 ELSE y.start_date + y.days END,
            CASE WHEN y.r_loc < 0.4 THEN 'remote' WHEN y.r_loc < 0.75 THEN 'on-site' ELSE 'hybrid' END,
            CASE WHEN y.r_loc < 0.4 THEN NULL ELSE y.place END AS location_municipality,
            CASE WHEN y.r_loc < 0.4 THEN NULL ELSE 'Stadhuisplein ' || (1 + y.i2 % 40) || ', ' || y.place END,
            y.capacity,
            CASE y.status WHEN 'full' THEN y.capacity WHEN 'completed' THEN 1
                          WHEN 'open' THEN floor(y.r_taken * y.capacity)::int
                          WHEN 'cancelled' THEN 0 WHEN 'expired' THEN 0
                          ELSE 1 + floor(y.r_taken * y.capacity)::int % y.capacity END,
            CASE WHEN y.r_mode < 0.8 THEN 'instant' ELSE 'application' END,
            CASE WHEN y.r_vis < 0.8 THEN 'all-partnerships' WHEN y.r_vis < 0.92 THEN 'partnership' ELSE 'organisation' END,
            CASE WHEN y.r_vis >= 0.8 AND y.r_vis < 0.92 THEN ${partnershipIdSql(`1 + (y.ord - 1) / ${REGION_SIZE}`)} END,
            y.r_learn < 0.2,
            CASE WHEN y.r_dossier < 0.03
                 THEN ${dossierIdSql(`1 + (y.ord - 1) / ${REGION_SIZE} + ${R} * (y.g % ${dossiersPerRegion})`)} END,
            y.status, y.created, y.created, y.created + interval '5 minutes',
            CASE WHEN y.status = 'completed' THEN y.created + make_interval(hours => y.claim_hours) END,
            CASE WHEN y.status = 'completed'
                 THEN y.created + make_interval(hours => y.claim_hours, days => 5 + y.g % 40)
                 WHEN y.g <= ${closed} THEN y.created + make_interval(days => 20 + y.g % 10) END
       FROM y, w
      ORDER BY y.g) z`,
      [end],
      on,
    );
  // Computing the vectors is most of the seed's time: half the klussen on each connection.
  const half = Math.floor(total / 2);
  await Promise.all([
    klussen(1, half, client),
    (async () => {
      await employees;
      await second.query(`SET session_replication_role = replica`);
      await klussen(half + 1, total, second);
      await second.query(`SET session_replication_role = origin`);
    })(),
  ]);
  await client.query(`SET session_replication_role = origin`);

  // Claims, ledger hours, evaluations and the skills they demonstrate: written with triggers off,
  // the moments they would set (first_claimed_at) are already on the klussen. The two halves of the
  // klussen went in side by side, so their physical order varies: from here on choices over klussen
  // are hashes of their ids, not random().
  await client.query(`SET session_replication_role = replica`);
  // The participant: from the poster's region 6 times in 10, from the poster's own organisation 1 in
  // 10, else from anywhere.
  await step(
    'claims (one participant per completed klus)',
    `INSERT INTO claims (task_id, user_id, status, actual_hours, created_at)
     SELECT t.id, ${userIdSql(`p.org + ${O} * (abs(hashint4(g)) % ${Math.floor(U / O)})`)},
            'completed', 1 + g % 16, t.first_claimed_at
       FROM generate_series(1, ${closed}) g
       JOIN tasks t ON t.id = ${taskIdSql('g')}
       CROSS JOIN LATERAL (SELECT ('x' || right(t.organisation_id::text, 12))::bit(48)::bigint::int AS poster_org) o
       CROSS JOIN LATERAL (SELECT CASE
                 WHEN g % 10 = 0 THEN o.poster_org
                 WHEN g % 10 < 7 THEN ((o.poster_org - 1) / ${REGION_SIZE}) * ${REGION_SIZE}
                                      + 1 + abs(hashint4(g + 1)) % ${REGION_SIZE}
                 ELSE 1 + (g * 131) % ${O} END AS org) p
      WHERE t.status = 'completed'`,
  );
  const completedWork = `tasks t JOIN claims c ON c.task_id = t.id JOIN users u ON u.id = c.user_id
      WHERE t.status = 'completed'`;
  const ledger = step(
    'ledger entries (one original per participant, dated on the completion day)',
    `INSERT INTO ledger_entries (task_id, participant_id, giving_organisation_id, receiving_organisation_id,
                                 hours, entry_date, kind, state, created_at, created_by)
     SELECT t.id, c.user_id, u.organisation_id, t.organisation_id, c.actual_hours,
            (t.closed_at AT TIME ZONE 'Europe/Amsterdam')::date, 'original', 'recorded', t.closed_at, t.poster_id
       FROM ${completedWork}`,
    [],
    client,
  );
  await second.query(`SET session_replication_role = replica`);
  const people = (async () => {
    await step(
      'evaluations (the poster of every other completed klus)',
      `INSERT INTO evaluations (task_id, author_id, subject_id, author_organisation_id, subject_organisation_id,
                                score, went_well, created_at)
       SELECT t.id, t.poster_id, c.user_id, t.organisation_id, u.organisation_id, 2 + abs(hashtext('score ' || t.id)) % 4,
              CASE WHEN abs(hashtext('text ' || t.id)) % 10 < 3 THEN 'Goed samengewerkt' END, t.closed_at + interval '1 day'
         FROM ${completedWork} AND c.user_id <> t.poster_id AND abs(hashtext('evaluated ' || t.id)) % 2 = 0`,
      [],
      second,
    );
    await step(
      'demonstrated skills (from one completed klus in 10)',
      `INSERT INTO user_skills (user_id, organisation_id, skill_id, source, level, task_id, confirmed_by, created_at)
       SELECT DISTINCT ON (c.user_id, ts.skill_id) c.user_id, u.organisation_id, ts.skill_id, 'demonstrated', 'basic',
              t.id, t.poster_id, t.closed_at + interval '2 days'
         FROM tasks t JOIN claims c ON c.task_id = t.id JOIN users u ON u.id = c.user_id
         JOIN task_skills ts ON ts.task_id = t.id
        WHERE t.status = 'completed' AND abs(hashtext('demonstrated ' || t.id)) % 10 = 0
       ON CONFLICT DO NOTHING`,
      [],
      second,
    );
    await step(
      'self-declared skills (1–12 a person, levels)',
      `INSERT INTO user_skills (user_id, organisation_id, skill_id, source, level, created_at)
       SELECT ${userIdSql('n')}, ${organisationIdSql(`1 + (n - 1) % ${O}`)},
              ${skillIdSql(`1 + floor(${S} * power(random(), ${SKILL_SKEW}))::int`)}, 'self',
              CASE WHEN l < 0.35 THEN 'basic' WHEN l < 0.8 THEN 'advanced' ELSE 'expert' END,
              $1::date - 440
         FROM generate_series(1, ${U}) n
         CROSS JOIN LATERAL generate_series(1, 1 + abs(hashtext('skills ' || n)) % ${SKILLS_PER_USER}) k
         CROSS JOIN LATERAL (SELECT random() AS l, k AS per_row) r
       ON CONFLICT DO NOTHING`,
      [end],
      second,
    );
  })();
  await Promise.all([ledger, people]);

  const profiles = step(
    'profiles (hours a month, where one likes to work)',
    `INSERT INTO profiles (user_id, hours_per_month, location_preference, max_distance_km)
     SELECT ${userIdSql('n')},
            CASE WHEN h < 0.25 THEN NULL ELSE (ARRAY[4, 8, 8, 12, 16, 16, 24, 32, 40])[1 + floor(h * 100)::int % 9] END,
            CASE WHEN p < 0.5 THEN 'any' WHEN p < 0.75 THEN 'remote' ELSE 'nearby' END,
            CASE WHEN p >= 0.75 THEN (ARRAY[10, 25, 50, 100])[1 + floor(p * 1000)::int % 4] END
       FROM generate_series(1, ${U}) n, LATERAL (SELECT random() AS h, random() AS p, n AS per_row) r`,
    [],
    client,
  );
  const rest = (async () => {
    await step(
      'learning goals (0–3 a person)',
      `INSERT INTO learning_goals (user_id, organisation_id, skill_id)
       SELECT ${userIdSql('n')}, ${organisationIdSql(`1 + (n - 1) % ${O}`)},
              ${skillIdSql(`1 + floor(${S} * power(random(), ${GOAL_SKEW}))::int`)}
         FROM generate_series(1, ${U}) n
         CROSS JOIN LATERAL generate_series(1, abs(hashtext('goals ' || n)) % ${GOALS_PER_USER}) k
       ON CONFLICT DO NOTHING`,
      [],
      second,
    );
    // No row is "immediately". In the app: 5 % off, 10 % chose "immediately" explicitly. By e-mail:
    // 25 % no row and 5 % chose it (30 % immediately), 40 % daily, 15 % weekly, 15 % off.
    await step(
      'notification preferences',
      `INSERT INTO notification_preferences (user_id, channel, rhythm)
       SELECT ${userIdSql('n')}, c.channel, c.rhythm
         FROM generate_series(1, ${U}) n
         CROSS JOIN LATERAL (SELECT random() AS a, random() AS e, n AS per_row) r
         CROSS JOIN LATERAL (VALUES
           ('in-app', CASE WHEN r.a < 0.05 THEN 'off' WHEN r.a < 0.15 THEN 'immediately' END),
           ('email', CASE WHEN r.e < 0.25 THEN NULL WHEN r.e < 0.30 THEN 'immediately' WHEN r.e < 0.70 THEN 'daily'
                          WHEN r.e < 0.85 THEN 'weekly' ELSE 'off' END)) AS c (channel, rhythm)
        WHERE c.rhythm IS NOT NULL`,
      [],
      second,
    );
  })();
  await Promise.all([profiles, rest]);
  await second.query(`SET session_replication_role = origin`);

  // Six team members per dossier from its region's organisations; two checkpoints, one held.
  await step(
    'dossier members',
    `INSERT INTO dossier_members (dossier_id, user_id, role, status)
     SELECT ${dossierIdSql('d')},
            ${userIdSql(`((d - 1) % ${R}) * ${REGION_SIZE} + 1 + (k * 7 + d) % ${REGION_SIZE} + ${O} * ((k + d % 40) % ${Math.floor(U / O)})`)},
            CASE WHEN k = 0 THEN 'trekker' ELSE 'member' END, 'active'
       FROM generate_series(1, ${size.dossiers}) d, generate_series(0, 5) k
     ON CONFLICT DO NOTHING`,
  );
  await step(
    'dossier checkpoints',
    `INSERT INTO dossier_checkpoints (dossier_id, title, planned_on, status, held_on)
     SELECT d.id, 'IJkmoment ' || k, d.start_date + 90 * k, CASE WHEN k = 1 THEN 'held' ELSE 'planned' END,
            CASE WHEN k = 1 THEN d.start_date + 90 END
       FROM dossiers d, generate_series(1, 2) k`,
  );
  await client.query(`SET session_replication_role = origin`);
  // The skills of the live klussen are kept by triggers, which were off while the klussen went in.
  await step('live klus skills', `SELECT kb_rebuild_live_task_skills()`);
  const [{ missing }] = (
    await client.query<{ missing: number }>(
      `SELECT count(*)::int AS missing FROM task_skills ts JOIN tasks t ON t.id = ts.task_id
        WHERE t.status IN ('open', 'full')
          AND NOT EXISTS (SELECT 1 FROM live_task_skills l WHERE l.task_id = ts.task_id AND l.skill_id = ts.skill_id)`,
    )
  ).rows;
  if (missing !== 0)
    throw new Error(`live_task_skills lacks ${missing} skills of live klussen after the seed`);

  const vacuum = performance.now();
  await client.query('VACUUM (ANALYZE)');
  log(`  vacuum analyze in ${((performance.now() - vacuum) / 1000).toFixed(1)} s`);
  // The seed wrote more WAL than max_wal_size: flush now, so no checkpoint is still writing the seeded
  // pages while the first phases are timed. (Needs superuser or pg_checkpoint; otherwise only logged.)
  const flushing = performance.now();
  await client.query('CHECKPOINT').then(
    () => log(`  checkpoint in ${((performance.now() - flushing) / 1000).toFixed(1)} s`),
    (error: unknown) =>
      log(`  no checkpoint (${String(error)}): the first phases may share the disk with one`),
  );
  const seconds = (performance.now() - began) / 1000;
  log(`national seed (scale ${JSON.stringify(size)}) in ${seconds.toFixed(1)} s`);
  return seconds;
}

/** Row counts and size of the seeded database, for the benchmarks' reports. */
export async function seededCounts(db: pg.ClientBase | pg.Pool): Promise<Record<string, string>> {
  const { rows } = await db.query<Record<string, string>>(
    `SELECT (SELECT count(*) FROM organisations) AS organisations, (SELECT count(*) FROM partnerships) AS partnerships,
            (SELECT count(*) FROM users) AS users, (SELECT count(*) FROM user_skills) AS "user skills",
            (SELECT count(*) FROM tasks) AS klussen,
            (SELECT count(*) FROM tasks WHERE status IN ('open', 'full')) AS "open or full",
            (SELECT count(*) FROM tasks WHERE status = 'completed') AS completed,
            (SELECT count(*) FROM task_skills) AS "klus skills",
            (SELECT count(*) FROM live_task_skills) AS "live klus skills", (SELECT count(*) FROM claims) AS claims,
            (SELECT count(*) FROM ledger_entries) AS "ledger entries", (SELECT count(*) FROM evaluations) AS evaluations,
            (SELECT count(*) FROM dossiers) AS dossiers,
            pg_size_pretty(pg_database_size(current_database())) AS "database size"`,
  );
  return rows[0] ?? {};
}

export interface SeededDatabase {
  size: NationalSize;
  seedSeconds: number;
  counts: Record<string, string>;
  postgres: string;
}

/**
 * The template a seeded database is kept as between runs (BENCH_KEEP_SEED=1 with DATABASE_URL): one
 * per day (the data's dates count from today), scale, data-set version and set of migrations, so a
 * changed seed or schema seeds again.
 */
function templateName(migrations: readonly string[]): string {
  const digest = createHash('sha256')
    .update(JSON.stringify([SEED_VERSION, new Date().toISOString().slice(0, 10), nationalSize(), migrations]))
    .digest('hex')
    .slice(0, 12);
  return `kb_bench_national_${digest}`;
}

/** Bump when the data set changes: kept templates of older versions are not used. */
const SEED_VERSION = 2;

/**
 * Migrates a fresh database and seeds the national data set into it, on two connections. With
 * BENCH_KEEP_SEED=1 on a PostgreSQL server of your own (DATABASE_URL), the seeded database is also
 * kept as a template, and the next benchmark copies it (seconds) instead of seeding (minutes).
 */
export async function migrateAndSeed(
  databaseUrl: string,
  log: (line: string) => void,
): Promise<SeededDatabase> {
  const migrations = new DataSource(dataSourceOptions(databaseUrl));
  await migrations.initialize();
  const template = templateName(migrations.migrations.map((m) => m.name ?? m.constructor.name));
  const keep = process.env['BENCH_KEEP_SEED'] === '1' && process.env['DATABASE_URL'] !== undefined;
  const database = new URL(databaseUrl).pathname.slice(1);
  if (keep) {
    const [found] = await migrations.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM pg_database WHERE datname = $1`,
      [template],
    );
    if (found?.n) {
      await migrations.destroy();
      const started = performance.now();
      await onServer(databaseUrl, [
        `DROP DATABASE ${pg.escapeIdentifier(database)} WITH (FORCE)`,
        `CREATE DATABASE ${pg.escapeIdentifier(database)} TEMPLATE ${pg.escapeIdentifier(template)} STRATEGY FILE_COPY`,
      ]);
      log(`copied the kept seed ${template} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
      const client = new pg.Client({ connectionString: databaseUrl });
      await client.connect();
      try {
        const counts = await seededCounts(client);
        const postgres =
          (await client.query<{ v: string }>(`SELECT current_setting('server_version') AS v`)).rows[0]?.v ??
          '?';
        return { size: nationalSize(), seedSeconds: 0, counts, postgres };
      } finally {
        await client.end();
      }
    }
  }
  await migrations.runMigrations({ transaction: 'each' });
  await migrations.destroy();
  log('migrated');
  const seeded = await seedInto(databaseUrl, log);
  if (keep) {
    await onServer(databaseUrl, [
      `CREATE DATABASE ${pg.escapeIdentifier(template)} TEMPLATE ${pg.escapeIdentifier(database)} STRATEGY FILE_COPY`,
    ]);
    log(`kept the seed as ${template} (BENCH_KEEP_SEED=1; drop it with DROP DATABASE when done)`);
  }
  return seeded;
}

/** Statements on the server's maintenance connection (the `postgres` database). */
async function onServer(databaseUrl: string, statements: string[]): Promise<void> {
  const url = new URL(databaseUrl);
  url.pathname = '/postgres';
  const admin = new pg.Client({ connectionString: url.toString() });
  await admin.connect();
  try {
    for (const sql of statements) await admin.query(sql);
  } finally {
    await admin.end();
  }
}

async function seedInto(databaseUrl: string, log: (line: string) => void): Promise<SeededDatabase> {
  const clients = [0, 1].map(() => new pg.Client({ connectionString: databaseUrl }));
  // A failed seed stops PostgreSQL under the other connection: report the first error only.
  for (const client of clients) client.on('error', () => undefined);
  const [client, second] = clients as [pg.Client, pg.Client];
  try {
    await Promise.all(clients.map((c) => c.connect()));
    const size = nationalSize();
    log(`seeding the national data set (set-based SQL), scale ${benchScale()}`);
    const seedSeconds = await seedNational(client, second, {
      size,
      passwordHash: await new PasswordService().hash(BENCH_PASSWORD),
      log,
    });
    const counts = await seededCounts(client);
    log(`seeded: ${JSON.stringify(counts)}`);
    const postgres =
      (await client.query<{ v: string }>(`SELECT current_setting('server_version') AS v`)).rows[0]?.v ?? '?';
    return { size, seedSeconds, counts, postgres };
  } finally {
    await Promise.all(clients.map((c) => c.end().catch(() => undefined)));
  }
}
