import { randomBytes } from 'node:crypto';
import { deleteRedisKeys, type HeldPort, holdPort, withDatabase } from '@klussenbank/test-support';
import { Queue } from 'bullmq';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import { dataSourceOptions } from '../../src/database/data-source-options.js';
import { MIGRATION_LOCK_KEY } from '../../src/database/migrate.js';
import { QueueName } from '../../src/queue/queue-name.enum.js';
import { openEventStream } from '../support/event-stream.js';
import { scrape, valueOf } from '../support/prometheus-text.js';
import { createOrganisation, createUser, TEST_PASSWORD, taskBody } from '../support/factories.js';
import { HttpClient } from '../support/http-client.js';
import { EntrypointProcess, waitUntilReady } from '../support/processes.js';
import { quiet } from '../support/quiet.js';
import { type SmtpCatcher, startSmtpCatcher } from '../support/smtp-catcher.js';

/**
 * Two API instances, two job workers and two mail workers, each a process of its own started from
 * the real entrypoints (src/cli.ts migrate, then src/main.ts; src/worker.ts), on one empty database
 * and one Redis prefix: what a Kubernetes Deployment with several replicas does on one machine.
 */
const JOB_QUEUES = 'matching,events,digests,maintenance,privacy';
const MAIL_QUEUES = 'notifications';
const FAN_OUT_PEOPLE = 500;
const FAN_OUT_KLUSSEN = 10; // 10 × 500 = 5,000 matches
const FAN_OUT_SKILL = 'Massaverwerking';

interface Instance {
  name: string;
  baseUrl: string;
  http: HttpClient;
  server: EntrypointProcess;
  migrate: EntrypointProcess;
  metricsPort: number;
}
interface Worker {
  name: string;
  process: EntrypointProcess;
  healthUrl: string;
  /** BullMQ's `processedBy` of the jobs this process ran (queue/worker-name.ts). */
  owns(job: { processedBy?: string | undefined } | undefined): boolean;
}

const id = randomBytes(4).toString('hex');
const database = `kb_instances_${id}`;
const prefix = `kbtest:${id}`;

describe('several instances, one truth', () => {
  let admin: pg.Client;
  let db: DataSource;
  let smtp: SmtpCatcher;
  let env: Record<string, string>;
  let a: Instance;
  let b: Instance;
  let jobWorkers: Worker[];
  let mailWorkers: Worker[];
  const queues = new Map<QueueName, Queue>();
  const queue = (name: QueueName): Queue => {
    let found = queues.get(name);
    if (!found) {
      found = new Queue(name, { connection: { url: inject('redisUrl') }, prefix: `${prefix}:bull` });
      queues.set(name, found);
    }
    return found;
  };
  let org: { id: string };
  let applied: string[];
  let waitedForLock: number;
  /** Every process this file started, stopped at the end whatever happened. */
  const spawned: EntrypointProcess[] = [];

  async function startInstance(name: string, port: HeldPort): Promise<Instance> {
    const migrate = new EntrypointProcess(`${name} migrate`, 'cli.ts', ['migrate'], env);
    spawned.push(migrate);
    const migrated = await migrate.exited;
    if (migrated.code !== 0)
      throw new Error(`${name}: migrate failed (${migrated.code}):\n${migrate.output}`);
    const metrics = await holdPort();
    await port.release();
    await metrics.release();
    const server = new EntrypointProcess(name, 'main.ts', [], {
      ...env,
      PORT: String(port.port),
      METRICS_PORT: String(metrics.port),
    });
    spawned.push(server);
    const baseUrl = `http://127.0.0.1:${port.port}`;
    await waitUntilReady(`${baseUrl}/health/ready`, server);
    return { name, baseUrl, http: new HttpClient(baseUrl), server, migrate, metricsPort: metrics.port };
  }

  async function startWorker(name: string, queuesTaken: string): Promise<Worker> {
    const port = await holdPort();
    await port.release();
    const process = new EntrypointProcess(name, 'worker.ts', [], {
      ...env,
      WORKER_QUEUES: queuesTaken,
      WORKER_HEALTH_PORT: String(port.port),
    });
    spawned.push(process);
    const healthUrl = `http://127.0.0.1:${port.port}/health/ready`;
    await waitUntilReady(healthUrl, process);
    return {
      name,
      process,
      healthUrl,
      owns: (job) => job?.processedBy?.endsWith(`#${process.child.pid}`) ?? false,
    };
  }

  /** Session lookups an instance answered from memory (its Prometheus metrics port). */
  const cacheHits = async (instance: Instance): Promise<number> =>
    valueOf(await scrape(instance.metricsPort), 'klussenbank_session_cache_lookups_total', {
      result: 'hit',
    }) ?? 0;

  const countOf = async (sql: string, params: unknown[] = []) =>
    (await db.query<[{ n: number }]>(sql, params))[0].n;

  async function login(
    instance: Instance,
    user: { email: string },
  ): Promise<{ http: HttpClient; token: string }> {
    const response = await instance.http.post<{ token: string }>('/api/v1/auth/login', {
      email: user.email,
      password: TEST_PASSWORD,
    });
    if (response.status !== 200)
      throw new Error(`login on ${instance.name}: ${response.status} ${response.text}`);
    return { http: instance.http.withToken(response.body.token), token: response.body.token };
  }

  beforeAll(async () => {
    admin = new pg.Client({ connectionString: inject('databaseUrl') });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${database}`);
    const databaseUrl = withDatabase(inject('databaseUrl'), database);
    smtp = await startSmtpCatcher();
    env = {
      NODE_ENV: 'test',
      DATABASE_URL: databaseUrl,
      REDIS_URL: inject('redisUrl'),
      REDIS_PREFIX: prefix,
      SMTP_URL: smtp.url,
      PUBLIC_URL: 'http://localhost:3000',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      // As in production: every worker registers the repeatable jobs.
      WORKER_SCHEDULES: 'true',
      JOB_BACKOFF_MS: '200',
      MAIL_TIMEOUT_SECONDS: '10',
    };

    // Both instances start at the same moment on the empty database. This connection holds the
    // migration lock until both migrations are seen waiting for it, so they truly race.
    const holder = new pg.Client({ connectionString: databaseUrl });
    holder.on('error', () => undefined); // dropped with the database if the start fails
    await holder.connect();
    await holder.query(`SELECT pg_advisory_lock(hashtextextended($1, 0))`, [MIGRATION_LOCK_KEY]);
    const ports = [await holdPort(), await holdPort()] as const;
    const starting = Promise.all([startInstance('api-a', ports[0]), startInstance('api-b', ports[1])]);
    const waiting = () =>
      countOf(
        `SELECT count(*)::int AS n FROM pg_locks l JOIN pg_database d ON d.oid = l.database
          WHERE l.locktype = 'advisory' AND NOT l.granted AND d.datname = $1`,
        [database],
      );
    db = new DataSource(dataSourceOptions(databaseUrl));
    await db.initialize();
    await vi.waitFor(
      async () => {
        if ((await waiting()) !== 2) throw new Error('both migrations not yet waiting for the lock');
      },
      { timeout: 30_000, interval: 50 },
    );
    waitedForLock = await waiting();
    await holder.query(`SELECT pg_advisory_unlock(hashtextextended($1, 0))`, [MIGRATION_LOCK_KEY]);
    await holder.end();
    [a, b] = await starting;
    applied = (await db.query<{ name: string }[]>(`SELECT name FROM migrations ORDER BY id`)).map(
      (m) => m.name,
    );

    jobWorkers = await Promise.all([startWorker('job-1', JOB_QUEUES), startWorker('job-2', JOB_QUEUES)]);
    mailWorkers = await Promise.all([startWorker('mail-1', MAIL_QUEUES), startWorker('mail-2', MAIL_QUEUES)]);
    org = await createOrganisation(db, { name: 'Gemeente Veelvoud' });
  }, 180_000);

  afterAll(async () => {
    await Promise.all(spawned.map((p) => p.stop()));
    await Promise.all([...queues.values()].map((q) => q.close()));
    await db?.destroy();
    await smtp?.stop();
    await admin?.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    await admin?.end();
    await deleteRedisKeys(inject('redisUrl'), prefix);
  });

  it('started together on an empty database: one ran the migrations, the other waited, both came up', async () => {
    expect(waitedForLock).toBe(2);
    const outputs = [a.migrate.output, b.migrate.output];
    expect(outputs.filter((out) => out.includes('Applied: Foundation'))).toHaveLength(1);
    expect(outputs.filter((out) => out.includes('No pending migrations.'))).toHaveLength(1);
    expect(applied.length).toBeGreaterThan(20);
    expect(new Set(applied).size).toBe(applied.length); // each once
    for (const instance of [a, b]) expect((await fetch(`${instance.baseUrl}/health/ready`)).status).toBe(200);
  });

  describe('sessions', () => {
    it('a session made on A works on B; logout on B ends it on A, and its live stream there', async () => {
      const person = await createUser(db, org.id);
      const { token } = await login(a, person);
      const onA = a.http.withToken(token);
      const onB = b.http.withToken(token);
      expect((await onB.get<{ id: string }>('/api/v1/me')).body.id).toBe(person.id);
      // A has answered the session from its memory (SessionCache) before the logout.
      await vi.waitFor(
        async () => {
          const before = await cacheHits(a);
          expect((await onA.get('/api/v1/me')).status).toBe(200);
          expect(await cacheHits(a)).toBe(before + 1);
        },
        { timeout: 5_000 },
      );
      const stream = await openEventStream(`${a.baseUrl}/api/v1/me/notifications/stream`, token);
      expect(stream.status).toBe(200);

      expect((await onB.post('/api/v1/auth/logout', {})).status).toBe(204);
      // Writing never trusts the memory; reading, once PostgreSQL's notice reached A (milliseconds).
      expect((await onA.post('/api/v1/auth/logout', {})).status).toBe(401);
      await vi.waitFor(async () => expect((await onA.get('/api/v1/me')).status).toBe(401), {
        timeout: 2_000,
        interval: 5,
      });
      expect((await onB.get('/api/v1/me')).status).toBe(401);
      await stream.ended; // closed by A when B announced the logout
    });

    it('a role change made through B holds on A, which had the session in memory', async () => {
      const person = await createUser(db, org.id);
      const orgAdmin = await createUser(db, org.id, ['employee', 'org-admin']);
      const { token } = await login(a, person);
      const onA = a.http.withToken(token);
      const before = await cacheHits(a);
      await vi.waitFor(
        async () => {
          expect((await onA.get<{ roles: string[] }>('/api/v1/me')).body.roles).toEqual(['employee']);
          expect(await cacheHits(a)).toBeGreaterThan(before);
        },
        { timeout: 5_000 },
      );

      const { http: adminOnB } = await login(b, orgAdmin);
      const changed = await adminOnB.patch(`/api/v1/users/${person.id}`, { roles: ['employee', 'manager'] });
      expect(changed.status, changed.text).toBe(200);
      await vi.waitFor(
        async () =>
          expect((await onA.get<{ roles: string[] }>('/api/v1/me')).body.roles).toEqual([
            'employee',
            'manager',
          ]),
        { timeout: 2_000, interval: 5 },
      );
    });

    it('the login throttle counts failures on both instances together', async () => {
      const person = await createUser(db, org.id);
      // Five failures of one account from one address, alternating A, B, A, B, A.
      for (let i = 0; i < 5; i++) {
        const via = i % 2 === 0 ? a : b;
        const failed = await via.http.post('/api/v1/auth/login', {
          email: person.email,
          password: 'niet-het-goede-wachtwoord',
        });
        expect(failed.status, `attempt ${i + 1} on ${via.name}`).toBe(401);
      }
      // Per instance, B saw two: were the count kept in its memory, the right password would pass.
      for (const via of [b, a]) {
        const refused = await via.http.post<{ code: string }>('/api/v1/auth/login', {
          email: person.email,
          password: TEST_PASSWORD,
        });
        expect(refused.status, via.name).toBe(429);
        expect(refused.body.code).toBe('too-many-login-attempts');
      }
    });
  });

  it('50 claimants racing for 3 places through A and B: exactly 3 claims', async () => {
    const poster = await createUser(db, org.id, ['manager']);
    const posted = await (
      await login(a, poster)
    ).http.post<{ id: string }>(
      '/api/v1/tasks',
      taskBody({ title: 'Drie plaatsen, vijftig gegadigden', capacity: 3 }),
    );
    expect(posted.status).toBe(201);
    const people = await Promise.all(Array.from({ length: 50 }, () => createUser(db, org.id)));
    const sessions: { token: string }[] = [];
    for (let i = 0; i < people.length; i += 10) {
      sessions.push(
        ...(await Promise.all(people.slice(i, i + 10).map((p, j) => login((i + j) % 2 ? b : a, p)))),
      );
    }
    // Made on A or B, each session claims through A or B: every combination occurs.
    const answers = await Promise.all(
      sessions.map(({ token }, i) =>
        new HttpClient((i >> 1) % 2 ? a.baseUrl : b.baseUrl)
          .withToken(token)
          .post(`/api/v1/tasks/${posted.body.id}/claims`, {}),
      ),
    );
    const statuses = answers.map((answer) => answer.status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(3);
    expect(statuses.filter((s) => s === 409)).toHaveLength(47);
    const [task] = await db.query<[{ taken: number; status: string }]>(
      `SELECT taken, status FROM tasks WHERE id = $1`,
      [posted.body.id],
    );
    expect(task).toEqual({ taken: 3, status: 'full' });
    expect(
      await countOf(`SELECT count(*)::int AS n FROM claims WHERE task_id = $1 AND status = 'active'`, [
        posted.body.id,
      ]),
    ).toBe(3);
  });

  it('every repeatable job is scheduled once, however many workers registered it', async () => {
    const schedulers = async (name: QueueName) =>
      (await queue(name).getJobSchedulers()).map((scheduler) => scheduler.key).sort();
    expect(await schedulers(QueueName.Digests)).toEqual([
      'digest-daily',
      'digest-weekly',
      'sweep-deliveries',
      'task-ending-soon',
    ]);
    expect(await schedulers(QueueName.Maintenance)).toEqual([
      'audit-retention',
      'evaluation-reminder',
      'expire-tasks',
    ]);
    expect(await schedulers(QueueName.Privacy)).toEqual(['privacy-retention']);
    for (const name of [QueueName.Matching, QueueName.Events, QueueName.Notifications]) {
      expect(await schedulers(name), name).toEqual([]);
    }
    // One next run per schedule, not one per worker.
    for (const name of [QueueName.Digests, QueueName.Maintenance, QueueName.Privacy]) {
      const next = (await queue(name).getDelayed()).filter((job) => job.repeatJobKey);
      const perScheduler = new Map<string, number>();
      for (const job of next)
        perScheduler.set(job.repeatJobKey!, (perScheduler.get(job.repeatJobKey!) ?? 0) + 1);
      expect(
        [...perScheduler.values()].every((n) => n === 1),
        JSON.stringify([...perScheduler]),
      ).toBe(true);
      expect(perScheduler.size).toBe((await schedulers(name)).length);
    }
    // The expiry runs "immediately" when scheduled: once, although both workers scheduled it.
    const expiryRuns = (
      await queue(QueueName.Maintenance).getJobs(['completed', 'active', 'waiting', 'failed'])
    ).filter((job) => job.name === 'expire-tasks');
    expect(expiryRuns).toHaveLength(1);
  });

  it('a live notification reaches the person on A and on B, whichever job worker made it', async () => {
    const poster = await createUser(db, org.id, ['manager']);
    const { http: posterHttp, token } = await login(b, poster);
    const posted = await posterHttp.post<{ id: string }>(
      '/api/v1/tasks',
      taskBody({ title: 'Wie wil dit doen?', claimMode: 'application', capacity: 20 }),
    );
    expect(posted.status).toBe(201);
    const streams = await Promise.all(
      [a, b].map((instance) => openEventStream(`${instance.baseUrl}/api/v1/me/notifications/stream`, token)),
    );
    const madeBy = new Set<string>();
    try {
      // Applications until both job workers have made at least one of the notifications.
      for (let i = 0; i < 16 && madeBy.size < 2; i++) {
        const applicant = await createUser(db, org.id);
        const via = i % 2 ? a : b;
        const applied = await (
          await login(via, applicant)
        ).http.post<{ id: string }>(`/api/v1/tasks/${posted.body.id}/claims`, {
          motivation: 'Ik heb hier ervaring mee.',
        });
        expect(applied.status).toBe(201);
        const [onA, onB] = (await Promise.all(streams.map((stream) => stream.next('notification')))) as {
          id: string;
          type: string;
        }[];
        expect(onA).toEqual(onB);
        const [{ job_key }] = await db.query<[{ job_key: string }]>(
          `SELECT job_key FROM outbox WHERE type = 'application.received' AND data->>'claimId' = $1`,
          [applied.body.id],
        );
        const job = await queue(QueueName.Events).getJob(`event.${job_key}`);
        const worker = jobWorkers.find((w) => w.owns(job));
        expect(worker, `event.${job_key} processed by ${job?.processedBy}`).toBeDefined();
        madeBy.add(worker!.name);
      }
    } finally {
      for (const stream of streams) stream.close();
    }
    expect([...madeBy].sort()).toEqual(['job-1', 'job-2']);
  });

  describe('a fan-out of 5,000 matches over both job workers and both mail workers', () => {
    let managerToken: string;

    beforeAll(async () => {
      const [{ id: skillId }] = await db.query<[{ id: string }]>(
        `WITH s AS (INSERT INTO skills (label_nl, verified) VALUES ($1, true) RETURNING id)
         INSERT INTO skill_labels (skill_id, lang, label, kind) SELECT id, 'nl', $1, 'preferred' FROM s
         RETURNING skill_id AS id`,
        [FAN_OUT_SKILL],
      );
      await db.query(
        `INSERT INTO users (organisation_id, email, display_name, roles)
         SELECT $1, 'massa-' || i || '@veelvoud.nl', 'Medewerker ' || i, '{employee}' FROM generate_series(1, $2) i`,
        [org.id, FAN_OUT_PEOPLE],
      );
      await db.query(
        `INSERT INTO user_skills (user_id, skill_id, source, level)
         SELECT id, $1, 'self', 'expert' FROM users WHERE email LIKE 'massa-%'`,
        [skillId],
      );
      managerToken = (await login(a, await createUser(db, org.id, ['manager']))).token;
    });

    const publish = async (title: string, via: Instance) => {
      const posted = await new HttpClient(via.baseUrl)
        .withToken(managerToken)
        .post<{ id: string }>(
          '/api/v1/tasks',
          taskBody({ title, requiredSkills: [FAN_OUT_SKILL], niceToHaveSkills: [] }),
        );
      expect(posted.status).toBe(201);
      return `task.published:${posted.body.id}`;
    };

    const outcome = async (eventKeys: string[], expected: number) => {
      const notifications = () =>
        countOf(`SELECT count(*)::int AS n FROM notifications WHERE event_key = ANY($1)`, [eventKeys]);
      await expect.poll(notifications, { timeout: 120_000 }).toBe(expected);
      const unfinished = () =>
        countOf(
          `SELECT count(*)::int AS n FROM deliveries WHERE event_key = ANY($1) AND status NOT IN ('sent', 'uncertain', 'failed')`,
          [eventKeys],
        );
      await expect.poll(unfinished, { timeout: 180_000 }).toBe(0);
      await quiet({ db, queue }, 60_000);
      const [counts] = await db.query<[{ rows: number; pairs: number }]>(
        `SELECT count(*)::int AS rows, count(DISTINCT (user_id, event_key))::int AS pairs
           FROM notifications WHERE event_key = ANY($1)`,
        [eventKeys],
      );
      const deliveries = await db.query<{ id: string; status: string }[]>(
        `SELECT id, status FROM deliveries WHERE event_key = ANY($1)`,
        [eventKeys],
      );
      const ids = new Set(deliveries.map((d) => d.id));
      const mailsPerDelivery = new Map<string, number>();
      for (const mail of smtp.mails) {
        const delivery = /^<(.+)@klussenbank>$/.exec(mail.messageId)?.[1];
        if (delivery && ids.has(delivery))
          mailsPerDelivery.set(delivery, (mailsPerDelivery.get(delivery) ?? 0) + 1);
      }
      return { counts, deliveries, mailsPerDelivery };
    };

    it('every notification and every mail exactly once', async () => {
      const eventKeys = await Promise.all(
        Array.from({ length: FAN_OUT_KLUSSEN }, (_, i) => publish(`Massaklus ${i + 1}`, i % 2 ? b : a)),
      );
      const expected = FAN_OUT_KLUSSEN * FAN_OUT_PEOPLE;
      const { counts, deliveries, mailsPerDelivery } = await outcome(eventKeys, expected);
      expect(counts).toEqual({ rows: expected, pairs: expected });
      expect(deliveries).toHaveLength(expected);
      expect(deliveries.filter((d) => d.status !== 'sent')).toEqual([]);
      expect(mailsPerDelivery.size).toBe(expected);
      expect([...mailsPerDelivery.values()].filter((n) => n !== 1)).toEqual([]);

      // Spread: both job workers ran match jobs, both mail workers sent mails.
      const matchJobs = await queue(QueueName.Matching).getJobs(['completed']);
      expect(jobWorkers.filter((w) => matchJobs.some((job) => w.owns(job))).map((w) => w.name)).toEqual([
        'job-1',
        'job-2',
      ]);
      const mailJobs = await queue(QueueName.Notifications).getJobs(['completed'], 0, 499);
      expect(mailWorkers.filter((w) => mailJobs.some((job) => w.owns(job))).map((w) => w.name)).toEqual([
        'mail-1',
        'mail-2',
      ]);
    }, 420_000);

    it('SIGTERM to a job worker mid-job: the job is finished, not lost and not done twice', async () => {
      // A row lock on one of the 500 holds the fan-out's insert (its foreign key check) mid-job.
      const locker = db.createQueryRunner();
      await locker.connect();
      await locker.startTransaction();
      await locker.query(`SELECT id FROM users WHERE email = 'massa-1@veelvoud.nl' FOR UPDATE`);
      let stopped: Promise<{ code: number | null; signal: NodeJS.Signals | null }> | undefined;
      let eventKey: string;
      let holder: Worker | undefined;
      let jobId = '';
      try {
        eventKey = await publish('Klus tijdens het stoppen', a);
        const jobKey = async () =>
          (
            await db.query<{ job_key: string }[]>(
              `SELECT job_key FROM outbox WHERE event_key = $1 AND relayed_at IS NOT NULL`,
              [eventKey],
            )
          )[0]?.job_key;
        await expect.poll(jobKey).toBeDefined();
        jobId = `match-task.${await jobKey()}`;
        const activeHolder = async () => {
          const job = await queue(QueueName.Matching).getJob(jobId);
          return (await job?.getState()) === 'active' ? jobWorkers.find((w) => w.owns(job)) : undefined;
        };
        await expect.poll(activeHolder).toBeDefined();
        // Blocked on the lock: the job is mid-way.
        await expect
          .poll(() =>
            countOf(
              `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1 AND wait_event_type = 'Lock'`,
              [database],
            ),
          )
          .toBeGreaterThan(0);
        holder = await activeHolder();
        stopped = holder!.process.stop('SIGTERM');
        // Its health port closes first on shutdown: from then on, BullMQ is finishing what it runs.
        await expect
          .poll(() =>
            fetch(holder!.healthUrl).then(
              () => 'open',
              () => 'closed',
            ),
          )
          .toBe('closed');
        expect(holder!.process.running).toBe(true);
      } finally {
        await locker.commitTransaction();
        await locker.release();
      }
      const exit = await stopped;
      expect(exit.code === 0 || exit.signal === 'SIGTERM', JSON.stringify(exit)).toBe(true);

      const { counts, deliveries, mailsPerDelivery } = await outcome([eventKey], FAN_OUT_PEOPLE);
      expect(counts).toEqual({ rows: FAN_OUT_PEOPLE, pairs: FAN_OUT_PEOPLE });
      expect(deliveries.filter((d) => d.status !== 'sent')).toEqual([]);
      expect(mailsPerDelivery.size).toBe(FAN_OUT_PEOPLE);
      expect([...mailsPerDelivery.values()].filter((n) => n !== 1)).toEqual([]);
      // Finished by the worker that was stopping (BullMQ waited for it), on its first attempt.
      const job = await queue(QueueName.Matching).getJob(jobId);
      expect(await job?.getState()).toBe('completed');
      expect(holder!.owns(job)).toBe(true);
      expect(job?.attemptsMade).toBe(1);
      // Start a replacement so the rest of the file keeps two job workers.
      jobWorkers = [jobWorkers.find((w) => w !== holder)!, await startWorker(holder!.name, JOB_QUEUES)];
    }, 300_000);
  });

  it('SIGTERM to API instance A during load: its requests in flight finish, B keeps serving, none fails', async () => {
    const poster = await createUser(db, org.id, ['manager']);
    const posterHttp = (await login(b, poster)).http;
    const posted = await posterHttp.post<{ id: string }>(
      '/api/v1/tasks',
      taskBody({ title: 'Druk bezochte klus', capacity: 20 }),
    );
    expect(posted.status).toBe(201);
    const taskId = posted.body.id;
    const people = await Promise.all(Array.from({ length: 8 }, () => createUser(db, org.id)));
    const tokens = (await Promise.all(people.map((p, i) => login(i % 2 ? a : b, p)))).map((s) => s.token);
    const readers = (await Promise.all(people.slice(0, 4).map((p) => login(b, p)))).map((s) => s.token);

    // Load on both: every reader browses the klussen over and over through the "load balancer".
    let balancerTakesA = true;
    let loadRuns = true;
    const loadResults: { instance: string; status: number; error?: string }[] = [];
    let browsingA = 0;
    const browse = async (token: string, n: number) => {
      for (let i = n; loadRuns; i++) {
        const target = balancerTakesA && i % 2 === 0 ? a : b;
        if (target === a) browsingA++;
        try {
          const response = await fetch(`${target.baseUrl}/api/v1/tasks?pageSize=5`, {
            headers: { authorization: `Bearer ${token}` },
          });
          await response.arrayBuffer();
          loadResults.push({ instance: target.name, status: response.status });
        } catch (error) {
          loadResults.push({ instance: target.name, status: 0, error: String(error) });
        } finally {
          if (target === a) browsingA--;
        }
      }
    };
    const load = readers.map((token, n) => browse(token, n));
    await expect.poll(() => loadResults.filter((r) => r.instance === 'api-a').length).toBeGreaterThan(20);

    // Claims in flight on A, each held by a row lock on the klus.
    const locker = db.createQueryRunner();
    await locker.connect();
    await locker.startTransaction();
    await locker.query(`SELECT id FROM tasks WHERE id = $1 FOR UPDATE`, [taskId]);
    let sigtermAt = 0;
    let inFlight: Promise<{ status: number; error?: string }[]>;
    let exit: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
    try {
      inFlight = Promise.all(
        tokens.map((token) =>
          fetch(`${a.baseUrl}/api/v1/tasks/${taskId}/claims`, {
            method: 'POST',
            headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
            body: '{}',
          }).then(
            async (response) => ({ status: response.status, body: await response.text() }),
            (error: unknown) => ({ status: 0, error: String(error) }),
          ),
        ),
      );
      // Every claim has reached A and waits for the lock.
      await expect
        .poll(() =>
          countOf(
            `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1 AND wait_event_type = 'Lock'`,
            [database],
          ),
        )
        .toBe(tokens.length);
      // As Kubernetes does: the endpoint leaves the load balancer, and the pod hears SIGTERM only
      // after its preStop pause (docker/kubernetes/base/api.yaml), by which time nothing new is on
      // its way to it. A request that reaches A after its drain began is answered 503.
      balancerTakesA = false;
      await expect.poll(() => browsingA).toBe(0);
      sigtermAt = Date.now();
      exit = a.server.stop('SIGTERM');
      // A closes its port (no new connections) and waits for its requests in flight.
      await expect
        .poll(() =>
          fetch(`${a.baseUrl}/health/live`).then(
            () => 'open',
            () => 'closed',
          ),
        )
        .toBe('closed');
      expect(a.server.running).toBe(true);
    } finally {
      await locker.commitTransaction();
      await locker.release();
    }
    const claims = await inFlight!;
    expect(claims.map((c) => c.status)).toEqual(tokens.map(() => 201));
    const stopped = await exit!;
    // Well within Kubernetes' grace period (30 s): no connection kept A waiting once its work was done.
    expect(Date.now() - sigtermAt).toBeLessThan(20_000);
    expect(stopped.code === 0 || stopped.signal === 'SIGTERM', JSON.stringify(stopped)).toBe(true);
    // B went on serving throughout, and a little after.
    const servedByB = loadResults.filter((r) => r.instance === 'api-b').length;
    await expect
      .poll(() => loadResults.filter((r) => r.instance === 'api-b').length)
      .toBeGreaterThan(servedByB + 20);
    loadRuns = false;
    await Promise.all(load);
    expect(loadResults.filter((r) => r.status !== 200)).toEqual([]);
    expect(await countOf(`SELECT taken AS n FROM tasks WHERE id = $1`, [taskId])).toBe(tokens.length);
  }, 120_000);
});
