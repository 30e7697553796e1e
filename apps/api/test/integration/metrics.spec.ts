import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MetricsServer } from '../../src/metrics/metrics.server.js';
import { QueueName } from '../../src/queue/queue-name.enum.js';
import {
  createOrganisation,
  createUser,
  loginAs,
  taskBody,
  TEST_PASSWORD,
  type TestUser,
} from '../support/factories.js';
import type { HttpClient } from '../support/http-client.js';
import { openEventStream } from '../support/event-stream.js';
import { scrape, valueOf } from '../support/prometheus-text.js';
import { type SmtpCatcher, startSmtpCatcher } from '../support/smtp-catcher.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const HTTP = 'klussenbank_http_request_duration_seconds';

/** Log lines written to a destination, parsed. */
function logSink() {
  const lines: Record<string, unknown>[] = [];
  return {
    lines,
    destination: { write: (line: string) => void lines.push(JSON.parse(line) as Record<string, unknown>) },
  };
}

describe('Prometheus metrics and request ids, against real PostgreSQL, Redis and SMTP', () => {
  let smtp: SmtpCatcher;
  let t: TestApp;
  const apiLog = logSink();
  const workerLog = logSink();
  let apiPort: number;
  let workerPort: number;
  let manager: TestUser;
  let managerHttp: HttpClient;
  let applicant: TestUser;

  beforeAll(async () => {
    smtp = await startSmtpCatcher();
    t = await startTestApp({
      worker: true,
      env: {
        METRICS_PORT: '0',
        HOST: '127.0.0.1',
        SMTP_URL: smtp.url,
        LOG_LEVEL: 'info',
        // No worker takes the maintenance queue here: what is put on it stays waiting.
        WORKER_QUEUES: 'matching,events,digests,notifications',
        JOB_BACKOFF_MS: '10',
      },
      logDestination: apiLog.destination,
      workerLogDestination: workerLog.destination,
    });
    apiPort = t.app.get(MetricsServer).port!;
    workerPort = t.worker!.get(MetricsServer).port!;
    const organisation = await createOrganisation(t.db);
    manager = await createUser(t.db, organisation.id, ['manager']);
    managerHttp = await loginAs(t.http, manager);
    applicant = await createUser(t.db, organisation.id, ['employee']);
  });
  afterAll(async () => {
    await t?.close();
    await smtp?.stop();
  });

  describe('the metrics port', () => {
    it('serves /metrics on its own port in the API and in the worker, and never on the public port', async () => {
      expect(apiPort).toBeGreaterThan(0);
      expect(workerPort).toBeGreaterThan(0);
      expect(new Set([apiPort, workerPort, Number(new URL(t.baseUrl).port)]).size).toBe(3);

      const response = await fetch(`http://127.0.0.1:${apiPort}/metrics`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
      expect(await response.text()).toContain('# TYPE klussenbank_http_request_duration_seconds histogram');

      expect((await fetch(`${t.baseUrl}/metrics`)).status).toBe(404);
      expect((await fetch(`${t.baseUrl}/api/v1/metrics`)).status).toBe(404);
      const other = await fetch(`http://127.0.0.1:${apiPort}/api/v1/tasks`);
      expect(other.status).toBe(404);
      expect(other.headers.get('content-type')).toBe('application/problem+json');
      expect((await fetch(`http://127.0.0.1:${apiPort}/metrics`, { method: 'POST' })).status).toBe(405);
    });

    it("includes the process's default metrics", async () => {
      for (const port of [apiPort, workerPort]) {
        const samples = await scrape(port);
        expect(valueOf(samples, 'process_cpu_user_seconds_total')).toBeGreaterThan(0);
        expect(valueOf(samples, 'process_resident_memory_bytes')).toBeGreaterThan(10_000_000);
        expect(valueOf(samples, 'nodejs_eventloop_lag_seconds')).toBeGreaterThanOrEqual(0);
      }
    });
  });

  describe('HTTP', () => {
    it('counts requests per route pattern, method and status, never per raw URL', async () => {
      const health = { route: '/api/v1/health/live', method: 'GET', status_code: '200' };
      const task = { route: '/api/v1/tasks/:id', method: 'GET', status_code: '401' };
      const before = await scrape(apiPort);
      const id = randomUUID();
      for (let i = 0; i < 3; i++) expect((await fetch(`${t.baseUrl}/health/live`)).status).toBe(200);
      expect((await t.http.get(`/api/v1/tasks/${id}`)).status).toBe(401);
      expect((await t.http.get(`/api/v1/tasks/${randomUUID()}`)).status).toBe(401);
      expect((await fetch(`${t.baseUrl}/api/v1/geen-route-${id}`)).status).toBe(404);

      const after = await scrape(apiPort);
      const count = (samples: typeof after, labels: Record<string, string>) =>
        valueOf(samples, `${HTTP}_count`, labels) ?? 0;
      expect(count(after, health) - count(before, health)).toBe(3);
      expect(count(after, task) - count(before, task)).toBe(2);
      expect(count(after, { route: 'unmatched', status_code: '404' })).toBeGreaterThanOrEqual(1);
      // Every observation falls in a bucket: the +Inf bucket equals the count, the sum is positive.
      expect(valueOf(after, `${HTTP}_bucket`, { ...health, le: '+Inf' })).toBe(count(after, health));
      expect(valueOf(after, `${HTTP}_sum`, health)).toBeGreaterThan(0);
      expect(after.some((sample) => JSON.stringify(sample.labels).includes(id))).toBe(false);
    });

    it('shows the database pool of each process', async () => {
      for (const port of [apiPort, workerPort]) {
        const samples = await scrape(port);
        expect(valueOf(samples, 'klussenbank_db_pool_connections', { state: 'max' })).toBe(10);
        const inUse = valueOf(samples, 'klussenbank_db_pool_connections', { state: 'in_use' });
        expect(inUse).toBeGreaterThanOrEqual(0);
        expect(inUse).toBeLessThanOrEqual(10);
        expect(valueOf(samples, 'klussenbank_db_pool_connections', { state: 'idle' })).toBeGreaterThanOrEqual(
          0,
        );
        expect(valueOf(samples, 'klussenbank_db_pool_waiting')).toBe(0);
      }
    });

    it('counts the open event streams of the instance', async () => {
      const streams = async () => valueOf(await scrape(apiPort), 'klussenbank_event_streams_open');
      expect(await streams()).toBe(0);
      const login = await t.http.post<{ token: string }>('/api/v1/auth/login', {
        email: applicant.email,
        password: TEST_PASSWORD,
      });
      const stream = await openEventStream(`${t.baseUrl}/api/v1/me/notifications/stream`, login.body.token);
      expect(stream.status).toBe(200);
      await expect.poll(streams).toBe(1);
      stream.close();
      await expect.poll(streams).toBe(0);
    });
  });

  describe('queues and jobs', () => {
    it('shows waiting jobs and the age of the oldest waiting one per queue', async () => {
      const maintenance = t.queue(QueueName.Maintenance);
      await maintenance.add('waits', {}, { timestamp: Date.now() - 600_000 });
      await maintenance.add('waits-too', {}, { timestamp: Date.now() - 60_000 });
      const samples = await scrape(apiPort);
      expect(valueOf(samples, 'klussenbank_queue_jobs', { queue: 'maintenance', state: 'waiting' })).toBe(2);
      const oldest = valueOf(samples, 'klussenbank_queue_oldest_waiting_seconds', { queue: 'maintenance' });
      expect(oldest).toBeGreaterThanOrEqual(600);
      expect(oldest).toBeLessThan(700);
      // The same numbers in the worker: they are read from Redis, not kept per process.
      expect(
        valueOf(await scrape(workerPort), 'klussenbank_queue_jobs', {
          queue: 'maintenance',
          state: 'waiting',
        }),
      ).toBe(2);
      for (const state of ['waiting', 'active', 'delayed', 'failed']) {
        expect(valueOf(samples, 'klussenbank_queue_jobs', { queue: 'notifications', state })).toBe(0);
      }
      expect(valueOf(samples, 'klussenbank_queue_oldest_waiting_seconds', { queue: 'events' })).toBe(0);
      await maintenance.obliterate({ force: true });
    });

    it('counts a failing job among the failures of its name, and the failed jobs of its queue', async () => {
      const failures = async () =>
        valueOf(await scrape(workerPort), 'klussenbank_job_failures_total', {
          queue: 'events',
          job: 'bogus',
        }) ?? 0;
      expect(await failures()).toBe(0);
      await t.queue(QueueName.Events).add('bogus', {}, { attempts: 2 });
      await expect.poll(failures).toBe(2); // both attempts
      const samples = await scrape(workerPort);
      expect(valueOf(samples, 'klussenbank_queue_jobs', { queue: 'events', state: 'failed' })).toBe(1);
      expect(
        valueOf(samples, 'klussenbank_job_duration_seconds_count', {
          queue: 'events',
          job: 'bogus',
          outcome: 'failed',
        }),
      ).toBe(2);
      expect(
        workerLog.lines.filter((line) => line['msg'] === 'Job failed' && line['job'] === 'bogus'),
      ).toHaveLength(2);
      await t.queue(QueueName.Events).clean(0, 10, 'failed');
    });
  });

  describe('one claim followed from HTTP to e-mail', () => {
    it('carries the request id given with the claim into its outbox event, its jobs and the log line of the sent mail', async () => {
      const task = await managerHttp.post<{ id: string }>(
        '/api/v1/tasks',
        taskBody({ title: 'Verkeersbesluit opstellen', claimMode: 'application' }),
      );
      expect(task.status).toBe(201);
      const requestId = `claim-${randomUUID()}`;
      const claim = await (
        await loginAs(t.http, applicant)
      ).post<{ id: string }>(
        `/api/v1/tasks/${task.body.id}/claims`,
        { motivation: 'Ik ken de wegen.' },
        { 'x-request-id': requestId },
      );
      expect(claim.status).toBe(201);
      expect(claim.headers.get('x-request-id')).toBe(requestId);

      // The outbox row, written in the claim's transaction, names the request.
      const [row] = await t.db.query<[{ request_id: string }]>(
        `SELECT request_id FROM outbox WHERE type = 'application.received' AND data ->> 'claimId' = $1`,
        [claim.body.id],
      );
      expect(row.request_id).toBe(requestId);

      await smtp.waitFor(() => smtp.to(manager.email).length > 0);
      const ofRequest = () => workerLog.lines.filter((line) => line['requestId'] === requestId);
      await expect
        .poll(() =>
          ofRequest().map((line) =>
            [line['msg'], line['job']].filter((part) => typeof part === 'string').join(' '),
          ),
        )
        .toEqual(expect.arrayContaining(['Job completed event', 'E-mail sent', 'Job completed email']));
      const sent = ofRequest().find((line) => line['msg'] === 'E-mail sent')!;
      expect(sent).toMatchObject({ name: 'worker', level: 'info', notification: 'application-received' });
      expect(JSON.stringify(sent)).not.toContain(manager.email); // ids, not addresses
      // The API's own line for the request has it too.
      expect(apiLog.lines).toContainEqual(
        expect.objectContaining({ requestId, msg: 'request completed', name: 'api' }),
      );

      // The jobs ran: their durations are in the worker's histogram.
      const samples = await scrape(workerPort);
      for (const [queue, job] of [
        ['events', 'event'],
        ['notifications', 'email'],
      ]) {
        expect(
          valueOf(samples, 'klussenbank_job_duration_seconds_count', { queue, job, outcome: 'completed' }),
        ).toBeGreaterThanOrEqual(1);
      }
    });

    it('generates a request id when none is given, and that one travels the same way', async () => {
      const task = await managerHttp.post<{ id: string }>('/api/v1/tasks', taskBody({ title: 'Kademuur' }));
      expect(task.status).toBe(201);
      const requestId = task.headers.get('x-request-id')!;
      expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
      const [row] = await t.db.query<[{ request_id: string }]>(
        `SELECT request_id FROM outbox WHERE type = 'task.published' AND data ->> 'taskId' = $1`,
        [task.body.id],
      );
      expect(row.request_id).toBe(requestId);
      await expect
        .poll(() =>
          workerLog.lines.some(
            (line) =>
              line['msg'] === 'Job completed' &&
              line['job'] === 'match-task' &&
              line['requestId'] === requestId,
          ),
        )
        .toBe(true);
    });
  });
});

describe('outbox lag and deliveries, read from PostgreSQL at scrape time', () => {
  let t: TestApp;
  let port: number;

  // No worker: nothing relays the outbox or sends mail, so what is recorded stays where it is.
  beforeAll(async () => {
    t = await startTestApp({ env: { METRICS_PORT: '0', HOST: '127.0.0.1' } });
    port = t.app.get(MetricsServer).port!;
  });
  afterAll(() => t?.close());

  it('shows how long the oldest unrelayed outbox event has waited', async () => {
    let samples = await scrape(port);
    expect(valueOf(samples, 'klussenbank_outbox_lag_seconds')).toBe(0);
    expect(valueOf(samples, 'klussenbank_outbox_unrelayed_events')).toBe(0);

    const organisation = await createOrganisation(t.db);
    const manager = await createUser(t.db, organisation.id, ['manager']);
    const task = await (await loginAs(t.http, manager)).post<{ id: string }>('/api/v1/tasks', taskBody());
    expect(task.status).toBe(201);
    samples = await scrape(port);
    expect(valueOf(samples, 'klussenbank_outbox_unrelayed_events')).toBe(1);
    expect(valueOf(samples, 'klussenbank_outbox_lag_seconds')).toBeGreaterThan(0);
    expect(valueOf(samples, 'klussenbank_outbox_lag_seconds')).toBeLessThan(60);

    // As if the relay had been away for 90 seconds (the alert in docs/operations.md fires above 60).
    await t.db.query(`UPDATE outbox SET created_at = created_at - interval '90 seconds'`);
    const lag = valueOf(await scrape(port), 'klussenbank_outbox_lag_seconds')!;
    expect(lag).toBeGreaterThanOrEqual(90);
    expect(lag).toBeLessThan(120);

    await t.db.query(`UPDATE outbox SET relayed_at = now()`);
    expect(valueOf(await scrape(port), 'klussenbank_outbox_lag_seconds')).toBe(0);
  });

  it('counts e-mail deliveries per state, uncertain ones included', async () => {
    const organisation = await createOrganisation(t.db);
    const user = await createUser(t.db, organisation.id);
    const insert = (status: string, n: number) =>
      t.db.query(
        `INSERT INTO deliveries (user_id, event_key, channel, type, rhythm, status)
         SELECT $1, 'metrics:' || $2 || ':' || i, 'email', 'welcome', 'immediately', $2
           FROM generate_series(1, $3) i`,
        [user.id, status, n],
      );
    await insert('uncertain', 2);
    await insert('pending', 1);
    await insert('failed', 1);
    await insert('sent', 5);
    const samples = await scrape(port);
    expect(valueOf(samples, 'klussenbank_deliveries', { state: 'uncertain' })).toBe(2);
    expect(valueOf(samples, 'klussenbank_deliveries', { state: 'pending' })).toBe(1);
    expect(valueOf(samples, 'klussenbank_deliveries', { state: 'failed' })).toBe(1);
    expect(valueOf(samples, 'klussenbank_deliveries', { state: 'sending' })).toBe(0);
    expect(valueOf(samples, 'klussenbank_deliveries', { state: 'handed-over' })).toBe(0);
    // Sent ones are not counted (they only grow; a scan of them at every scrape would not be cheap).
    expect(valueOf(samples, 'klussenbank_deliveries', { state: 'sent' })).toBeUndefined();
  });

  it('leaves a gauge empty, not the scrape failed, when PostgreSQL cannot answer it', async () => {
    await t.db.query(`ALTER TABLE deliveries RENAME TO deliveries_away`);
    try {
      const samples = await scrape(port);
      expect(valueOf(samples, 'klussenbank_deliveries', { state: 'uncertain' })).toBeUndefined();
      expect(valueOf(samples, 'klussenbank_outbox_lag_seconds')).toBe(0);
    } finally {
      await t.db.query(`ALTER TABLE deliveries_away RENAME TO deliveries`);
    }
    expect(valueOf(await scrape(port), 'klussenbank_deliveries', { state: 'uncertain' })).toBe(2);
  });
});

// Last: a second application in this process shares TypeORM's default data source name.
describe('without METRICS_PORT', () => {
  it('has no metrics server in the API or the worker', async () => {
    const without = await startTestApp({ worker: true });
    try {
      expect(without.app.get(MetricsServer).port).toBeUndefined();
      expect(without.worker!.get(MetricsServer).port).toBeUndefined();
    } finally {
      await without.close();
    }
  });
});
