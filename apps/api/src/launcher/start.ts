import 'reflect-metadata';
import { type ChildProcess, spawn } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DataSource } from 'typeorm';
import { exitOnConfigError, loadConfig, type AppConfig } from '../config/app-config.js';
import { dataSourceOptions } from '../database/data-source-options.js';
import { runMigrationsOnce } from '../database/migrate.js';
import { ALL_QUEUES, QueueName } from '../queue/queue-name.enum.js';
import { DEMO_PASSWORD, DEMO_USERS, roleLabel } from '../seed/demo-network.js';
import { seedDemoData } from '../seed/demo-seed.js';
import {
  DEMO_SSO_CLIENT_ID,
  DEMO_SSO_PLACES,
  type DemoSsoPlace,
  demoSsoAccountFor,
  demoSsoAccounts,
  demoSsoClientSecret,
  registerDemoIdentityProviders,
} from '../seed/demo-sso.js';
import { startDevIdentityProvider } from './dev-identity-provider.js';
import { type LauncherConfig, loadLauncherConfig } from './launcher-config.js';
import { startMailCatcher } from './mail-catcher.js';
import { inOwnProcessGroup } from './own-process-group.js';
import { ensureRedis, type Service, ServiceError, startEmbeddedPostgres } from './services.js';

/**
 * `npm start`: PostgreSQL and Redis (embedded unless DATABASE_URL / REDIS_URL are given), a mail
 * catcher (unless SMTP_URL is given), the migrations, demo data in development, then the API, the
 * worker and the mail worker as child processes.
 * Ctrl-C stops all of it; the data stays under .data/ for the next start.
 */
const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(here, '../../../..');
const apiDist = resolve(here, '..');

const services: Service[] = [];
const children: ChildProcess[] = [];
let stopping = false;
let mailPage: string | undefined;
const devIssuers = new Map<DemoSsoPlace, string>();

function say(line: string): void {
  process.stdout.write(`[klussenbank] ${line}\n`);
}

function fail(message: string): Promise<never> {
  process.stderr.write(`${message}\n`);
  return shutdown(1);
}

async function shutdown(code: number): Promise<never> {
  if (!stopping) {
    stopping = true;
    if (code === 0) say('Stopping…');
    await Promise.all(
      children.map(
        (child) =>
          new Promise<void>((done) => {
            if (child.exitCode !== null || child.signalCode !== null) return done();
            const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
            child.once('exit', () => {
              clearTimeout(timer);
              done();
            });
            child.kill('SIGTERM');
          }),
      ),
    );
    for (const service of services.reverse()) await service.stop().catch(() => undefined);
    if (code === 0) say('Stopped. Your data is kept in .data/ for the next start.');
  }
  process.exit(code);
}

/**
 * Development single sign-on: an OpenID provider per demo SSO organisation (Oss, Zeist) on this
 * machine, and their identity providers in the database pointed at them.
 */
async function startDevSingleSignOn(config: AppConfig, firstPort: number): Promise<void> {
  const publicUrl = (path: string) => new URL(path, config.PUBLIC_URL).toString();
  for (const [index, place] of DEMO_SSO_PLACES.entries()) {
    const provider = await startDevIdentityProvider({
      port: firstPort + index,
      client: {
        clientId: DEMO_SSO_CLIENT_ID,
        clientSecret: demoSsoClientSecret(place),
        redirectUri: publicUrl('/api/v1/auth/sso/callback'),
        postLogoutRedirectUri: publicUrl('/inloggen'),
        backchannelLogoutUri: publicUrl('/api/v1/auth/sso/backchannel-logout'),
      },
      accountFor: (login) => demoSsoAccountFor(place, login),
    });
    services.push({ url: provider.issuer, startedHere: true, stop: () => provider.stop() });
    devIssuers.set(place, provider.issuer);
  }
  const key = config.oidcSecretKey;
  if (!key) return;
  const dataSource = new DataSource(dataSourceOptions(config.DATABASE_URL));
  await dataSource.initialize();
  try {
    await registerDemoIdentityProviders(dataSource, key, devIssuers);
  } finally {
    await dataSource.destroy();
  }
}

async function prepareDatabase(config: AppConfig): Promise<void> {
  const dataSource = new DataSource(dataSourceOptions(config.DATABASE_URL));
  try {
    await dataSource.initialize();
  } catch (error) {
    const { hostname, port } = new URL(config.DATABASE_URL);
    throw new ServiceError(
      `Cannot connect to PostgreSQL at ${hostname}:${port || 5432}: ${(error as Error).message}`,
    );
  }
  try {
    const applied = await runMigrationsOnce(dataSource);
    if (applied.length) say(`Migrations applied: ${applied.map((m) => m.name).join(', ')}`);
    if (config.seedDemoData && (await seedDemoData(dataSource))) say('Demo network seeded.');
  } finally {
    await dataSource.destroy();
  }
}

function run(name: string, script: string, env: NodeJS.ProcessEnv): ChildProcess {
  const child = spawn(process.execPath, ['--enable-source-maps', join(apiDist, script)], {
    env,
    stdio: 'inherit',
  });
  child.once('exit', (code, signal) => {
    if (!stopping)
      void fail(`The ${name} stopped unexpectedly (${signal ?? `exit code ${code}`}); stopping everything.`);
  });
  children.push(child);
  return child;
}

async function waitUntilReady(port: number): Promise<boolean> {
  for (let i = 0; i < 300 && !stopping; i++) {
    const ok = await fetch(`http://127.0.0.1:${port}/health/ready`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return true;
    await new Promise((done) => setTimeout(done, 200));
  }
  return false;
}

function banner(config: AppConfig): void {
  const lines = [
    '',
    `Klussenbank runs at ${config.PUBLIC_URL}`,
    `API documentation: ${config.PUBLIC_URL}/api/v1/${config.apiDocsUi ? 'docs' : 'openapi.json'}`,
    ...(mailPage ? [`E-mails (caught, not sent): ${mailPage}`] : []),
  ];
  if (config.seedDemoData) {
    const pick = (role: string) => DEMO_USERS.filter((u) => u.roles.includes(role as never));
    const shown = [
      pick('platform-admin')[0],
      pick('org-admin')[0],
      pick('manager')[0],
      ...pick('employee')
        .filter((u) => u.roles.length === 1)
        .slice(0, 2),
    ];
    lines.push(
      '',
      `Demo logins (password for all: ${DEMO_PASSWORD}; the README lists all ${DEMO_USERS.length}):`,
    );
    for (const user of shown)
      if (user)
        lines.push(`  ${roleLabel(user.roles).padEnd(22)} ${user.email.padEnd(48)} ${user.organisation}`);
  }
  if (devIssuers.size > 0) {
    lines.push('', 'Single sign-on (development identity providers; any password works there):');
    for (const [place, issuer] of devIssuers) {
      const example = demoSsoAccounts(place).find((account) => account.groups.length === 0);
      lines.push(`  Gemeente ${place.padEnd(14)} ${issuer.padEnd(24)} e.g. ${example?.email ?? ''}`);
    }
    lines.push(
      '  On the login page choose "Inloggen met uw organisatie". A demo person proves their password once',
      '  to link the account; any other name on the domain becomes a new employee on first login.',
    );
  }
  lines.push('', 'Press Ctrl-C to stop.', '');
  for (const line of lines) say(line);
}

async function main(): Promise<void> {
  let config: AppConfig;
  let launcher: LauncherConfig;
  try {
    config = loadConfig(process.env, { requireServices: false });
    launcher = loadLauncherConfig(process.env);
  } catch (error) {
    exitOnConfigError(error);
  }
  process.on('SIGINT', () => void shutdown(0));
  process.on('SIGTERM', () => void shutdown(0));
  process.on('SIGHUP', () => void shutdown(0));

  const dataDir = resolve(launcher.KLUSSENBANK_DATA_DIR || join(repoRoot, '.data'));
  const env: NodeJS.ProcessEnv = { ...process.env };
  if (!config.DATABASE_URL) {
    const port = launcher.EMBEDDED_POSTGRES_PORT;
    say(`Starting embedded PostgreSQL (data in ${join(dataDir, 'postgres')}, port ${port})…`);
    const postgres = await startEmbeddedPostgres(join(dataDir, 'postgres'), port);
    services.push(postgres);
    env['DATABASE_URL'] = postgres.url;
  }
  if (!config.REDIS_URL) {
    const redis = await ensureRedis(join(dataDir, 'redis'));
    services.push(redis);
    say(
      redis.startedHere
        ? `Started redis-server (data in ${join(dataDir, 'redis')}).`
        : `Using the Redis at ${redis.url}.`,
    );
    env['REDIS_URL'] = redis.url;
  }
  if (!config.SMTP_URL) {
    const catcher = await startMailCatcher({
      smtpPort: launcher.MAIL_CATCHER_SMTP_PORT,
      webPort: launcher.MAIL_CATCHER_WEB_PORT,
    });
    services.push({ url: catcher.smtpUrl, startedHere: true, stop: () => catcher.stop() });
    env['SMTP_URL'] = catcher.smtpUrl;
    mailPage = catcher.webUrl;
  }
  env['WEB_ROOT'] ??= join(repoRoot, 'apps/web/dist');
  // A development system with demo logins answers this machine only, unless HOST says otherwise.
  env['HOST'] ||= '127.0.0.1';
  if (!process.env['PUBLIC_URL']) env['PUBLIC_URL'] = `http://localhost:${config.PORT}`;
  config = loadConfig(env);

  await prepareDatabase(config);
  if (config.seedDemoData && launcher.DEV_IDENTITY_PROVIDER_PORT > 0) {
    await startDevSingleSignOn(config, launcher.DEV_IDENTITY_PROVIDER_PORT);
  }
  // Three processes on one machine: METRICS_PORT (when set) for the API, the next two for the workers.
  const metricsPort = (offset: number) =>
    config.METRICS_PORT ? { METRICS_PORT: String(config.METRICS_PORT + offset) } : {};
  run('API', 'main.js', { ...env, ...metricsPort(0) });
  // Two workers, as in production: the mail worker only delivers (see QueueName.Notifications).
  const otherQueues = ALL_QUEUES.filter((queue) => queue !== QueueName.Notifications);
  run('worker', 'worker.js', { ...env, ...metricsPort(1), WORKER_QUEUES: otherQueues.join(',') });
  run('mail worker', 'worker.js', { ...env, ...metricsPort(2), WORKER_QUEUES: QueueName.Notifications });
  if (!(await waitUntilReady(config.PORT))) {
    if (!stopping) await fail('The API did not become ready within 60 seconds.');
    return;
  }
  banner(config);
}

if (inOwnProcessGroup()) {
  main().catch((error: unknown) =>
    fail(
      error instanceof ServiceError
        ? error.message
        : `Start-up failed: ${error instanceof Error ? error.message : String(error)}`,
    ),
  );
}
