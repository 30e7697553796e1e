import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type MirrorFigure, parseLedgerPeriod } from '@klussenbank/domain';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../src/database/data-source-options.js';
import { peopleSql, ReportsRepository } from '../src/reports/reports.repository.js';
import { ReportsService } from '../src/reports/reports.service.js';
import { Cleanups, startDatabase } from '../test/support/services.js';
import { type Headline, publishResult } from './bench-result.js';
import {
  benchScale,
  historyEnd,
  migrateAndSeed,
  organisationId as orgId,
  partnershipId,
  REGION_SIZE as PARTNERSHIP_SIZE,
  reportPeriod,
  userId,
} from './national-seed.js';

/*
 * npm run bench:reports — the quarterly mirror's benchmark (not a test: it reports and checks equality).
 * "With a year of history for 250,000 employees in 300 organisations (about 500,000 completed klussen,
 * their ledger entries and evaluations), the quarterly report of a 20-organisation partnership is
 * returned in under 300 ms p95."
 *
 * 1. Seeds a fresh database with the national data set (national-seed.ts): a year of closed klussen
 *    that ends 40 days before the current quarter.
 * 2. Times ReportsService (the API's code path below HTTP: every query of a report, both periods)
 *    for organisation reports (20 different organisations in turn) and for the 20-organisation
 *    partnership, BENCH_RUNS times each after a warm-up, for the last complete quarter.
 * 3. Times a from-scratch recomputation: one SQL statement written independently of the repository
 *    (percentile_cont for the median, sums straight from ledger_entries), and checks that its key
 *    figures equal the report's, for every organisation timed and the partnership.
 * 4. At BENCH_SCALE 1, writes the figures with date and machine into docs/reports-performance.md
 *    (between its markers).
 *
 * Settings (environment): BENCH_SCALE (1 = 250,000 people, 500,000 completed klussen), BENCH_RUNS (40),
 * DATABASE_URL (a server to create the database on; default: an embedded PostgreSQL).
 */

const here = dirname(fileURLToPath(import.meta.url));
const DOC = join(here, '../../../../../docs/reports-performance.md');
const SCALE = benchScale();
const RUNS = Number(process.env['BENCH_RUNS'] ?? 40);
const YEAR_END = historyEnd();
const PERIOD = reportPeriod();
const TARGET_P95_MS = 300;

const began = performance.now();
const log = (line: string) =>
  console.log(`[${((performance.now() - began) / 1000).toFixed(1).padStart(6)} s] ${line}`);
const cleanups = new Cleanups();

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};
const PARTNERSHIP = partnershipId(1);

/** The key figures the recomputation checks (those that are one number from one statement). */
const CHECKED: MirrorFigure[] = [
  'posted',
  'claimed',
  'completed',
  'expired',
  'cancelled',
  'shareFilled',
  'medianHoursToFirstClaim',
  'hoursGiven',
  'hoursReceived',
  'internalHours',
  'participants',
  'participationShare',
  'newParticipants',
  'functions',
  'evaluations',
  'averageScore',
  'checkpointsHeld',
];

/**
 * The same figures from scratch, one statement: for an organisation `either` pair it is in, for a
 * partnership `both` sides among its members. Written from the definitions, not from the repository.
 */
const RECOMPUTE = (both: boolean) => `
  WITH scope AS (SELECT unnest($1::uuid[]) AS org),
  bounds AS (SELECT ($2::date::timestamp AT TIME ZONE 'Europe/Amsterdam') AS lo,
                    (($3::date + 1)::timestamp AT TIME ZONE 'Europe/Amsterdam') AS hi),
  posted AS (SELECT t.* FROM tasks t, bounds b WHERE t.organisation_id IN (SELECT org FROM scope)
                AND t.published_at >= b.lo AND t.published_at < b.hi),
  claimed AS (SELECT t.* FROM tasks t, bounds b WHERE t.organisation_id IN (SELECT org FROM scope)
                AND t.first_claimed_at >= b.lo AND t.first_claimed_at < b.hi AND t.published_at IS NOT NULL),
  closed AS (SELECT t.status FROM tasks t, bounds b WHERE t.organisation_id IN (SELECT org FROM scope)
                AND t.closed_at >= b.lo AND t.closed_at < b.hi),
  entries AS (SELECT e.* FROM ledger_entries e WHERE e.entry_date BETWEEN $2::date AND $3::date
                AND ${
                  both
                    ? 'e.giving_organisation_id IN (SELECT org FROM scope) AND e.receiving_organisation_id IN (SELECT org FROM scope)'
                    : '(e.giving_organisation_id IN (SELECT org FROM scope) OR e.receiving_organisation_id IN (SELECT org FROM scope))'
                }),
  people AS (SELECT DISTINCT e.participant_id FROM entries e
              WHERE e.kind = 'original' AND e.giving_organisation_id IN (SELECT org FROM scope)),
  evals AS (SELECT v.score FROM evaluations v, bounds b WHERE v.created_at >= b.lo AND v.created_at < b.hi AND ${
    both
      ? 'v.author_organisation_id IN (SELECT org FROM scope) AND v.subject_organisation_id IN (SELECT org FROM scope)'
      : '(v.author_organisation_id IN (SELECT org FROM scope) OR v.subject_organisation_id IN (SELECT org FROM scope))'
  })
  SELECT (SELECT count(*) FROM posted)::int AS posted,
         (SELECT count(*) FROM claimed)::int AS claimed,
         (SELECT count(*) FILTER (WHERE status = 'completed') FROM closed)::int AS completed,
         (SELECT count(*) FILTER (WHERE status = 'expired') FROM closed)::int AS expired,
         (SELECT count(*) FILTER (WHERE status = 'cancelled') FROM closed)::int AS cancelled,
         (SELECT round(count(*) FILTER (WHERE first_claimed_at IS NOT NULL)::numeric / NULLIF(count(*), 0), 3)
            FROM posted)::float8 AS "shareFilled",
         (SELECT round((percentile_cont(0.5) WITHIN GROUP (
                   ORDER BY extract(epoch FROM first_claimed_at - published_at) / 3600))::numeric, 1)
            FROM claimed)::float8 AS "medianHoursToFirstClaim",
         (SELECT COALESCE(sum(hours), 0) FROM entries
           WHERE giving_organisation_id <> receiving_organisation_id
             AND giving_organisation_id IN (SELECT org FROM scope))::float8 AS "hoursGiven",
         (SELECT COALESCE(sum(hours), 0) FROM entries
           WHERE giving_organisation_id <> receiving_organisation_id
             AND receiving_organisation_id IN (SELECT org FROM scope))::float8 AS "hoursReceived",
         (SELECT COALESCE(sum(hours), 0) FROM entries
           WHERE giving_organisation_id = receiving_organisation_id)::float8 AS "internalHours",
         (SELECT count(*) FROM people)::int AS participants,
         (SELECT round((SELECT count(*) FROM people)::numeric / NULLIF(count(*), 0), 3)
            FROM users WHERE organisation_id IN (SELECT org FROM scope))::float8 AS "participationShare",
         (SELECT count(*) FROM people p WHERE NOT EXISTS (
             SELECT 1 FROM ledger_entries o WHERE o.participant_id = p.participant_id AND o.kind = 'original'
                AND o.entry_date < $2::date))::int AS "newParticipants",
         (SELECT count(DISTINCT lower(u.job_title)) FROM people p JOIN users u ON u.id = p.participant_id
           WHERE u.job_title <> '')::int AS functions,
         (SELECT count(*) FROM evals)::int AS evaluations,
         (SELECT round(avg(score), 2) FROM evals)::float8 AS "averageScore",
         (SELECT count(*) FROM dossier_checkpoints c JOIN dossiers d ON d.id = c.dossier_id
           WHERE c.status = 'held' AND c.held_on BETWEEN $2::date AND $3::date AND ${
             both
               ? 'd.partnership_id = $4::uuid'
               : `EXISTS (SELECT 1 FROM dossier_members m JOIN users u ON u.id = m.user_id
                    WHERE m.dossier_id = d.id AND m.status = 'active' AND u.organisation_id IN (SELECT org FROM scope))`
           })::int AS "checkpointsHeld"`;

async function main() {
  const id = randomBytes(4).toString('hex');
  const dir = mkdtempSync(join(os.tmpdir(), 'klussenbank-bench-'));
  cleanups.add(() => Promise.resolve(rmSync(dir, { recursive: true, force: true })));
  const cpus = os.cpus();
  const machine =
    `${cpus[0]?.model ?? '?'} × ${cpus.length} | ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB | ` +
    `${os.type()} ${os.release()} | Node ${process.version}`;
  const date = new Date().toISOString();
  console.log('# Klussenbank reports (mirror) benchmark');
  console.log(`date ${date} | ${machine}`);
  console.log(`scale ${SCALE}; ${RUNS} timed runs per kind; period ${PERIOD} (history up to ${YEAR_END})`);

  const databaseUrl = await startDatabase(cleanups, dir, `kb_bench_${id}`, log);
  const { seedSeconds, counts, postgres } = await migrateAndSeed(databaseUrl, log);
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();

  const db = new DataSource(dataSourceOptions(databaseUrl));
  await db.initialize();
  const service = new ReportsService(new ReportsRepository(db));
  const admin = {
    id: userId(1),
    organisationId: orgId(1),
    roles: ['platform-admin'] as const,
  };
  const period = parseLedgerPeriod(PERIOD)!;
  const organisations = Array.from({ length: PARTNERSHIP_SIZE }, (_, i) => orgId(1 + i * 15));
  const members = Array.from({ length: PARTNERSHIP_SIZE }, (_, i) => orgId(1 + i));

  const time = async (work: (i: number) => Promise<unknown>, runs: number) => {
    for (let i = 0; i < 3; i++) await work(i);
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const started = performance.now();
      await work(i);
      times.push(performance.now() - started);
    }
    return { p50: percentile(times, 50), p95: percentile(times, 95), max: Math.max(...times) };
  };
  const organisationReport = await time(
    (i) => service.organisationReport(admin, organisations[i % organisations.length], PERIOD, 'nl'),
    RUNS,
  );
  log(
    `organisation reports: p50 ${organisationReport.p50.toFixed(1)} ms, p95 ${organisationReport.p95.toFixed(1)} ms`,
  );
  const partnershipReport = await time(
    () => service.partnershipReport(admin, PARTNERSHIP, PERIOD, 'nl'),
    RUNS,
  );
  log(
    `partnership reports: p50 ${partnershipReport.p50.toFixed(1)} ms, p95 ${partnershipReport.p95.toFixed(1)} ms`,
  );

  // Where a partnership report's time goes: each statement alone, median of 5.
  const repository = new ReportsRepository(db);
  const scope = { organisationIds: members, pairs: 'both' as const, partnershipId: PARTNERSHIP };
  const statements: [string, () => Promise<unknown>][] = [
    ['klussen', () => repository.klussen(scope, period)],
    ['flows', () => repository.flows(scope, period)],
    ['people', () => repository.people(scope, period)],
    ['functions', () => repository.functions(scope, period)],
    ['skills', () => repository.skills(scope, period)],
    ['evaluations', () => repository.evaluations(scope, period)],
    ['evaluation texts', () => repository.evaluationTexts(scope, period, 50)],
    ['dossiers', () => repository.dossiers(scope, period)],
    ['dossier teams', () => repository.dossierTeams(scope, period)],
  ];
  const breakdown: string[] = [];
  for (const [label, work] of statements) {
    const times: number[] = [];
    for (let i = 0; i < 5; i++) {
      const started = performance.now();
      await work();
      times.push(performance.now() - started);
    }
    breakdown.push(`${label} ${percentile(times, 50).toFixed(1)} ms`);
  }
  log(`partnership statements (median of 5, each alone): ${breakdown.join(', ')}`);

  const recompute = (orgs: string[], both: boolean) =>
    client
      .query<Record<string, number | null>>(
        RECOMPUTE(both),
        both ? [orgs, period.from, period.to, PARTNERSHIP] : [orgs, period.from, period.to],
      )
      .then((r) => r.rows[0]);
  const recomputeRuns = Math.max(5, Math.round(RUNS / 4));
  const organisationScratch = await time(
    (i) => recompute([organisations[i % organisations.length]], false),
    recomputeRuns,
  );
  const partnershipScratch = await time(() => recompute(members, true), recomputeRuns);
  log(
    `from scratch: organisation p95 ${organisationScratch.p95.toFixed(1)} ms, partnership p95 ${partnershipScratch.p95.toFixed(1)} ms`,
  );

  // Equality: every organisation timed, and the partnership.
  const mismatches: string[] = [];
  const check = (
    label: string,
    report: Awaited<ReturnType<ReportsService['organisationReport']>>,
    scratch: Record<string, number | null>,
  ) => {
    for (const key of CHECKED) {
      const mine = report.figures.find((f) => f.key === key)?.current ?? null;
      const theirs = scratch[key] ?? null;
      if (mine !== theirs) mismatches.push(`${label} ${key}: report ${mine}, recomputed ${theirs}`);
    }
  };
  for (const org of organisations) {
    check(org, await service.organisationReport(admin, org, PERIOD, 'nl'), await recompute([org], false));
  }
  const partnership = await service.partnershipReport(admin, PARTNERSHIP, PERIOD, 'nl');
  check('partnership', partnership, await recompute(members, true));
  const figures = Object.fromEntries(partnership.figures.map((f) => [f.key, f.current]));
  log(mismatches.length === 0 ? 'recomputation: all figures equal' : `MISMATCHES:\n${mismatches.join('\n')}`);

  const explain = (
    await client.query<{ 'QUERY PLAN': string }>(
      `EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT count(*) FROM tasks t
        WHERE t.organisation_id = ANY($1::uuid[])
          AND t.published_at >= ($2::date::timestamp AT TIME ZONE 'Europe/Amsterdam')
          AND t.published_at < (($3::date + 1)::timestamp AT TIME ZONE 'Europe/Amsterdam')`,
      [members, period.from, period.to],
    )
  ).rows
    .map((r) => r['QUERY PLAN'])
    .join('\n');
  const peoplePlan = (
    await client.query<{ 'QUERY PLAN': string }>(
      `EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) ${peopleSql('both')}`,
      [members, period.from, period.to],
    )
  ).rows
    .map((r) => r['QUERY PLAN'])
    .join('\n');
  await db.destroy();
  await client.end();

  const row = (label: string, t: { p50: number; p95: number; max: number }) =>
    `| ${label} | ${t.p50.toFixed(1)} | ${t.p95.toFixed(1)} | ${t.max.toFixed(1)} |`;
  const block = [
    `Run of ${date} on ${machine}.`,
    '',
    `Scale ${SCALE}: ${counts['users']} users in 300 organisations, ${counts['klussen']} klussen ` +
      `(${counts['completed']} completed), ${counts['ledger entries']} ledger entries, ${counts['evaluations']} evaluations; ` +
      `database ${counts['database size']}; seeded in ${seedSeconds.toFixed(0)} s. Period ${PERIOD} against the quarter before.`,
    '',
    '| what (ms) | p50 | p95 | max |',
    '| --- | --- | --- | --- |',
    row(
      `organisation report (ReportsService, ${RUNS} runs over ${organisations.length} organisations)`,
      organisationReport,
    ),
    row(`partnership report, ${PARTNERSHIP_SIZE} organisations (${RUNS} runs)`, partnershipReport),
    row(`from-scratch SQL, organisation (${recomputeRuns} runs)`, organisationScratch),
    row(`from-scratch SQL, partnership (${recomputeRuns} runs)`, partnershipScratch),
    '',
    `Each statement of the partnership report alone (median of 5): ${breakdown.join(', ')}.`,
    '',
    `Target: partnership report p95 < ${TARGET_P95_MS} ms — ${partnershipReport.p95 < TARGET_P95_MS ? 'met' : 'MISSED'}.`,
    `Equality of ${CHECKED.length} key figures with the recomputation, for ${organisations.length} organisations and the partnership: ` +
      (mismatches.length === 0
        ? 'all equal.'
        : `${mismatches.length} differences:\n\n${mismatches.map((m) => `- ${m}`).join('\n')}`),
    '',
    `The partnership's figures: ${CHECKED.map((k) => `${k} ${figures[k]}`).join(', ')}.`,
    '',
    'Plan of the "posted" count for the partnership:',
    '',
    '```',
    explain,
    '```',
    '',
    "Plan of the partnership's participation statement (the slowest):",
    '',
    '```',
    peoplePlan,
    '```',
  ].join('\n');
  console.log(`\n${block}`);
  const headlines: Headline[] = [
    {
      name: `partnership report (${PARTNERSHIP_SIZE} organisations), p95 (floor: the from-scratch SQL)`,
      value: partnershipReport.p95,
      unit: 'ms',
      floor: partnershipScratch.p95,
      target: `< ${TARGET_P95_MS} ms`,
      met: partnershipReport.p95 < TARGET_P95_MS,
    },
    {
      name: 'organisation report, p95 (floor: the from-scratch SQL)',
      value: organisationReport.p95,
      unit: 'ms',
      floor: organisationScratch.p95,
    },
    {
      name: `key figures equal to the recomputation (of ${CHECKED.length * (organisations.length + 1)})`,
      value: CHECKED.length * (organisations.length + 1) - mismatches.length,
      unit: '',
      target: 'all',
      met: mismatches.length === 0,
    },
  ];
  publishResult({ benchmark: 'reports', scale: SCALE, seedSeconds, postgres, counts, figures: headlines });
  if (mismatches.length > 0) process.exitCode = 1;
  if (SCALE !== 1) {
    log(`not writing ${DOC}: its figures are for BENCH_SCALE 1`);
    return;
  }
  const doc = readFileSync(DOC, 'utf8');
  const start = '<!-- bench:reports:start -->';
  const end = '<!-- bench:reports:end -->';
  writeFileSync(
    DOC,
    `${doc.slice(0, doc.indexOf(start) + start.length)}\n${block}\n${doc.slice(doc.indexOf(end))}`,
  );
  log(`wrote ${DOC}`);
}

try {
  await main();
} catch (error) {
  process.exitCode = 1;
  console.error(error);
} finally {
  await cleanups.run();
  log(`finished in ${((performance.now() - began) / 1000).toFixed(0)} s`);
}
