import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import pg from 'pg';
import { holdPort } from '@klussenbank/test-support';
import { Cleanups, startDatabase, startRedis } from '../test/support/services.js';
import { type BenchUser, logInBenchUsers, startBenchApi, startBenchWorker } from './bench-system.js';
import { percentile, sortedCopy } from './load.js';
import { type Headline, publishResult } from './bench-result.js';
import { benchScale, migrateAndSeed } from './national-seed.js';
import { mixRequest } from './workload.js';

/*
 * npm run bench:load — issue 17's sustained load (not a test: it reports, it does not judge).
 * Seeds the national data set (national-seed.ts: 300 organisations, 250k people, a year of klussen),
 * starts the API and a worker from the production code (NODE_ENV=production, own
 * processes), logs in 50 employees of different organisations, and drives them with autocannon for
 * 10 minutes at a fixed overall rate: browse and search 70 % (the search benchmark's filter mix),
 * klus detail 15 %, claims 5 % (each person claims a place on a klus of their own organisation and
 * withdraws it the next time, so places do not run out; a klus the API refuses with a 409, full or
 * over the person's hour cap, leaves their list, as the page would show it), notifications and
 * profile 10 %. Reports throughput, p50/p95/p99 and errors per request kind (refused claims apart,
 * by the problem's code: they are right answers, not errors), and the API's and the worker's
 * resident memory every minute (goal: no growth beyond 10 % between minute 2 and the last), and the
 * API's heap after a full garbage collection (asked over IPC; a leak shows there, while resident
 * memory also grows when V8 merely keeps more room).
 *
 * Settings (environment): BENCH_MINUTES (10), BENCH_USERS (50), BENCH_RATE (overall requests per
 * second; 120), BENCH_SCALE (1), DATABASE_URL / REDIS_URL (otherwise an embedded PostgreSQL in a temp folder and the
 * local Redis or a redis-server).
 */

const env = (name: string, fallback: number) => {
  const value = Number(process.env[name] ?? fallback);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} must be a positive number`);
  return value;
};
const OPTIONS = {
  minutes: env('BENCH_MINUTES', 10),
  users: env('BENCH_USERS', 50),
  rate: env('BENCH_RATE', 120),
};
/** The mix, in slots of 20: 14 browse/search, 3 detail, 1 claim or withdrawal, 2 notifications/profile. */
const SLOTS = [
  ...Array<string>(14).fill('browse/search'),
  ...Array<string>(3).fill('klus detail'),
  'claim/withdraw',
  'notifications',
  'profile',
] as const;
const KINDS = ['browse/search', 'klus detail', 'claim/withdraw', 'notifications', 'profile'];

const began = performance.now();
const log = (line: string) =>
  console.log(`[${((performance.now() - began) / 1000).toFixed(1).padStart(6)} s] ${line}`);
const ms = (value: number) => (Number.isNaN(value) ? '–' : value.toFixed(value < 10 ? 2 : 1));
const mib = (bytes: number) => (bytes / 2 ** 20).toFixed(0);

const cleanups = new Cleanups();
process.once('SIGINT', () => {
  console.error('Interrupted: cleaning up');
  void cleanups.run().finally(() => process.exit(130));
});

/** Resident memory of a process (Linux: VmRSS in /proc/<pid>/status), in bytes. */
function residentBytes(pid: number): number {
  const match = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match ? Number(match[1]) * 1024 : Number.NaN;
}

/** What one person reads and claims: klussen of their own organisation (always visible to them). */
interface Person extends BenchUser {
  details: string[];
  claimable: string[];
}

async function people(pool: pg.Pool, users: BenchUser[]): Promise<Person[]> {
  return Promise.all(
    users.map(async (user) => {
      const { rows } = await pool.query<{ id: string; claimable: boolean }>(
        `SELECT id, (status = 'open' AND claim_mode = 'instant' AND taken < capacity AND poster_id <> $2) AS claimable
           FROM tasks WHERE organisation_id = $1 AND status IN ('open', 'full', 'in-progress')
          ORDER BY created_at DESC LIMIT 60`,
        [user.organisationId, user.id],
      );
      return {
        ...user,
        details: rows.map((row) => row.id),
        claimable: rows.filter((row) => row.claimable).map((row) => row.id),
      };
    }),
  );
}

interface ClientState {
  n: number;
  kind: string;
  claim: { taskId: string; claimId: string } | null;
  /** The klus the last claim asked for. */
  claiming: string;
}

/** The `code` of a problem+json answer. */
const problemCode = (body: string): string => {
  try {
    const { code } = JSON.parse(body) as { code?: unknown };
    return typeof code === 'string' ? code : '?';
  } catch {
    return '?';
  }
};

async function main() {
  const id = randomBytes(4).toString('hex');
  const dir = mkdtempSync(join(os.tmpdir(), 'klussenbank-load-'));
  cleanups.add(() => Promise.resolve(rmSync(dir, { recursive: true, force: true })));
  const prefix = `kbload:${id}`;
  const cpus = os.cpus();
  console.log('# Klussenbank sustained load');
  console.log(
    `date ${new Date().toISOString()} | ${cpus[0]?.model ?? '?'} × ${cpus.length} | ` +
      `${(os.totalmem() / 2 ** 30).toFixed(1)} GiB | ${os.type()} ${os.release()} | Node ${process.version}`,
  );
  console.log(`options: ${OPTIONS.users} users, ${OPTIONS.rate} requests/s overall, ${OPTIONS.minutes} min`);

  const databaseUrl = await startDatabase(cleanups, dir, `kb_load_${id}`, log);
  const redisUrl = await startRedis(cleanups, dir, prefix, log);
  const { size, seedSeconds, counts, postgres } = await migrateAndSeed(databaseUrl, log);

  const services = { databaseUrl, redisUrl, prefix };
  const api = await startBenchApi(cleanups, log, services);
  const healthPort = await holdPort();
  await healthPort.release();
  const worker = await startBenchWorker(cleanups, log, services, healthPort.port);
  log(`API on 127.0.0.1:${api.port} (pid ${api.pid}), worker pid ${worker.pid}; NODE_ENV=production`);

  const pool = new pg.Pool({ connectionString: databaseUrl, max: 4 });
  cleanups.add(() => pool.end());
  const persons = await people(pool, await logInBenchUsers(pool, api.port, OPTIONS.users, size));
  if (persons.some((person) => person.details.length === 0)) throw new Error('A bench user sees no klus');
  log(
    `logged in ${persons.length} users of ${new Set(persons.map((p) => p.organisationId)).size} organisations`,
  );

  const latencies = new Map<string, number[]>(KINDS.map((kind) => [kind, []]));
  const errors = new Map<string, number>(KINDS.map((kind) => [kind, 0]));
  const refusals = new Map<string, number>();
  const firstErrors: string[] = [];
  const memory: { minute: number; api: number; apiHeap: number; worker: number }[] = [];
  const sampleMemory = async (minute: number) => {
    const apiHeap = await api.heapAfterGc();
    memory.push({ minute, api: residentBytes(api.pid), apiHeap, worker: residentBytes(worker.pid) });
    const last = memory.at(-1)!;
    log(
      `minute ${minute}: API ${mib(last.api)} MiB resident (heap after a full GC ${mib(last.apiHeap)} MiB), ` +
        `worker ${mib(last.worker)} MiB resident`,
    );
  };
  await sampleMemory(0);

  let nextPerson = 0;
  const recordError = (kind: string, text: string) => {
    errors.set(kind, (errors.get(kind) ?? 0) + 1);
    if (firstErrors.length < 5) firstErrors.push(`${kind}: ${text.slice(0, 200)}`);
  };
  let instance!: autocannon.Instance;
  const finished = new Promise<autocannon.Result>((resolve, reject) => {
    instance = autocannon(
      {
        url: `http://127.0.0.1:${api.port}`,
        connections: OPTIONS.users,
        pipelining: 1,
        overallRate: OPTIONS.rate,
        duration: OPTIONS.minutes * 60,
        // One person per connection, with their token and their own place in the mix.
        setupClient: (client) => {
          const person = persons[nextPerson % persons.length];
          const state: ClientState = { n: nextPerson * 7, kind: '', claim: null, claiming: '' };
          nextPerson++;
          const headers = { authorization: `Bearer ${person.token}`, accept: 'application/json' };
          const json = { ...headers, 'content-type': 'application/json' };
          client.setRequests([
            {
              setupRequest: (request) => {
                const n = state.n++;
                state.kind = SLOTS[n % SLOTS.length]!;
                // Nothing left to claim (everything refused): this person reads a klus instead.
                if (state.kind === 'claim/withdraw' && !state.claim && person.claimable.length === 0)
                  state.kind = 'klus detail';
                const pick = (list: string[]) => list[n % list.length];
                switch (state.kind) {
                  case 'browse/search':
                    return { ...request, method: 'GET', path: mixRequest(n).path, headers };
                  case 'klus detail':
                    return {
                      ...request,
                      method: 'GET',
                      path: `/api/v1/tasks/${pick(person.details)}`,
                      headers,
                    };
                  case 'claim/withdraw':
                    if (state.claim) {
                      const { taskId, claimId } = state.claim;
                      return {
                        ...request,
                        method: 'PATCH',
                        path: `/api/v1/tasks/${taskId}/claims/${claimId}`,
                        headers: json,
                        body: JSON.stringify({ status: 'withdrawn' }),
                      };
                    }
                    state.claiming = pick(person.claimable)!;
                    return {
                      ...request,
                      method: 'POST',
                      path: `/api/v1/tasks/${state.claiming}/claims`,
                      headers: json,
                      body: '{}',
                    };
                  case 'notifications':
                    return { ...request, method: 'GET', path: '/api/v1/me/notifications', headers };
                  default:
                    return { ...request, method: 'GET', path: '/api/v1/me/profile', headers };
                }
              },
              onResponse: (status, body) => {
                const claiming = state.kind === 'claim/withdraw' && !state.claim;
                if (claiming && status === 409) {
                  const code = problemCode(body);
                  refusals.set(code, (refusals.get(code) ?? 0) + 1);
                  person.claimable = person.claimable.filter((id) => id !== state.claiming);
                } else if (status >= 400) {
                  recordError(state.kind, `HTTP ${status} ${problemCode(body)}`);
                } else if (state.kind === 'claim/withdraw') {
                  state.claim = state.claim
                    ? null
                    : { taskId: state.claiming, claimId: (JSON.parse(body) as { id: string }).id };
                }
              },
            },
          ]);
          client.on('response', (status: number, _bytes: number, duration: number) => {
            if (status < 400) latencies.get(state.kind)?.push(duration);
          });
        },
      },
      (error: Error | null, result) => (error ? reject(error) : resolve(result)),
    );
  });
  instance.on('reqError', (error: Error) => recordError('transport', error.message));
  const sampler = setInterval(() => {
    const minute = Math.round((performance.now() - loadStarted) / 60_000);
    void sampleMemory(minute);
  }, 60_000);
  const loadStarted = performance.now();
  const result = await finished;
  clearInterval(sampler);
  if (memory.at(-1)?.minute !== OPTIONS.minutes) await sampleMemory(OPTIONS.minutes);
  const figures = report(result, latencies, errors, refusals, firstErrors, memory);
  publishResult({ benchmark: 'load', scale: benchScale(), seedSeconds, postgres, counts, figures });
}

function report(
  result: autocannon.Result,
  latencies: Map<string, number[]>,
  errors: Map<string, number>,
  refusals: Map<string, number>,
  firstErrors: string[],
  memory: { minute: number; api: number; apiHeap: number; worker: number }[],
): Headline[] {
  const seconds = OPTIONS.minutes * 60;
  const refused = [...refusals.values()].reduce((sum, n) => sum + n, 0);
  const failed = result.non2xx - refused + result.errors + result.timeouts;
  const figures: Headline[] = [
    {
      name: `throughput, ${OPTIONS.users} people for ${OPTIONS.minutes} min`,
      value: result.requests.total / seconds,
      unit: 'req/s',
      target: `the asked ${OPTIONS.rate} req/s`,
      met: result.requests.total / seconds >= OPTIONS.rate * 0.98,
    },
    {
      name: 'errors: answers not 2xx (refused claims apart), transport errors, timeouts',
      value: failed,
      unit: '',
      target: '0',
      met: failed === 0,
    },
    { name: 'claims refused (409: full, hour cap, already claimed)', value: refused, unit: '' },
  ];
  console.log('');
  console.log(
    `## Throughput: ${(result.requests.total / seconds).toFixed(1)} requests/s (asked: ${OPTIONS.rate})`,
  );
  console.log(
    `requests ${result.requests.total}, non-2xx ${result.non2xx} (of which refused claims ${refused}), errors ${result.errors}, timeouts ${result.timeouts}`,
  );
  const codes = [...refusals].map(([code, n]) => `${code} ${n}`).join(', ');
  if (codes) console.log(`claims refused, by code: ${codes}`);
  console.log('');
  console.log('| kind | share | requests/s | p50 ms | p95 ms | p99 ms | errors |');
  console.log('| --- | --- | --- | --- | --- | --- | --- |');
  const total = [...latencies.values()].reduce((sum, list) => sum + list.length, 0);
  for (const [kind, list] of latencies) {
    const sorted = sortedCopy(list);
    if (kind === 'browse/search' || kind === 'claim/withdraw')
      figures.push({ name: `${kind} p95`, value: percentile(sorted, 95), unit: 'ms' });
    console.log(
      `| ${kind} | ${((100 * list.length) / Math.max(1, total)).toFixed(1)} % | ${(list.length / seconds).toFixed(1)} | ` +
        `${ms(percentile(sorted, 50))} | ${ms(percentile(sorted, 95))} | ${ms(percentile(sorted, 99))} | ${errors.get(kind) ?? 0} |`,
    );
  }
  const transport = errors.get('transport') ?? 0;
  if (transport) console.log(`transport errors: ${transport}`);
  for (const line of firstErrors) console.log(`  first errors: ${line}`);
  console.log('');
  console.log('| minute | API resident MiB | API heap after a full GC, MiB | worker resident MiB |');
  console.log('| --- | --- | --- | --- |');
  for (const sample of memory)
    console.log(`| ${sample.minute} | ${mib(sample.api)} | ${mib(sample.apiHeap)} | ${mib(sample.worker)} |`);
  const from = memory.find((sample) => sample.minute >= 2);
  const to = memory.at(-1);
  if (from && to && to.minute > from.minute) {
    const growth = (name: 'api' | 'apiHeap' | 'worker') =>
      ((100 * (to[name] - from[name])) / from[name]).toFixed(1);
    console.log(
      `growth from minute ${from.minute} to ${to.minute}: API ${growth('api')} % resident, ` +
        `${growth('apiHeap')} % heap after a full GC; worker ${growth('worker')} % (goal: ≤ 10 %)`,
    );
    const names = {
      api: 'API resident memory',
      apiHeap: 'API heap after a full GC',
      worker: 'worker resident memory',
    };
    for (const name of ['api', 'apiHeap', 'worker'] as const)
      figures.push({
        name: `${names[name]} growth, minute ${from.minute} to ${to.minute}`,
        value: Number(growth(name)),
        unit: '%',
        target: '≤ 10 %',
        met: Number(growth(name)) <= 10,
      });
  }
  return figures;
}

main()
  .catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => cleanups.run());
