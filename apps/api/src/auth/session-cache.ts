import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { LRUCache } from 'lru-cache';
import pg from 'pg';
import { Counter, Gauge } from 'prom-client';
import { AppConfig } from '../config/app-config.js';
import { METRIC_PREFIX, Metrics } from '../metrics/metrics.js';

/** What a session resolves to: who, in which organisation, with which roles. */
export interface CachedSession {
  sessionId: string;
  userId: string;
  organisationId: string;
  roles: readonly string[];
  csrfToken: string;
  /** The session's expiry when it was read (idle and absolute timeout): a cached one never outlives it. */
  expiresAt: Date;
}

/** The channel of migration 1764320000000: `s:<session id>` ended, `u:<user id>` changed. */
const CHANNEL = 'kb_sessions';
const MAX_ENTRIES = 50_000;
const RECONNECT_MS = 1_000;
const PING_MS = 5_000;
/** The listener's `application_name` in pg_stat_activity. */
export const SESSION_CACHE_APPLICATION = 'klussenbank-session-cache';

/**
 * Resolved sessions kept in this process for `SESSION_CACHE_SECONDS`, so most requests need no query
 * to know who asks. Logout must still end a session everywhere at once, so the cache only answers
 * while it is listening to PostgreSQL's `kb_sessions` notices (a trigger sends one at the commit of
 * every session end, role change, organisation move and deactivation, whatever wrote it); without
 * that connection it holds nothing and every request asks PostgreSQL, as before.
 *
 * A lookup that started before a notice arrived may not be stored after it (it may have read the row
 * the notice was about): every notice and reconnect moves `generation` on, and `store` refuses an
 * answer read under an older one.
 */
@Injectable()
export class SessionCache implements OnApplicationShutdown {
  private readonly logger = new Logger(SessionCache.name);
  private readonly entries: LRUCache<string, CachedSession> | undefined;
  private readonly lookups: Counter<'result'>;
  private readonly listeningGauge: Gauge;
  private listener: pg.Client | undefined;
  private connecting: Promise<void> | undefined;
  private listening = false;
  private stopped = false;
  private lostAt = 0;
  private generation = 0;

  constructor(
    @Inject(AppConfig) private readonly config: AppConfig,
    @Inject(Metrics) metrics: Metrics,
  ) {
    const ttl = config.SESSION_CACHE_SECONDS * 1_000;
    this.entries = ttl > 0 ? new LRUCache({ max: MAX_ENTRIES, ttl }) : undefined;
    this.lookups = new Counter({
      name: `${METRIC_PREFIX}session_cache_lookups_total`,
      help: 'Session lookups of this API instance: answered from memory (hit) or by PostgreSQL (miss)',
      labelNames: ['result'] as const,
      registers: [metrics.registry],
    });
    this.listeningGauge = new Gauge({
      name: `${METRIC_PREFIX}session_cache_listening`,
      help: '1 while this API instance hears session changes from PostgreSQL and may answer from memory',
      registers: [metrics.registry],
    });
  }

  /** The stamp a lookup takes before it reads PostgreSQL; hand it back to `store`. */
  get stamp(): number {
    return this.generation;
  }

  /** The session behind a token's hash, if this instance knows it and may trust what it knows. */
  get(key: string, now = new Date()): CachedSession | undefined {
    if (!this.entries) return undefined;
    if (!this.listening) {
      this.listen();
      this.lookups.inc({ result: 'miss' });
      return undefined;
    }
    const found = this.entries.get(key);
    if (found && found.expiresAt > now) {
      this.lookups.inc({ result: 'hit' });
      return found;
    }
    if (found) this.entries.delete(key);
    this.lookups.inc({ result: 'miss' });
    return undefined;
  }

  /** Keeps what a lookup read, unless something changed since it took `stamp`. */
  store(key: string, session: CachedSession, stamp: number): void {
    if (!this.entries || !this.listening || stamp !== this.generation) return;
    const left = session.expiresAt.getTime() - Date.now();
    if (left <= 0) return;
    this.entries.set(key, session, { ttl: Math.min(left, this.config.SESSION_CACHE_SECONDS * 1_000) });
  }

  /** This instance ended the session itself: forget it now, before PostgreSQL's notice comes back. */
  forgetSession(sessionId: string): void {
    this.forget((session) => session.sessionId === sessionId);
  }

  /** This instance changed what the person's sessions resolve to (roles): forget them now. */
  forgetUser(userId: string): void {
    this.forget((session) => session.userId === userId);
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    await this.connecting;
    await this.listener?.end().catch(() => undefined);
  }

  private forget(which: (session: CachedSession) => boolean): void {
    this.generation++;
    if (!this.entries) return;
    for (const [key, session] of this.entries.entries()) {
      if (which(session)) this.entries.delete(key);
    }
  }

  private heard(payload: string | undefined): void {
    const id = payload?.slice(2);
    if (id && payload?.startsWith('s:')) this.forgetSession(id);
    else if (id && payload?.startsWith('u:')) this.forgetUser(id);
    else this.forget(() => true);
  }

  /**
   * LISTEN on a connection of its own, started by the first lookup (workers never resolve sessions)
   * and, after a loss, by the first lookup a second later. A ping every few seconds finds a connection
   * that died without closing; until then only `SESSION_CACHE_SECONDS` bounds what could be missed.
   */
  private listen(): void {
    if (this.connecting || this.listener || this.stopped) return;
    if (Date.now() - this.lostAt < RECONNECT_MS) return;
    const client = new pg.Client({
      connectionString: this.config.DATABASE_URL,
      keepAlive: true,
      // Named, so an operator (or a test) can tell it in pg_stat_activity, whatever it last ran.
      application_name: SESSION_CACHE_APPLICATION,
    });
    let pinging: Promise<unknown> | undefined;
    const ping = setInterval(() => {
      if (pinging) return drop(new Error('PostgreSQL did not answer the ping'));
      pinging = client.query('SELECT 1').then(() => (pinging = undefined), drop);
    }, PING_MS);
    ping.unref();
    const drop = (error?: Error) => {
      clearInterval(ping);
      if (this.listener !== client) return;
      this.listener = undefined;
      this.listening = false;
      this.listeningGauge.set(0);
      this.lostAt = Date.now();
      this.forget(() => true);
      // At shutdown the ping can race the listener's own end ("Client was closed"): nothing was lost.
      if (error && !this.stopped) {
        this.logger.warn(`Session cache off until PostgreSQL listens again: ${error.message}`);
      }
      void client.end().catch(() => undefined);
    };
    this.listener = client;
    client.on('error', drop);
    client.on('end', () => drop());
    client.on('notification', (notice) => this.heard(notice.payload));
    this.connecting = (async () => {
      try {
        await client.connect();
        await client.query(`LISTEN ${CHANNEL}`);
        if (this.listener === client && !this.stopped) {
          this.forget(() => true);
          this.listening = true;
          this.listeningGauge.set(this.entries ? 1 : 0);
        }
      } catch (error) {
        drop(error as Error);
      } finally {
        this.connecting = undefined;
      }
    })();
  }
}
