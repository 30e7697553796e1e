import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createDatabase, holdPort } from '@klussenbank/test-support';

const repoRoot = resolve(import.meta.dirname, '../..');
export const LAUNCHER = join(repoRoot, 'apps/api/dist/launcher/start.js');

export interface RunningSystem {
  baseUrl: string;
  output: () => string;
  /** Ctrl-C, as a developer would; resolves with the exit code. */
  stop(): Promise<number | null>;
}

export interface SystemSettings {
  dataDir: string;
  port: number;
  postgresPort: number;
  /** The ports are held from `newSystemSettings()` until the launcher is about to start. */
  releasePorts(): Promise<void>;
  env: Record<string, string>;
}

/**
 * Settings for a system started the way `npm start` starts it. With DATABASE_URL in the
 * environment a fresh database is made on that server; otherwise the launcher's embedded
 * PostgreSQL runs in a throw-away folder.
 */
export async function newSystemSettings(): Promise<SystemSettings> {
  const env: Record<string, string> = {
    NODE_ENV: 'development',
    REDIS_PREFIX: `kbe2e:${randomBytes(3).toString('hex')}`,
  };
  const given = process.env['DATABASE_URL'];
  if (given) {
    env['DATABASE_URL'] = (await createDatabase(given, `kb_e2e_${randomBytes(4).toString('hex')}`)).url;
  }
  const ports = [await holdPort(), await holdPort()] as const;
  return {
    dataDir: mkdtempSync(join(tmpdir(), 'klussenbank-e2e-')),
    port: ports[0].port,
    postgresPort: ports[1].port,
    releasePorts: async () => {
      for (const held of ports) await held.release();
    },
    env,
  };
}

export async function startSystem(
  settings: SystemSettings,
  extraEnv: Record<string, string> = {},
): Promise<RunningSystem> {
  const child = await run(settings, extraEnv);
  let log = '';
  child.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
  const baseUrl = `http://127.0.0.1:${settings.port}`;
  // Ready when the banner's last line arrives; not when the launcher exits first, nor after 90 s.
  await new Promise<void>((ready, fail) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      fail(new Error(`The system did not start within 90 s:\n${log}`));
    }, 90_000);
    const check = () => {
      if (!log.includes('Press Ctrl-C to stop')) return;
      clearTimeout(timer);
      child.stdout?.off('data', check);
      ready();
    };
    child.stdout?.on('data', check);
    child.once('exit', () => {
      clearTimeout(timer);
      fail(new Error(`The system did not start:\n${log}`));
    });
    check();
  });
  return {
    baseUrl,
    output: () => log,
    /** Ctrl-C as a terminal sends it: SIGINT to every process of the group (see run()). */
    stop: async () => {
      process.kill(-child.pid!, 'SIGINT');
      return exited;
    },
  };
}

/** Runs the launcher to its end (for start-up failures); returns exit code and output. */
export async function runToExit(settings: SystemSettings, extraEnv: Record<string, string>) {
  const child = await run(settings, extraEnv);
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const code = await new Promise<number | null>((done) => child.once('exit', (c) => done(c)));
  return { code, stdout, stderr };
}

async function run(settings: SystemSettings, extraEnv: Record<string, string>): Promise<ChildProcess> {
  await settings.releasePorts();
  return spawn(process.execPath, [LAUNCHER], {
    cwd: repoRoot,
    env: {
      ...process.env,
      ...settings.env,
      PORT: String(settings.port),
      KLUSSENBANK_DATA_DIR: settings.dataDir,
      EMBEDDED_POSTGRES_PORT: String(settings.postgresPort),
      LOG_LEVEL: 'warn',
      HOST: '', // npm start's own default (127.0.0.1), whatever the machine has set
      ...extraEnv,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    // A process group of its own, as `npm start` has in a terminal, so stop() can signal all of it.
    detached: true,
  });
}
