import { createHash } from 'node:crypto';
import { plainToInstance, Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, Max, Min, validateSync } from 'class-validator';
import { ALL_QUEUES, type QueueName } from '../queue/queue-name.enum.js';

const NODE_ENVS = ['development', 'production', 'test'] as const;
export type NodeEnv = (typeof NODE_ENVS)[number];

const toInt = ({ value }: { value: unknown }) =>
  typeof value === 'string' && value !== '' ? Number(value) : value;
const toList = ({ value }: { value: unknown }) =>
  typeof value === 'string'
    ? value
        .split(',')
        .map((item) => item.trim())
        .filter(Boolean)
    : value;
const toBool = ({ value }: { value: unknown }) =>
  value === 'true' || value === '1' ? true : value === 'false' || value === '0' ? false : value;

function isUrlWithProtocol(value: unknown, protocols: readonly string[]): boolean {
  if (typeof value !== 'string') return false;
  try {
    return protocols.includes(new URL(value).protocol);
  } catch {
    return false;
  }
}

/**
 * Every setting the API, the worker and the launcher read, validated once at start-up.
 * Names are the environment variables; defaults suit `npm start` on a developer's machine.
 */
export class AppConfig {
  @IsIn(NODE_ENVS)
  NODE_ENV: NodeEnv = 'development';

  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(65535)
  PORT = 3000;

  @IsString()
  HOST = '0.0.0.0';

  @IsString()
  DATABASE_URL = '';

  @IsString()
  REDIS_URL = '';

  @IsString()
  PUBLIC_URL = 'http://localhost:3000';

  /** Where the built web client lives; empty means "do not serve it" (API-only deployments). */
  @IsString()
  WEB_ROOT = '';

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL = 'info';

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(24 * 30)
  SESSION_TTL_HOURS = 12;

  /** A session ends this many days after it began, however active (the absolute timeout). */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(365)
  SESSION_ABSOLUTE_DAYS = 7;

  /**
   * How long an API instance keeps a resolved session in memory (0: ask PostgreSQL on every request).
   * Logout, a role change or a deactivation clears it on every instance at once (`SessionCache`).
   */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(300)
  SESSION_CACHE_SECONDS = 30;

  /** Audit events older than this many months are deleted by the worker's daily retention job. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(120)
  AUDIT_RETENTION_MONTHS = 12;

  /** Longest life of a live notification stream; the browser then reconnects and is authenticated again. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(86_400)
  STREAM_MAX_SECONDS = 900;

  /** How often an open stream sends a heartbeat and checks that its session still holds. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(300)
  STREAM_HEARTBEAT_SECONDS = 25;

  /** Failed logins from one address to one account before that pair waits (see libs/domain login-throttle). */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(100)
  LOGIN_PAIR_FREE_FAILURES = 5;

  /** The pair's first wait; each next failure doubles it. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(86_400)
  LOGIN_PAIR_BASE_DELAY_SECONDS = 60;

  /** The longest a pair waits. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(24 * 60)
  LOGIN_PAIR_MAX_DELAY_MINUTES = 30;

  /** Failed logins to one account (from anywhere) within the window that mark it as under attack. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  LOGIN_ACCOUNT_MAX_FAILURES = 10;

  /** An account's failures are forgotten this long after its last one. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(24 * 60)
  LOGIN_ACCOUNT_WINDOW_MINUTES = 60;

  /** While an account is under attack, addresses it never signed in from may try once per this many seconds. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(3_600)
  LOGIN_NEW_ADDRESS_INTERVAL_SECONDS = 60;

  /** Failed logins from one address (to any account) per window before it is refused for accounts it does not know. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  LOGIN_ADDRESS_MAX_FAILURES = 300;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(24 * 60)
  LOGIN_ADDRESS_WINDOW_MINUTES = 15;

  /** How long a successful login makes its address known to the account. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(366)
  LOGIN_KNOWN_ADDRESS_DAYS = 90;

  /** Largest ESCO file POST /skill-imports takes, in bytes; a larger one is refused with 413 and nothing is imported. */
  @Transform(toInt)
  @IsInt()
  @Min(1024)
  @Max(1024 * 1024 * 1024)
  SKILL_IMPORT_MAX_BYTES = 100 * 1024 * 1024;

  /** Prefix for BullMQ and rate-limit keys in Redis, so several installations (or test files) can share one Redis. */
  @IsString()
  REDIS_PREFIX = 'kb';

  @Transform(toBool)
  @IsBoolean()
  TRUST_PROXY = false;

  @IsOptional()
  @Transform(toBool)
  @IsBoolean()
  SEED_DEMO_DATA?: boolean;

  /** Where e-mail goes (`smtp://user:pass@host:587`, `smtps://…`); empty: e-mails are skipped (`npm start` sets a catcher). */
  @IsString()
  SMTP_URL = '';

  @IsString()
  MAIL_FROM = 'Klussenbank <noreply@klussenbank.test>';

  /** How long one SMTP conversation may take; a worker holds a delivery this long (plus a margin) before another may try. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(600)
  MAIL_TIMEOUT_SECONDS = 60;

  /**
   * How many days in-app notifications and e-mail deliveries are kept; the daily retention job
   * (queue `privacy`) deletes older ones, in batches, and expired personal data exports with them.
   */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(3650)
  NOTIFICATION_RETENTION_DAYS = 90;

  /** The first retry's delay; each next one doubles (tests make it short). */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(3_600_000)
  JOB_BACKOFF_MS = 1_000;

  /**
   * The queues a worker process takes, comma-separated (`matching,events,digests,maintenance,privacy`); empty:
   * all of them. `npm start` and docker/compose.yml run two workers: `notifications` alone (the mail
   * worker, which delivers) and all the others.
   */
  @Transform(toList)
  @IsIn(ALL_QUEUES, { each: true })
  WORKER_QUEUES: QueueName[] = [];

  /**
   * Whether a worker registers the repeatable jobs (digests, "ends in 3 days", delivery sweep, klus
   * expiry). On in every real deployment; the test support turns it off for tests that do not test
   * them, so no scheduled job runs in between. Off does not remove schedules already in Redis.
   */
  @Transform(toBool)
  @IsBoolean()
  WORKER_SCHEDULES = true;

  /**
   * The worker's health port: `/health/live` and `/health/ready` (PostgreSQL and Redis answer) for
   * the Kubernetes probes (docker/kubernetes). Unset: no health server; 0: any free port (tests).
   */
  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(65535)
  WORKER_HEALTH_PORT?: number;

  /**
   * Prometheus metrics (`GET /metrics`) on a port of their own, in the API and in each worker;
   * never on the public port. Unset: no metrics server; 0: any free port (tests). See
   * docs/operations.md, "Metrics".
   */
  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(65535)
  METRICS_PORT?: number;

  /**
   * The key that encrypts identity providers' client secrets (AES-256-GCM): 32 random bytes in
   * base64 (`openssl rand -base64 32`). Required in production before a provider can be configured
   * or used; elsewhere a fixed development key stands in.
   */
  @IsString()
  OIDC_SECRET_KEY = '';

  /** The browsable API docs (Swagger UI at /api/v1/docs); default: on, except in production. The OpenAPI document stays public. */
  @IsOptional()
  @Transform(toBool)
  @IsBoolean()
  API_DOCS_UI?: boolean;

  /** The queues this worker process takes (WORKER_QUEUES, or all). */
  get workerQueues(): QueueName[] {
    return this.WORKER_QUEUES.length > 0 ? this.WORKER_QUEUES : ALL_QUEUES;
  }

  get isProduction(): boolean {
    return this.NODE_ENV === 'production';
  }

  /**
   * The key for identity providers' client secrets; outside production a development key (derived
   * from a fixed text) when none is set. Null in production without OIDC_SECRET_KEY: SSO is off.
   */
  get oidcSecretKey(): Buffer | null {
    if (this.OIDC_SECRET_KEY !== '') return decodeKey(this.OIDC_SECRET_KEY);
    if (this.isProduction) return null;
    return createHash('sha256').update('klussenbank development OIDC secret key').digest();
  }

  get apiDocsUi(): boolean {
    return this.API_DOCS_UI ?? !this.isProduction;
  }

  /** Demo data is for development only and is never seeded in production, whatever the setting. */
  get seedDemoData(): boolean {
    return !this.isProduction && (this.SEED_DEMO_DATA ?? this.NODE_ENV === 'development');
  }
}

export class ConfigError extends Error {}

/** 32 bytes from base64 or base64url, or null. */
export function decodeKey(value: string): Buffer | null {
  if (!/^[A-Za-z0-9+/_-]{43}={0,1}$/.test(value)) return null;
  const key = Buffer.from(value.replace(/-/g, '+').replace(/_/g, '/'), 'base64');
  return key.length === 32 ? key : null;
}

const EXPLAIN: Record<string, string> = {
  DATABASE_URL: 'must be a postgres:// or postgresql:// URL',
  REDIS_URL: 'must be a redis:// or rediss:// URL',
  PUBLIC_URL: 'must be an http:// or https:// URL',
  SMTP_URL: 'must be an smtp:// or smtps:// URL',
};

/**
 * Reads the configuration from the environment. Throws a ConfigError whose message is one line
 * naming the first bad variable, so the entrypoints can print it and stop.
 * `requireServices: false` lets the launcher validate before it has started PostgreSQL and Redis;
 * `requireRedis: false` lets the CLI, which only talks to PostgreSQL, run without REDIS_URL.
 */
export function loadConfig(
  env: NodeJS.ProcessEnv = process.env,
  {
    requireServices = true,
    requireRedis = requireServices,
  }: { requireServices?: boolean; requireRedis?: boolean } = {},
): AppConfig {
  const known = Object.keys(new AppConfig());
  const relevant = Object.fromEntries(
    Object.entries(env).filter(([key, value]) => known.includes(key) && value !== undefined && value !== ''),
  );
  const config = plainToInstance(AppConfig, relevant);
  const problems = validateSync(config).map((error) => {
    const value = JSON.stringify(error.value);
    return `${error.property} ${Object.values(error.constraints ?? {})[0] ?? 'is invalid'} (got ${value})`;
  });
  const urls: [keyof typeof EXPLAIN, string[]][] = [
    ['DATABASE_URL', ['postgres:', 'postgresql:']],
    ['REDIS_URL', ['redis:', 'rediss:']],
    ['PUBLIC_URL', ['http:', 'https:']],
  ];
  for (const [name, protocols] of urls) {
    const value = config[name as 'DATABASE_URL' | 'REDIS_URL' | 'PUBLIC_URL'];
    if (value === '') {
      const required = name === 'PUBLIC_URL' || (name === 'REDIS_URL' ? requireRedis : requireServices);
      if (required) problems.push(`${name} is not set; it ${EXPLAIN[name]}`);
    } else if (!isUrlWithProtocol(value, protocols)) {
      problems.push(`${name} ${EXPLAIN[name]} (got ${JSON.stringify(value)})`);
    }
  }
  if (config.SMTP_URL !== '' && !isUrlWithProtocol(config.SMTP_URL, ['smtp:', 'smtps:'])) {
    problems.push(`SMTP_URL ${EXPLAIN['SMTP_URL']} (got ${JSON.stringify(config.SMTP_URL)})`);
  }
  if (config.OIDC_SECRET_KEY !== '' && decodeKey(config.OIDC_SECRET_KEY) === null) {
    problems.push('OIDC_SECRET_KEY must be 32 bytes in base64 (openssl rand -base64 32)');
  }
  if (problems.length > 0) throw new ConfigError(`Invalid configuration: ${problems.join('; ')}`);
  return config;
}

/** Prints a configuration problem as one line and stops the process; other errors go up. */
export function exitOnConfigError(error: unknown): never {
  if (error instanceof ConfigError) {
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  }
  throw error;
}
