import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { sessionAbsoluteCutoff } from '@klussenbank/domain';
import { RESOLVE_SESSION_SQL } from '../src/auth/session.service.js';
import { AppConfig } from '../src/config/app-config.js';
import { Cleanups, startDatabase, startRedis } from '../test/support/services.js';
import { type Client, drive, httpGet, median, percentile, type RunResult, sortedCopy } from './load.js';
import { type BenchUser, logInBenchUsers, startBareServer, startBenchApi } from './bench-system.js';
import { type Headline, publishResult } from './bench-result.js';
import { CpuMeter, type CpuShares, perRequest } from './cpu-meter.js';
import { benchScale, migrateAndSeed } from './national-seed.js';
import {
  type BenchRequest,
  type Database,
  explained,
  MIX_LABELS,
  requestsFor,
  type Statement,
  statementsOf,
} from './workload.js';

/*
 * npm run bench:search — the search benchmark of issue 3 (not a test: it reports, it does not judge).
 * Seeds the national data set (national-seed.ts: 250k people, 20k open or full klussen among a year
 * of history) in a database of its own, then measures
 * GET /api/v1/tasks on the real API (its own process, NODE_ENV=production) with a typical filter mix
 * at 20 concurrent clients, taking turns with the same SQL sent straight through a pg Pool (the floor).
 *
 * Settings (environment): BENCH_DURATION_S (20), BENCH_WARMUP_S (3, before each run),
 * BENCH_FIRST_WARMUP_S (15, each kind once before the first round), BENCH_ROUNDS (3),
 * BENCH_CONCURRENCY (20), BENCH_SQL_POOL (10, the API's own pool size), BENCH_SCALE (1), BENCH_KINDS (all:
 * sql,api,bare,sql+session), DATABASE_URL / REDIS_URL
 * (otherwise an embedded PostgreSQL in a temp folder and the local Redis or a redis-server).
 */

const env = (name: string, fallback: number) => {
  const value = Number(process.env[name] ?? fallback);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} must be a positive number`);
  return value;
};
const OPTIONS = {
  durationMs: env('BENCH_DURATION_S', 20) * 1000,
  warmupMs: env('BENCH_WARMUP_S', 3) * 1000,
  firstWarmupMs: env('BENCH_FIRST_WARMUP_S', 15) * 1000,
  rounds: env('BENCH_ROUNDS', 3),
  concurrency: env('BENCH_CONCURRENCY', 20),
  sqlPool: env('BENCH_SQL_POOL', 10),
};
/** Requests per client sequence before it repeats (the mix has 30 slots). */
const SEQUENCE = 240;
/**
 * Issue 17's targets for this hardware, measured side by side at 20 clients: the headline figures of
 * `npm run bench`. A run at another concurrency reports its figures without a verdict.
 */
const ISSUE_17 = { clients: 20, ratio: 0.8, p95OfFloor: 1.25 };
/** Issue 17's targets at 4 clients, per entry of the mix, and the honest ones proposed for 2 cores. */
const ISSUE_17_FOUR = { clients: 4, floorP95Ms: 12, apiP95Ms: 15 };
const HONEST_FOUR = { floorP95Ms: 50, p95OfFloor: 1.5 };

/** Sessions created after this have not reached the absolute timeout (SESSION_ABSOLUTE_DAYS, default 7). */
const SESSION_CUTOFF = sessionAbsoluteCutoff(new Date(), new AppConfig().SESSION_ABSOLUTE_DAYS);

const began = performance.now();
const log = (line: string) =>
  console.log(`[${((performance.now() - began) / 1000).toFixed(1).padStart(6)} s] ${line}`);
const ms = (value: number) => value.toFixed(value < 10 ? 2 : 1);

const cleanups = new Cleanups();
process.once('SIGINT', () => {
  console.error('Interrupted: cleaning up');
  void cleanups.run().finally(() => process.exit(130));
});

const cpuLine = ({ postgres, api, client }: CpuShares) =>
  `PostgreSQL ${postgres === undefined ? '?' : ms(postgres)} + API ${api === undefined ? '?' : ms(api)} + ` +
  `bench ${ms(client)} ms`;

/**
 * Where each kind's CPU went, per request (median of the rounds), and what that allows on this
 * machine's cores: at most cores / CPU requests per second, so by Little's law a closed loop of N
 * clients waits at least N × CPU / cores per request on average, whatever the code does beyond it.
 */
function cpuBudget(results: RunResult[], cpu: Map<RunResult, CpuShares>, kinds: string[]): string {
  const cores = os.cpus().length;
  const n = OPTIONS.concurrency;
  const lines = [
    `| | PostgreSQL | API (bare: its server) | bench process | CPU per request | most req/s on ${cores} cores | measured req/s | ` +
      `least mean latency (N × CPU / cores) | measured mean latency (N / req/s) |`,
    '|---|---|---|---|---|---|---|---|---|',
  ];
  const share = (values: (number | undefined)[]) => {
    const known = values.filter((v): v is number => v !== undefined);
    return known.length === values.length && known.length > 0 ? median(known) : undefined;
  };
  for (const kind of kinds) {
    const runs = results.filter((r) => r.kind === kind && cpu.has(r));
    const shares = runs.map((r) => cpu.get(r) as CpuShares);
    if (shares.length === 0) continue;
    const postgres = share(shares.map((s) => s.postgres));
    const api = share(shares.map((s) => s.api));
    const client = median(shares.map((s) => s.client));
    const total = (postgres ?? 0) + (api ?? 0) + client;
    const rps = median(runs.map((r) => r.rps));
    const cell = (v: number | undefined) => (v === undefined ? '?' : ms(v));
    lines.push(
      `| ${kind} | ${cell(postgres)} | ${cell(api)} | ${ms(client)} | ${ms(total)} ms | ` +
        `${((1000 * cores) / total).toFixed(0)} | ${rps.toFixed(0)} | ${ms((n * total) / cores)} ms | ` +
        `${ms((1000 * n) / rps)} ms |`,
    );
  }
  return lines.join('\n');
}

/** Sends a request's statements one after the other, as the service does; the last one's rows. */
async function replay(pool: pg.Pool, statements: Statement[]): Promise<unknown[]> {
  let rows: unknown[] = [];
  for (const { sql, params } of statements) rows = (await pool.query(sql, params)).rows;
  return rows;
}

/** The API and the SQL must agree on every kind of request before their speeds are compared. */
async function verify(
  pool: pg.Pool,
  port: number,
  agent: http.Agent,
  users: BenchUser[],
  sequences: BenchRequest[][],
) {
  let checked = 0;
  const totals = new Map<string, number[]>();
  // The first 30 requests of five clients: every mix entry, five viewers.
  for (const [w, sequence] of sequences.slice(0, 5).entries()) {
    const user = users[w];
    if (!user) continue;
    for (const request of sequence.slice(0, 30)) {
      const api = JSON.parse(
        (await httpGet(agent, port, request.path, { authorization: `Bearer ${user.token}` })).toString(),
      ) as { items: { id: string }[]; total: number };
      const rows = (await replay(pool, request.statements)) as { id: string | null; total: number }[];
      // One row per item, each with the total; a page past the end has one row, with the total only.
      const sqlTotal = rows[0]?.total ?? 0;
      const sqlIds = rows.flatMap((r) => (r.id === null ? [] : [r.id]));
      const sameIds = api.items.map((i) => i.id).join() === sqlIds.join();
      if (api.total !== sqlTotal || !sameIds) {
        throw new Error(
          `API and SQL disagree on ${request.path} for ${user.email}: total ${api.total} vs ${sqlTotal}, ` +
            `${api.items.length} vs ${sqlIds.length} items`,
        );
      }
      totals.set(request.label, [...(totals.get(request.label) ?? []), api.total]);
      checked++;
    }
  }
  log(
    `API and SQL agree on ${checked} requests (same items, same order, same total); ` +
      `skill requests replay 2 statements (look-up, search), the others 1`,
  );
  console.log('  matches per viewer (median total of the first requests, by mix entry):');
  for (const [label, values] of totals) console.log(`    ${label.padEnd(20)} ${median(values)}`);
}

function summarise(results: RunResult[]) {
  const kinds = [...new Set(results.map((r) => r.kind))];
  const rows = kinds.map((kind) => {
    const runs = results.filter((r) => r.kind === kind);
    const all = sortedCopy(runs.flatMap((r) => Array.from(r.latencies)));
    return {
      kind,
      rps: median(runs.map((r) => r.rps)),
      rpsMin: Math.min(...runs.map((r) => r.rps)),
      rpsMax: Math.max(...runs.map((r) => r.rps)),
      p50: percentile(all, 50),
      p95: percentile(all, 95),
      p99: percentile(all, 99),
      requests: all.length,
    };
  });
  return rows;
}

/** A kind's latencies for one entry of the mix over every round, sorted. */
function latenciesOf(results: RunResult[], kind: string, label: string): Float64Array {
  const values: number[] = [];
  for (const run of results.filter((r) => r.kind === kind)) {
    run.labels.forEach((l, i) => {
      if (l === label) values.push(run.latencies[i] ?? 0);
    });
  }
  return sortedCopy(values);
}

function perLabel(results: RunResult[], kinds: string[]) {
  const lines = [
    `| mix entry | share | ${kinds.map((k) => `${k} p50 / p95 (ms)`).join(' | ')} |`,
    `|---|---|${kinds.map(() => '---|').join('')}`,
  ];
  const total = results.filter((r) => r.kind === kinds[0]).reduce((n, r) => n + r.count, 0);
  for (const label of MIX_LABELS) {
    const cells = kinds.map((kind) => {
      const sorted = latenciesOf(results, kind, label);
      return `${ms(percentile(sorted, 50))} / ${ms(percentile(sorted, 95))}`;
    });
    const count = results
      .filter((r) => r.kind === kinds[0])
      .reduce((n, r) => n + r.labels.filter((l) => l === label).length, 0);
    lines.push(`| ${label} | ${((100 * count) / total).toFixed(0)} % | ${cells.join(' | ')} |`);
  }
  return lines.join('\n');
}

/**
 * Issue 17's 4-client targets, per entry of the mix: the floor's p95 under 12 ms and the API's under
 * 15 ms, out of reach on two cores (docs/search-performance.md), and the honest targets proposed in
 * their place: the floor's p95 at most 50 ms and the API's at most 1.5× the floor's. The worst entry
 * decides each.
 */
function perEntryTargets(results: RunResult[]): Headline[] {
  const entries = MIX_LABELS.map((label) => {
    const floor = percentile(latenciesOf(results, 'sql', label), 95);
    const api = percentile(latenciesOf(results, 'api', label), 95);
    return { label, floor, api, ratio: api / floor };
  });
  const worst = (key: 'floor' | 'api' | 'ratio') => entries.reduce((a, b) => (b[key] > a[key] ? b : a));
  const floor = worst('floor');
  const api = worst('api');
  const ratio = worst('ratio');
  return [
    {
      name: `slowest entry's floor p95, ${ISSUE_17_FOUR.clients} clients (${floor.label})`,
      value: floor.floor,
      unit: 'ms',
      target: `< ${ISSUE_17_FOUR.floorP95Ms} ms for every entry (issue 17; out of reach on 2 cores)`,
      met: floor.floor < ISSUE_17_FOUR.floorP95Ms,
    },
    {
      name: `slowest entry's API p95, ${ISSUE_17_FOUR.clients} clients (${api.label})`,
      value: api.api,
      unit: 'ms',
      floor: api.floor,
      target: `< ${ISSUE_17_FOUR.apiP95Ms} ms for every entry (issue 17; out of reach on 2 cores)`,
      met: api.api < ISSUE_17_FOUR.apiP95Ms,
    },
    {
      name: `slowest entry's floor p95, ${ISSUE_17_FOUR.clients} clients, honest target (${floor.label})`,
      value: floor.floor,
      unit: 'ms',
      target: `≤ ${HONEST_FOUR.floorP95Ms} ms for every entry (proposed for 2 cores)`,
      met: floor.floor <= HONEST_FOUR.floorP95Ms,
    },
    {
      name: `largest entry's API p95 / floor p95, ${ISSUE_17_FOUR.clients} clients (${ratio.label})`,
      value: ratio.api,
      unit: 'ms',
      floor: ratio.floor,
      target: `≤ ${HONEST_FOUR.p95OfFloor}× the floor's for every entry (proposed for 2 cores)`,
      met: ratio.ratio <= HONEST_FOUR.p95OfFloor,
    },
  ];
}

const INDEX_USE = /(?:Index (?:Only )?Scan(?: Backward)? using|Bitmap Index Scan on) (\w+)/g;

/**
 * Rows of `tasks` the plan touched: returned by its scan nodes plus those their filters threw away,
 * over every scan of `tasks` that ran (the page's, and the count's when the page does not tell the
 * total).
 */
function tasksExamined(plan: string): string {
  const lines = plan.split('\n');
  let total = 0;
  lines.forEach((line, at) => {
    const scan = / on tasks t(?:_\d+)? .*actual time=[\d.]+\.\.[\d.]+ rows=([\d.]+) loops=(\d+)/.exec(line);
    if (!scan) return;
    let removed = 0;
    for (const next of lines.slice(at + 1)) {
      if (next.includes('->')) break;
      const match = /Rows Removed by (?:Filter|Index Recheck): (\d+)/.exec(next);
      if (match) removed += Number(match[1]);
    }
    total += Math.round((Number(scan[1]) + removed) * Number(scan[2]));
  });
  return String(total);
}

/**
 * How the statement found the total: ranked by relevance it counts the matches it read anyway;
 * otherwise its count runs only when the page does not tell the total, and is skipped (never
 * executed) when it does.
 */
function totalFrom(plan: string): string {
  if (/CTE matching/.test(plan)) return 'the matches read';
  return / on tasks t(?:_\d+)? .*\(never executed\)/.test(plan) ? 'the page' : 'a count';
}

/** Times explained per statement; the fastest is kept, as the machine is shared and its speed drifts. */
const EXPLAIN_RUNS = 5;
const totalMs = (plan: string) =>
  Number(/Execution Time: ([\d.]+)/.exec(plan)?.[1] ?? Infinity) +
  Number(/Planning Time: ([\d.]+)/.exec(plan)?.[1] ?? Infinity);
async function planOf(pool: pg.Pool, { sql, params }: Statement): Promise<string> {
  let fastest = '';
  for (let i = 0; i < EXPLAIN_RUNS; i++) {
    const plan = (
      await pool.query<{ 'QUERY PLAN': string }>(`EXPLAIN (ANALYZE, BUFFERS) ${sql}`, params)
    ).rows
      .map((r) => r['QUERY PLAN'])
      .join('\n');
    if (!fastest || totalMs(plan) < totalMs(fastest)) fastest = plan;
  }
  return fastest;
}
const timesOf = (plan: string) =>
  `${/Execution Time: ([\d.]+)/.exec(plan)?.[1] ?? '?'}${/JIT:/.test(plan) ? ' (JIT)' : ''} + ` +
  `${/Planning Time: ([\d.]+)/.exec(plan)?.[1] ?? '?'}`;

async function explain(pool: pg.Pool, users: BenchUser[], database: Database) {
  const viewer = users[0];
  if (!viewer) return;
  const { rows: ids } = await pool.query<{
    organisation_id: string;
    partnership_id: string;
    dossier_id: string;
  }>(
    `SELECT (SELECT partnership_id FROM partnership_members WHERE organisation_id = $1 ORDER BY 1 LIMIT 1),
            $1::uuid AS organisation_id,
            (SELECT dossier_id FROM tasks WHERE dossier_id IS NOT NULL ORDER BY created_at DESC LIMIT 1)`,
    [viewer.organisationId],
  );
  const id = ids[0];
  if (!id) return;
  console.log(
    `\n## EXPLAIN (ANALYZE, BUFFERS), viewer ${viewer.email}: the fastest of ${EXPLAIN_RUNS} per statement\n`,
  );
  const summary: string[] = [
    '| query | items | total | execution + planning (ms) | total from | tasks rows examined | task indexes used |',
    '|---|---|---|---|---|---|---|',
  ];
  const queries = explained({
    organisationId: id.organisation_id,
    partnershipId: id.partnership_id,
    dossierId: id.dossier_id,
  });
  for (const { label, query } of queries) {
    const statements = await statementsOf(viewer, query, database);
    const search = statements.at(-1);
    if (!search) continue;
    const lookUps = statements.slice(0, -1);
    await replay(pool, statements); // warm, as in steady state
    const result = await pool.query<{ id: string | null; total: number }>(search.sql, search.params);
    const lookUpPlans: string[] = [];
    for (const statement of lookUps) lookUpPlans.push(await planOf(pool, statement));
    const plan = await planOf(pool, search);
    // Indexes of the scans that ran (a skipped count lists its plan too, marked never executed).
    const ran = plan
      .split('\n')
      .filter((line) => !line.includes('(never executed)'))
      .join('\n');
    const indexes = [...new Set([...ran.matchAll(INDEX_USE)].map((m) => m[1] ?? ''))].filter(
      (name) => name.startsWith('tasks_') || name.startsWith('task_skills_'),
    );
    const lookUpTimes = lookUpPlans.map((p) => ` (skill look-up ${timesOf(p)})`).join('');
    summary.push(
      `| ${label} | ${result.rows.filter((r) => r.id !== null).length} | ${result.rows[0]?.total ?? 0} | ` +
        `${timesOf(plan)}${lookUpTimes} | ${totalFrom(plan)} | ` +
        `${tasksExamined(plan)} | ${indexes.join(', ')} |`,
    );
    for (const [i, lookUp] of lookUpPlans.entries()) {
      console.log(`### ${label}: skill look-up\n${lookUps[i]?.sql ?? ''}\n${lookUp}\n`);
    }
    console.log(`### ${label}\nGET /api/v1/tasks?${new URLSearchParams(query).toString()}\n${plan}\n`);
  }
  const session = (
    await pool.query<{ 'QUERY PLAN': string }>(`EXPLAIN (ANALYZE, BUFFERS) ${RESOLVE_SESSION_SQL}`, [
      viewer.tokenHash,
      SESSION_CUTOFF,
    ])
  ).rows
    .map((r) => r['QUERY PLAN'])
    .join('\n');
  console.log(`### session lookup (a request whose session is not cached)\n${session}\n`);
  console.log(summary.join('\n'));
}

async function main() {
  const id = randomBytes(4).toString('hex');
  const dir = mkdtempSync(join(os.tmpdir(), 'klussenbank-bench-'));
  cleanups.add(() => Promise.resolve(rmSync(dir, { recursive: true, force: true })));
  const prefix = `kbbench:${id}`;
  const cpus = os.cpus();
  console.log('# Klussenbank search benchmark');
  console.log(
    `date ${new Date().toISOString()} | ${cpus[0]?.model ?? '?'} × ${cpus.length} | ` +
      `${(os.totalmem() / 2 ** 30).toFixed(1)} GiB | ${os.type()} ${os.release()} | Node ${process.version}`,
  );
  console.log(
    `options: ${OPTIONS.concurrency} clients, ${OPTIONS.warmupMs / 1000} s warm-up + ${OPTIONS.durationMs / 1000} s ` +
      `per run, ${OPTIONS.rounds} rounds, SQL pool ${OPTIONS.sqlPool} (the API's pool: 10)`,
  );

  const databaseUrl = await startDatabase(cleanups, dir, `kb_bench_${id}`, log);
  const redisUrl = await startRedis(cleanups, dir, prefix, log);
  log(
    `PostgreSQL ${new URL(databaseUrl).host}${new URL(databaseUrl).pathname}, Redis ${redisUrl} (prefix ${prefix})`,
  );

  const { size, seedSeconds, counts, postgres } = await migrateAndSeed(databaseUrl, log);
  const seeding = new pg.Client({ connectionString: databaseUrl });
  await seeding.connect();
  const settings = (
    await seeding.query<{ name: string; setting: string; unit: string | null }>(
      `SELECT name, setting, unit FROM pg_settings
        WHERE name IN ('server_version', 'shared_buffers', 'work_mem', 'jit', 'max_parallel_workers_per_gather',
                       'random_page_cost', 'effective_cache_size')`,
    )
  ).rows;
  await seeding.end();
  console.log(
    `PostgreSQL settings: ${settings.map((s) => `${s.name}=${s.setting}${s.unit ?? ''}`).join(', ')}`,
  );

  const { port, pid: apiPid } = await startBenchApi(cleanups, log, { databaseUrl, redisUrl, prefix });
  log(`API listening on 127.0.0.1:${port} (NODE_ENV=production, LOG_LEVEL=warn, own process)`);

  const pool = new pg.Pool({
    connectionString: databaseUrl,
    max: OPTIONS.sqlPool,
    application_name: 'klussenbank-bench',
  });
  cleanups.add(() => pool.end());
  const agent = new http.Agent({ keepAlive: true, maxSockets: OPTIONS.concurrency });
  cleanups.add(() => Promise.resolve(agent.destroy()));

  const users = await logInBenchUsers(pool, port, OPTIONS.concurrency, size);
  log(`logged in ${users.length} users of ${new Set(users.map((u) => u.organisationId)).size} organisations`);
  const database: Database = async (sql, params) =>
    (await pool.query<Record<string, unknown>>(sql, params)).rows;
  const sequences = await Promise.all(
    users.map((user, w) => requestsFor(user, (w * 7) % 30, SEQUENCE, database)),
  );
  await verify(pool, port, agent, users, sequences);
  const bare = await startBareServer(cleanups, log, {
    databaseUrl,
    poolSize: OPTIONS.sqlPool,
    sequences: sequences.map((sequence) => sequence.map((request) => request.statements)),
  });
  log(`bare HTTP server (node:http + pg, nothing else) on 127.0.0.1:${bare.port}`);

  const clients: Record<string, (w: number) => Client> = {
    sql: (w) => {
      const sequence = sequences[w] ?? [];
      return async (i) => {
        const request = sequence[i % sequence.length];
        await replay(pool, request.statements);
        return request.label;
      };
    },
    api: (w) => {
      const sequence = sequences[w] ?? [];
      const headers = { authorization: `Bearer ${users[w]?.token ?? ''}`, accept: 'application/json' };
      return async (i) => {
        const request = sequence[i % sequence.length];
        await httpGet(agent, port, request.path, headers);
        return request.label;
      };
    },
    bare: (w) => {
      const headers = { accept: 'application/json' };
      return async (i) => {
        const request = sequences[w]?.[i % SEQUENCE];
        await httpGet(agent, bare.port, `/${w}/${i % SEQUENCE}`, headers);
        return request?.label ?? '';
      };
    },
    'sql+session': (w) => {
      const sequence = sequences[w] ?? [];
      const tokenHash = users[w]?.tokenHash;
      return async (i) => {
        const request = sequence[i % sequence.length];
        await pool.query(RESOLVE_SESSION_SQL, [tokenHash, SESSION_CUTOFF]);
        await replay(pool, request.statements);
        return request.label;
      };
    },
  };
  // BENCH_KINDS=sql,api runs only those (an experiment); the headline figures need sql and api.
  const kinds = Object.keys(clients).filter(
    (kind) => !process.env.BENCH_KINDS || process.env.BENCH_KINDS.split(',').includes(kind),
  );
  const results: RunResult[] = [];
  const cpu = new Map<RunResult, CpuShares>();
  console.log(
    `\nload average before the runs: ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(', ')}`,
  );
  // Every kind runs unmeasured once before the rounds: the API compiles its hot paths (V8's JIT) and
  // its pool's PostgreSQL connections fill their caches in the first seconds after it starts, which
  // a server in production did long ago. Without this pass the first round measured that start.
  for (const kind of kinds) {
    const make = clients[kind];
    if (!make) continue;
    const warm = await drive(kind, 0, { ...OPTIONS, warmupMs: 0, durationMs: OPTIONS.firstWarmupMs }, make);
    log(`warmed up ${kind} for ${OPTIONS.firstWarmupMs / 1000} s: ${warm.rps.toFixed(0)} req/s`);
  }
  for (let round = 1; round <= OPTIONS.rounds; round++) {
    // Taking turns, and rotating who goes first, so drift of the machine's speed hits every kind alike.
    const order = kinds.map((_, i) => kinds[(i + round - 1) % kinds.length]);
    for (const kind of order) {
      const make = clients[kind];
      if (!make) continue;
      // The process behind the HTTP port: the API, or the bare server.
      const meter = new CpuMeter(kind === 'bare' ? bare.pid : apiPid);
      let spent: CpuShares | undefined;
      const result = await drive(kind, round, OPTIONS, make, {
        opened: () => meter.start(),
        closed: () => (spent = meter.stop()),
      });
      results.push(result);
      // Per request answered inside the window, as the result counts them.
      const shares = spent && perRequest(spent, result.count);
      if (shares) cpu.set(result, shares);
      const sorted = sortedCopy(result.latencies);
      log(
        `round ${round} ${kind.padEnd(11)} ${result.rps.toFixed(0).padStart(6)} req/s  ` +
          `p50 ${ms(percentile(sorted, 50))}  p95 ${ms(percentile(sorted, 95))}  p99 ${ms(percentile(sorted, 99))} ms` +
          (shares ? `  CPU/request ${cpuLine(shares)}` : '') +
          (result.errors ? `  errors ${result.errors}` : ''),
      );
    }
  }
  console.log(
    `load average after the runs: ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(', ')}`,
  );

  const summary = summarise(results);
  console.log('\n## Results\n');
  console.log(
    `| | req/s (median of ${OPTIONS.rounds}; min–max) | p50 (ms) | p95 (ms) | p99 (ms) | requests |`,
  );
  console.log('|---|---|---|---|---|---|');
  for (const row of summary) {
    console.log(
      `| ${row.kind} | ${row.rps.toFixed(0)} (${row.rpsMin.toFixed(0)}–${row.rpsMax.toFixed(0)}) | ${ms(row.p50)} | ` +
        `${ms(row.p95)} | ${ms(row.p99)} | ${row.requests} |`,
    );
  }
  const sqlRow = summary.find((r) => r.kind === 'sql');
  const apiRow = summary.find((r) => r.kind === 'api');
  /** Per round, a kind's throughput over that round's floor run (a minute apart at most). */
  const ratiosToFloor = (kind: string) =>
    Array.from({ length: OPTIONS.rounds }, (_, i) => {
      const run = results.find((r) => r.kind === kind && r.round === i + 1);
      const sql = results.find((r) => r.kind === 'sql' && r.round === i + 1);
      return run && sql ? run.rps / sql.rps : Number.NaN;
    });
  const roundRatios = ratiosToFloor('api');
  if (sqlRow && apiRow) {
    const ratio = median(roundRatios);
    console.log(
      `\nAPI / SQL throughput: ${(100 * ratio).toFixed(1)} % (median of the rounds: ` +
        `${roundRatios.map((r) => `${(100 * r).toFixed(0)} %`).join(', ')})`,
    );
    const bareRow = summary.find((r) => r.kind === 'bare');
    if (bareRow) {
      // What any HTTP API in its own process costs here: the API's share beyond it is the framework's.
      const bareRatios = ratiosToFloor('bare');
      console.log(
        `bare HTTP / SQL throughput: ${(100 * median(bareRatios)).toFixed(1)} % (median of the rounds: ` +
          `${bareRatios.map((r) => `${(100 * r).toFixed(0)} %`).join(', ')}); p95 ${ms(bareRow.p95)} ms = ` +
          `${(bareRow.p95 / sqlRow.p95).toFixed(2)}× the floor's (API: ${(apiRow.p95 / sqlRow.p95).toFixed(2)}×)`,
      );
    }
    // Issue 3's first targets (p95 < 50 ms, API ≥ 50 % of the floor) gave way to these: at 20 clients on
    // two cores the floor itself needs more than 50 ms (docs/search-performance.md).
    const p95Ratio = apiRow.p95 / sqlRow.p95;
    if (OPTIONS.concurrency === ISSUE_17_FOUR.clients)
      for (const { name, value, floor, target, met } of perEntryTargets(results)) {
        const against = floor === undefined ? '' : ` (floor ${ms(floor)} ms, ${(value / floor).toFixed(2)}×)`;
        console.log(`${name}: ${ms(value)} ms${against}; target ${target}: ${met ? 'met' : 'MISSED'}`);
      }
    else if (OPTIONS.concurrency !== ISSUE_17.clients)
      console.log(
        `Issue 17's targets are set at ${ISSUE_17.clients} and ${ISSUE_17_FOUR.clients} clients; no verdict on this run.`,
      );
    else
      console.log(
        `Issue 17's targets: API ≥ ${ISSUE_17.ratio * 100} % of the floor: ` +
          `${ratio >= ISSUE_17.ratio ? 'met' : 'MISSED'} (${(100 * ratio).toFixed(1)} %); API p95 ≤ ` +
          `${ISSUE_17.p95OfFloor}× the floor's: ${p95Ratio <= ISSUE_17.p95OfFloor ? 'met' : 'MISSED'} ` +
          `(${p95Ratio.toFixed(2)}×)`,
      );
  }
  if (sqlRow && apiRow) {
    const judged = OPTIONS.concurrency === ISSUE_17.clients;
    publishResult({
      benchmark: 'search',
      scale: benchScale(),
      seedSeconds,
      postgres,
      counts,
      figures: [
        {
          name: `GET /api/v1/tasks throughput, ${OPTIONS.concurrency} clients (floor: the same SQL through pg)`,
          value: apiRow.rps,
          unit: 'req/s',
          floor: sqlRow.rps,
          // Each round's API run against that round's floor run, a minute apart: the median of those.
          ratio: median(roundRatios),
          ...(judged && {
            target: `≥ ${ISSUE_17.ratio * 100} % of the floor, median of the rounds (issue 17)`,
            met: median(roundRatios) >= ISSUE_17.ratio,
          }),
        },
        {
          name: `GET /api/v1/tasks p95, ${OPTIONS.concurrency} clients`,
          value: apiRow.p95,
          unit: 'ms',
          floor: sqlRow.p95,
          ...(judged && {
            target: `≤ ${ISSUE_17.p95OfFloor}× the floor's p95 (issue 17)`,
            met: apiRow.p95 <= ISSUE_17.p95OfFloor * sqlRow.p95,
          }),
        },
        ...(OPTIONS.concurrency === ISSUE_17_FOUR.clients ? perEntryTargets(results) : []),
      ],
    });
  }
  console.log(`\n### CPU per request (median of the rounds; ${OPTIONS.concurrency} clients)\n`);
  console.log(cpuBudget(results, cpu, kinds));
  console.log('\n### Latency by mix entry (all rounds)\n');
  console.log(perLabel(results, kinds));

  await explain(pool, users, database);
  log('done');
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
