import type pg from 'pg';
import {
  DESCRIPTION_CONTEXTS,
  DESCRIPTION_NEEDS,
  DESCRIPTION_WORK,
  DISTRICTS,
  FIRST_NAMES,
  LAST_NAMES,
  ORGANISATION_PREFIX,
  PARTNERSHIP_PREFIX,
  PLACE_HEADS,
  PLACE_TAILS,
  REGIONS,
  SKILL_BASES,
  SKILL_DOMAINS,
  TASK_ACTIONS,
  TASK_SUBJECTS,
} from '../src/seed/vocabulary.js';

/** The size of the seeded network; the issue asks for 100k klussen (20k open) and 250k users. */
export const SEED = {
  organisations: 300,
  partnerships: 20,
  users: 250_000,
  managersPerOrganisation: 5,
  tasks: 100_000,
  /** The newest tasks are open or full; the older ones closed or in progress. */
  openOrFull: 20_000,
  inProgress: 8_000,
} as const;

export const BENCH_PASSWORD = 'bench-Wachtwoord-2026';

/** A text[] literal for set-based SQL. */
export const sqlArray = (values: readonly string[]) =>
  `ARRAY[${values.map((v) => `'${v.replace(/'/g, "''")}'`).join(', ')}]::text[]`;

const HOURS = [2, 4, 6, 8, 12, 16, 16, 24, 24, 32, 40, 40, 60, 80, 120, 200];

/**
 * Fills a freshly migrated database, set-based in SQL (generate_series, INSERT … SELECT), with the
 * network the benchmark searches. Deterministic (setseed) so runs see the same data.
 */
export async function seed(
  client: pg.ClientBase,
  second: pg.ClientBase,
  passwordHash: string,
  log: (line: string) => void,
) {
  const step = async (label: string, sql: string, params: unknown[] = [], on = client) => {
    const started = performance.now();
    const result = await on.query(sql, params);
    log(`  ${label}: ${result.rowCount ?? 0} rows in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  };
  await client.query(`SELECT setseed(0.2026)`);

  // Deterministic ids for the small tables, so the big inserts can reach them by ordinal.
  await step(
    'organisations',
    `INSERT INTO organisations (id, name, slug, kind)
     SELECT ('10000000-0000-4000-8000-' || lpad(to_hex(o), 12, '0'))::uuid,
            CASE WHEN o % 25 = 0 THEN '${ORGANISATION_PREFIX['shared-service-centre']}'
                 WHEN o % 37 = 0 THEN '${ORGANISATION_PREFIX['joint-body']}'
                 ELSE '${ORGANISATION_PREFIX.municipality}' END
              || ' ' || heads[1 + (o - 1) / 15] || tails[1 + (o - 1) % 15],
            lower(heads[1 + (o - 1) / 15] || tails[1 + (o - 1) % 15]),
            CASE WHEN o % 25 = 0 THEN 'shared-service-centre' WHEN o % 37 = 0 THEN 'joint-body' ELSE 'municipality' END
       FROM generate_series(1, ${SEED.organisations}) o,
            (SELECT ${sqlArray(PLACE_HEADS)} AS heads, ${sqlArray(PLACE_TAILS)} AS tails) w`,
  );
  await step(
    'partnerships',
    `INSERT INTO partnerships (id, name, slug, description)
     SELECT ('20000000-0000-4000-8000-' || lpad(to_hex(p), 12, '0'))::uuid,
            '${PARTNERSHIP_PREFIX.region} ' || regions[p], 'regio-' || p, 'Samenwerkingsverband ' || regions[p]
       FROM generate_series(1, ${SEED.partnerships}) p, (SELECT ${sqlArray(REGIONS)} AS regions) w`,
  );
  // Every organisation in 1–3 partnerships.
  await step(
    'partnership members',
    `INSERT INTO partnership_members (partnership_id, organisation_id)
     SELECT DISTINCT ('20000000-0000-4000-8000-' || lpad(to_hex(p), 12, '0'))::uuid,
                     ('10000000-0000-4000-8000-' || lpad(to_hex(o), 12, '0'))::uuid
       FROM generate_series(1, ${SEED.organisations}) o
       CROSS JOIN LATERAL (VALUES (1 + (o - 1) % ${SEED.partnerships}, true),
                                  (1 + (o * 7 + 3) % ${SEED.partnerships}, o % 2 = 0),
                                  (1 + (o * 13 + 5) % ${SEED.partnerships}, o % 4 = 1)) AS m(p, member)
      WHERE member`,
  );

  // User n works at organisation 1 + (n - 1) % 300; the first five of each organisation are managers.
  const managers = SEED.organisations * SEED.managersPerOrganisation;
  const users = (label: string, from: number, to: number, on: pg.ClientBase) =>
    step(
      label,
      `INSERT INTO users (organisation_id, email, display_name, job_title, password_hash, roles)
       SELECT ('10000000-0000-4000-8000-' || lpad(to_hex(1 + (n - 1) % ${SEED.organisations}), 12, '0'))::uuid,
              'medewerker' || n || '@' || o.slug || '.nl',
              firsts[1 + n % ${FIRST_NAMES.length}] || ' ' || lasts[1 + (n / 7) % ${LAST_NAMES.length}],
              CASE WHEN n <= ${managers} THEN 'Teamleider' ELSE 'Adviseur' END,
              $1,
              CASE WHEN n <= ${managers} THEN ARRAY['employee', 'manager'] ELSE ARRAY['employee'] END
         FROM generate_series(${from}, ${to}) n
         JOIN organisations o
           ON o.id = ('10000000-0000-4000-8000-' || lpad(to_hex(1 + (n - 1) % ${SEED.organisations}), 12, '0'))::uuid,
              (SELECT ${sqlArray(FIRST_NAMES)} AS firsts, ${sqlArray(LAST_NAMES)} AS lasts) w`,
      [passwordHash],
      on,
    );
  await users('users (managers)', 1, managers, client);
  // The other users go in on the second connection while the tasks go in on this one (2 cores).
  const employees = users('users (employees, in parallel)', managers + 1, SEED.users, second);

  await client.query(`
    CREATE TEMP TABLE bench_orgs AS
    SELECT o.ord, o.id, o.slug,
           initcap(o.slug) AS place,
           (SELECT min(partnership_id::text)::uuid FROM partnership_members pm WHERE pm.organisation_id = o.id) AS partnership_id,
           (SELECT array_agg(u.id ORDER BY u.email) FROM users u
             WHERE u.organisation_id = o.id AND 'manager' = ANY (u.roles)) AS managers
      FROM (SELECT ('x' || right(id::text, 8))::bit(32)::int AS ord, * FROM organisations) o`);

  // Tasks: the oldest are closed, then in progress, the newest 20k open or full. A new klus every
  // 15 minutes over ~3 years; bigger organisations post more (skewed ordinal).
  const closedUntil = SEED.tasks - SEED.openOrFull - SEED.inProgress;
  const openFrom = SEED.tasks - SEED.openOrFull;
  await step(
    'tasks (search vectors by trigger)',
    `WITH w AS (
       SELECT ${sqlArray(TASK_SUBJECTS)} AS subjects, ${sqlArray(TASK_ACTIONS)} AS actions,
              ${sqlArray(DISTRICTS)} AS districts, ${sqlArray(DESCRIPTION_CONTEXTS)} AS contexts,
              ${sqlArray(DESCRIPTION_WORK)} AS work, ${sqlArray(DESCRIPTION_NEEDS)} AS needs,
              ARRAY[${HOURS.join(', ')}]::numeric[] AS hours
     ), x AS MATERIALIZED (
       SELECT g, 1 + floor(${SEED.organisations} * power(random(), 1.6))::int AS ord,
              random() AS r_status, random() AS r_loc, random() AS r_vis, random() AS r_cap, random() AS r_taken,
              random() AS r_learn, random() AS r_mode, random() AS r_title, random() AS r_dossier,
              floor(random() * 1000)::int AS i1, floor(random() * 1000)::int AS i2, floor(random() * 1000)::int AS i3,
              floor(random() * 1000)::int AS i4, floor(random() * 1000)::int AS i5, floor(random() * 1000)::int AS i6,
              now() - (${SEED.tasks} - g) * interval '15 minutes' - random() * interval '10 minutes' AS created
         FROM generate_series(1, ${SEED.tasks}) g
     ), y AS MATERIALIZED (
       SELECT x.*, o.id AS org_id, o.place, o.partnership_id AS org_partnership,
              o.managers[1 + x.i1 % cardinality(o.managers)] AS poster,
              CASE WHEN x.g > ${openFrom} THEN CASE WHEN x.r_status < 0.85 THEN 'open' ELSE 'full' END
                   WHEN x.g > ${closedUntil} THEN 'in-progress'
                   WHEN x.r_status < 0.62 THEN 'completed'
                   WHEN x.r_status < 0.77 THEN 'cancelled'
                   ELSE 'expired' END AS status,
              CASE WHEN x.r_cap < 0.6 THEN 1 WHEN x.r_cap < 0.8 THEN 2 ELSE 3 + x.i2 % 3 END AS capacity,
              CASE WHEN x.g > ${closedUntil} THEN current_date + (x.i3 % 90) - 30
                   ELSE x.created::date + x.i3 % 30 END AS start_date,
              7 + x.i4 % 114 AS days,
              CASE WHEN x.r_dossier < 0.03 AND o.partnership_id IS NOT NULL THEN gen_random_uuid() END AS dossier_id
         FROM x JOIN bench_orgs o ON o.ord = x.ord
     ), dossiers AS (
       -- About 3 % of the klussen belong to a dossier of their own (of the organisation's first
       -- partnership); the foreign key is checked at the end of the statement, so they go in together.
       INSERT INTO dossiers (id, partnership_id, title, goal, status, start_date, created_by, created_at, updated_at)
       SELECT y.dossier_id, y.org_partnership, 'Dossier ' || y.place || ' ' || y.g,
              'Samen werken aan een thema van ' || y.place || '.', 'active', y.start_date, y.poster,
              y.created, y.created
         FROM y WHERE y.dossier_id IS NOT NULL
     )
     INSERT INTO tasks (organisation_id, poster_id, title, description, estimated_hours, start_date, end_date,
                        location_type, location_municipality, location_address, capacity, taken, claim_mode,
                        visibility, partnership_id, learning_suitable, dossier_id, status, created_at, updated_at,
                        published_at)
     SELECT y.org_id, y.poster,
            w.subjects[1 + y.i5 % cardinality(w.subjects)] || ' ' || w.actions[1 + y.i6 % cardinality(w.actions)]
              || CASE WHEN y.r_title < 0.3 THEN ' ' || y.place
                      WHEN y.r_title < 0.5 THEN ' wijk ' || w.districts[1 + y.i1 % cardinality(w.districts)]
                      ELSE '' END,
            w.contexts[1 + y.i2 % cardinality(w.contexts)] || ' ' || w.work[1 + y.i3 % cardinality(w.work)] || E'\\n\\n'
              || w.needs[1 + y.i4 % cardinality(w.needs)] || ' '
              || w.contexts[1 + (y.i5 + y.i6) % cardinality(w.contexts)],
            w.hours[1 + (y.i6 + y.i1) % cardinality(w.hours)],
            y.start_date,
            CASE WHEN y.g > ${closedUntil} THEN greatest(y.start_date + y.days, current_date + 1 + y.i4 % 60)
                 ELSE y.start_date + y.days END,
            CASE WHEN y.r_loc < 0.4 THEN 'remote' WHEN y.r_loc < 0.75 THEN 'on-site' ELSE 'hybrid' END,
            CASE WHEN y.r_loc < 0.4 THEN NULL ELSE y.place END,
            CASE WHEN y.r_loc < 0.4 THEN NULL ELSE 'Stadhuisplein ' || (1 + y.i2 % 40) || ', ' || y.place END,
            y.capacity,
            CASE y.status WHEN 'full' THEN y.capacity
                          WHEN 'open' THEN floor(y.r_taken * y.capacity)::int
                          WHEN 'cancelled' THEN 0 WHEN 'expired' THEN 0
                          ELSE 1 + floor(y.r_taken * y.capacity)::int % y.capacity END,
            CASE WHEN y.r_mode < 0.8 THEN 'instant' ELSE 'application' END,
            CASE WHEN y.r_vis < 0.8 THEN 'all-partnerships' WHEN y.r_vis < 0.92 THEN 'partnership' ELSE 'organisation' END,
            CASE WHEN y.r_vis >= 0.8 AND y.r_vis < 0.92 THEN y.org_partnership END,
            y.r_learn < 0.2,
            y.dossier_id,
            y.status, y.created, y.created, y.created + interval '5 minutes'
       FROM y, w
      ORDER BY y.g`,
  );

  await employees;

  // 1–4 skills per klus: the first from the popular bases (skewed), the rest base + domain. Skills are
  // references to the taxonomy: one unverified skill per distinct name (its Dutch preferred label),
  // as the task-skills migration does for free names.
  await step(
    'skill names per klus',
    `CREATE TEMP TABLE seed_task_skill_names AS
     WITH w AS (SELECT ${sqlArray(SKILL_BASES)} AS bases, ${sqlArray(SKILL_DOMAINS)} AS domains)
     SELECT t.id AS task_id,
            CASE WHEN k = 1 THEN w.bases[1 + floor(cardinality(w.bases) * power(random(), 2))::int]
                 ELSE w.bases[1 + floor(cardinality(w.bases) * random())::int] || ' (' ||
                      w.domains[1 + floor(cardinality(w.domains) * random())::int] || ')' END AS name,
            k <= 2 AS required
       FROM tasks t CROSS JOIN w
       CROSS JOIN LATERAL generate_series(1, 1 + abs(hashtext(t.title || t.description || t.estimated_hours::text)) % 4) AS k`,
  );
  await step(
    'skills (one per distinct name, with its label)',
    `WITH created AS (
       INSERT INTO skills (label_nl)
       SELECT DISTINCT ON (kb_normalise_label(name)) name FROM seed_task_skill_names
        ORDER BY kb_normalise_label(name), name
       RETURNING id, label_nl
     )
     INSERT INTO skill_labels (skill_id, lang, label, kind) SELECT id, 'nl', label_nl, 'preferred' FROM created`,
  );
  await step(
    'task skills',
    `INSERT INTO task_skills (task_id, skill_id, required)
     SELECT DISTINCT ON (n.task_id, l.skill_id) n.task_id, l.skill_id, n.required
       FROM seed_task_skill_names n JOIN skill_labels l ON l.normalised = kb_normalise_label(n.name)
      ORDER BY n.task_id, l.skill_id, n.required DESC`,
  );
  await client.query(`DROP TABLE seed_task_skill_names`);
  const started = performance.now();
  await client.query('VACUUM (ANALYZE)');
  log(`  vacuum analyze in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
