import { type ChildProcess, fork } from 'node:child_process';
import { createHash } from 'node:crypto';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type pg from 'pg';
import type { Viewer } from '../src/tasks/task.types.js';
import type { Cleanups } from '../test/support/services.js';
import type { BareServerStart } from './bare-server.js';
import { httpPost } from './load.js';
import { BENCH_PASSWORD, MANAGERS_PER_ORGANISATION, type NationalSize, userEmail } from './national-seed.js';

const here = dirname(fileURLToPath(import.meta.url));

/** Where the benchmarks' API and worker run: one database and one Redis (with its own key prefix). */
export interface BenchServices {
  databaseUrl: string;
  redisUrl: string;
  prefix: string;
}

const productionEnv = (services: BenchServices): NodeJS.ProcessEnv => ({
  ...process.env,
  NODE_ENV: 'production',
  DATABASE_URL: services.databaseUrl,
  REDIS_URL: services.redisUrl,
  REDIS_PREFIX: services.prefix,
  LOG_LEVEL: 'warn',
  SEED_DEMO_DATA: 'false',
});

/** Stops a child at cleanup: `stop` over IPC (or SIGTERM), SIGKILL after 10 s. */
function stopAtCleanup(cleanups: Cleanups, child: ChildProcess, name: string, log: (line: string) => void) {
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  cleanups.add(async () => {
    if (child.exitCode === null && child.signalCode === null) {
      if (child.connected) child.send('stop');
      else child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    }
    log(`stopped the ${name}`);
  });
}

/** The API in a child process, configured like production (`api-server.ts`); resolves with its port and pid. */
export function startBenchApi(
  cleanups: Cleanups,
  log: (line: string) => void,
  services: BenchServices,
): Promise<{ port: number; pid: number; heapAfterGc: () => Promise<number> }> {
  return new Promise((resolve, reject) => {
    const child: ChildProcess = fork(join(here, 'api-server.js'), [], {
      // BENCH_API_CPU_PROF=<folder>: the API writes a V8 CPU profile there when it stops.
      execArgv: [
        '--expose-gc',
        ...(process.env.BENCH_API_CPU_PROF
          ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_API_CPU_PROF}`]
          : []),
      ],
      env: { ...productionEnv(services), PORT: '0', HOST: '127.0.0.1', WEB_ROOT: '' },
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    child.once('exit', (code) => reject(new Error(`The API exited early (code ${code})`)));
    child.once('message', (message) => {
      const { port } = message as { port: number };
      stopAtCleanup(cleanups, child, 'API', log);
      /** The API's heap in use after a full garbage collection, in bytes. */
      const heapAfterGc = () =>
        new Promise<number>((answered) => {
          const listener = (reply: unknown) => {
            if (typeof reply !== 'object' || reply === null || !('heapUsed' in reply)) return;
            child.off('message', listener);
            answered((reply as { heapUsed: number }).heapUsed);
          };
          child.on('message', listener);
          child.send('heap');
        });
      resolve({ port, pid: child.pid ?? 0, heapAfterGc });
    });
  });
}

/**
 * The bare HTTP server (`bare-server.ts`: node:http and pg, nothing else) in a child process, given the
 * statements of every client's requests; resolves with its port and pid.
 */
export function startBareServer(
  cleanups: Cleanups,
  log: (line: string) => void,
  start: BareServerStart,
): Promise<{ port: number; pid: number }> {
  return new Promise((resolve, reject) => {
    const child: ChildProcess = fork(join(here, 'bare-server.js'), [], {
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    child.once('exit', (code) => reject(new Error(`The bare server exited early (code ${code})`)));
    child.once('message', (message) => {
      stopAtCleanup(cleanups, child, 'bare server', log);
      resolve({ port: (message as { port: number }).port, pid: child.pid ?? 0 });
    });
    child.send(start);
  });
}

/**
 * The production worker (`src/worker.ts`, every queue, the outbox relay) in a child process; resolves
 * with its pid once its health port answers ready.
 */
export async function startBenchWorker(
  cleanups: Cleanups,
  log: (line: string) => void,
  services: BenchServices,
  healthPort: number,
): Promise<{ pid: number }> {
  const child = fork(join(here, '../src/worker.js'), [], {
    env: { ...productionEnv(services), WORKER_HEALTH_PORT: String(healthPort) },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  let exited = false;
  child.once('exit', () => (exited = true));
  stopAtCleanup(cleanups, child, 'worker', log);
  for (let attempt = 0; attempt < 300 && !exited; attempt++) {
    const ready = await fetch(`http://127.0.0.1:${healthPort}/health/ready`).then(
      (response) => response.ok,
      () => false,
    );
    if (ready) return { pid: child.pid ?? 0 };
    await new Promise((done) => setTimeout(done, 200));
  }
  throw new Error('The worker did not become ready');
}

export interface BenchUser extends Viewer {
  email: string;
  token: string;
  tokenHash: Buffer;
}

/**
 * `count` ordinary employees of different organisations of the national data set (national-seed.ts),
 * logged in over HTTP.
 */
export async function logInBenchUsers(
  db: pg.Pool,
  port: number,
  count: number,
  size: NationalSize,
): Promise<BenchUser[]> {
  const O = size.organisations;
  const employeesPerOrganisation = Math.floor(size.users / O) - MANAGERS_PER_ORGANISATION;
  const emails = Array.from({ length: count }, (_, i) =>
    userEmail(1 + ((i * 15) % O) + O * (MANAGERS_PER_ORGANISATION + (i % employeesPerOrganisation)), size),
  );
  const { rows } = await db.query<{ id: string; organisation_id: string; email: string }>(
    `SELECT u.id, u.organisation_id, u.email FROM unnest($1::text[]) WITH ORDINALITY AS e (email, i)
       JOIN users u ON u.email = e.email ORDER BY e.i`,
    [emails],
  );
  if (rows.length !== count) throw new Error(`Found ${rows.length} of ${count} bench users`);
  const users: BenchUser[] = [];
  for (const row of rows) {
    const response = await httpPost(port, '/api/v1/auth/login', {
      email: row.email,
      password: BENCH_PASSWORD,
    });
    const token = (response.json as { token?: string } | null)?.token;
    if (response.status !== 200 || !token) {
      throw new Error(`Login of ${row.email} failed: ${response.status} ${JSON.stringify(response.json)}`);
    }
    users.push({
      id: row.id,
      organisationId: row.organisation_id,
      email: row.email,
      token,
      tokenHash: createHash('sha256').update(token).digest(),
    });
  }
  return users;
}
