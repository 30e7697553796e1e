import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WorkerHealthServer } from '../../src/health/worker-health.server.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

describe("the worker's health port (Kubernetes probes)", () => {
  let t: TestApp;
  let base: string;

  beforeAll(async () => {
    t = await startTestApp({ worker: true, env: { WORKER_HEALTH_PORT: '0', HOST: '127.0.0.1' } });
    const port = t.worker!.get(WorkerHealthServer).port;
    expect(port).toBeGreaterThan(0);
    base = `http://127.0.0.1:${port}`;
  });
  afterAll(() => t?.close());

  it('is live, and ready while PostgreSQL and Redis answer', async () => {
    const live = await fetch(`${base}/health/live`);
    expect(live.status).toBe(200);
    expect(await live.json()).toEqual({ status: 'ok' });

    const ready = await fetch(`${base}/health/ready`);
    expect(ready.status).toBe(200);
    expect(ready.headers.get('cache-control')).toBe('no-store');
    expect(await ready.json()).toEqual({ status: 'ok', checks: { database: 'ok', redis: 'ok' } });
  });

  it('answers other paths and methods with a problem, and serves nothing else', async () => {
    const other = await fetch(`${base}/api/v1/tasks`);
    expect(other.status).toBe(404);
    expect(other.headers.get('content-type')).toBe('application/problem+json');
    expect((await fetch(`${base}/health/live`, { method: 'POST' })).status).toBe(405);
  });

  it('has no health server unless WORKER_HEALTH_PORT is set', async () => {
    const without = await startTestApp({ worker: true });
    try {
      expect(without.worker!.get(WorkerHealthServer).port).toBeUndefined();
    } finally {
      await without.close();
    }
  });
});
