import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/create-app.js';
import { LiveNotificationHub, MAX_STREAMS_PER_SESSION } from '../../src/notifications/live-notifications.js';
import { createOrganisation, createUser, TEST_PASSWORD } from '../support/factories.js';
import { type EventStream, openEventStream } from '../support/event-stream.js';
import { HttpClient } from '../support/http-client.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/** A live notification stream lives no longer than its session (issue 12, point 2). */
describe('live notification streams and their session', () => {
  let t: TestApp;
  /** A second API instance on the same database and Redis, as behind a load balancer. */
  let other: NestFastifyApplication;
  let otherHttp: HttpClient;
  let organisationId: string;

  beforeAll(async () => {
    t = await startTestApp({ env: { STREAM_HEARTBEAT_SECONDS: '1', STREAM_MAX_SECONDS: '600' } });
    other = await createApp(t.config);
    await other.listen({ port: 0, host: '127.0.0.1' });
    otherHttp = new HttpClient(
      `http://127.0.0.1:${(other.getHttpServer().address() as { port: number }).port}`,
    );
    organisationId = (await createOrganisation(t.db, { name: 'Gemeente Stroom' })).id;
  });
  afterAll(async () => {
    await other?.close();
    await t?.close();
  });

  const signIn = async () => {
    const user = await createUser(t.db, organisationId);
    const login = await t.http.post<{ token: string }>('/api/v1/auth/login', {
      email: user.email,
      password: TEST_PASSWORD,
    });
    expect(login.status).toBe(200);
    return { token: login.body.token, userId: user.id };
  };
  const open = async (token: string, baseUrl = t.baseUrl): Promise<EventStream> => {
    const stream = await openEventStream(`${baseUrl}/api/v1/me/notifications/stream`, token);
    expect(stream.status).toBe(200);
    await stream.next('unread-count');
    return stream;
  };

  it('ends on every instance when the session logs out on another', async () => {
    const { token } = await signIn();
    const stream = await open(token);
    const logout = await otherHttp.withToken(token).post('/api/v1/auth/logout');
    expect(logout.status).toBe(204);
    await stream.ended;
    const again = await openEventStream(`${t.baseUrl}/api/v1/me/notifications/stream`, token);
    expect(again.status).toBe(401);
    again.close();
  });

  it('ends at the next heartbeat when the session has expired, and leaves other sessions alone', async () => {
    const expiring = await signIn();
    const staying = await signIn();
    const doomed = await open(expiring.token);
    const alive = await open(staying.token, otherHttp.baseUrl);
    await t.db.query(`UPDATE sessions SET expires_at = now() - interval '1 second' WHERE user_id = $1`, [
      expiring.userId,
    ]);
    await doomed.ended;
    // Two more heartbeats on the other stream: it is still open and beating.
    await expect
      .poll(() => alive.raw().split(': heartbeat').length - 1, { timeout: 10_000 })
      .toBeGreaterThanOrEqual(2);
    alive.close();
  });

  it(`keeps at most ${MAX_STREAMS_PER_SESSION} streams of one session open: a new one closes the oldest`, async () => {
    const { token } = await signIn();
    const streams: EventStream[] = [];
    for (let i = 0; i < MAX_STREAMS_PER_SESSION; i++) streams.push(await open(token));
    const hub = t.app.get(LiveNotificationHub);
    const before = hub.openStreams;
    const newest = await open(token);
    await streams[0].ended;
    expect(hub.openStreams).toBe(before);
    for (const stream of [...streams.slice(1), newest]) expect(stream.raw()).toContain('unread-count');
    for (const stream of [...streams, newest]) stream.close();
  });
});

describe('a live notification stream past its lifetime', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ env: { STREAM_MAX_SECONDS: '1' } });
  });
  afterAll(async () => t?.close());

  it('ends by itself, and the reconnecting client is authenticated again', async () => {
    const { id } = await createOrganisation(t.db, { name: 'Gemeente Levensduur' });
    const user = await createUser(t.db, id);
    const login = await t.http.post<{ token: string }>('/api/v1/auth/login', {
      email: user.email,
      password: TEST_PASSWORD,
    });
    const stream = await openEventStream(`${t.baseUrl}/api/v1/me/notifications/stream`, login.body.token);
    expect(stream.status).toBe(200);
    await stream.ended;
    expect(stream.raw()).toContain('retry: 5000');
    await t.db.query(`DELETE FROM sessions WHERE user_id = $1`, [user.id]);
    const again = await openEventStream(`${t.baseUrl}/api/v1/me/notifications/stream`, login.body.token);
    expect(again.status).toBe(401);
    again.close();
  });
});
