import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { type Role, sessionAbsoluteCutoff, sessionExpiry } from '@klussenbank/domain';
import { Repository } from 'typeorm';
import { type AuditActor, AuditLog } from '../audit/audit-log.service.js';
import { RedisClient } from '../common/redis/redis.module.js';
import { AppConfig } from '../config/app-config.js';
import { SessionCache } from './session-cache.js';
import { type AuthMethod, SessionEntity } from './session.entity.js';

export interface IssuedSession {
  sessionId: string;
  token: string;
  csrfToken: string;
  expiresAt: Date;
}

/** Where a session is started from: the browser's user agent and the request's address. */
export interface SessionClient {
  userAgent: string | null;
  ip: string | null;
}

/** Why sessions ended, as the audit log says it. */
export type SessionEndReason = 'ended-by-self' | 'ended-by-admin' | 'password-changed' | 'password-reset';

const USER_AGENT_MAX = 512;

export interface ResolvedSession {
  sessionId: string;
  userId: string;
  organisationId: string;
  roles: Role[];
  csrfToken: string;
}

/**
 * A session that still holds, and its person's organisation and roles: $1 the token's hash, $2 the
 * absolute cutoff (sessions created before it have ended). Exported for the search benchmark, which
 * replays it beside the floor as the cost of a request whose session is not cached.
 */
export const RESOLVE_SESSION_SQL = `SELECT s.id AS session_id, s.csrf_token, s.created_at, s.last_seen_at, s.expires_at,
       u.id AS user_id, u.organisation_id, u.roles
  FROM sessions s JOIN users u ON u.id = s.user_id
 WHERE s.token_hash = $1 AND s.expires_at > now() AND s.created_at > $2
   AND u.deactivated_at IS NULL`;

/** The Redis channel on which every API instance hears that a session ended (its live streams close). */
export const sessionEndedChannel = (prefix: string): string => `${prefix}:sessions:ended`;

const hashToken = (token: string): Buffer => createHash('sha256').update(token).digest();
const TOUCH_AFTER_MS = 60_000;

/**
 * Server-side sessions behind opaque random tokens. Whatever proved who you are (a password now,
 * single sign-on later) ends in `issue`; logging out deletes the row, so the token is dead at once.
 */
@Injectable()
export class SessionService {
  private readonly logger = new Logger(SessionService.name);
  private readonly ttlMs: number;
  private readonly absoluteDays: number;

  constructor(
    @InjectRepository(SessionEntity) private readonly sessions: Repository<SessionEntity>,
    @Inject(AppConfig) config: AppConfig,
    @Inject(RedisClient) private readonly redis: RedisClient,
    @Inject(AuditLog) private readonly audit: AuditLog,
    @Inject(SessionCache) private readonly cache: SessionCache,
  ) {
    this.ttlMs = config.SESSION_TTL_HOURS * 3_600_000;
    this.absoluteDays = config.SESSION_ABSOLUTE_DAYS;
  }

  /**
   * Starts a session: every way of proving who you are (password, single sign-on, linking) ends
   * here, so this is where the audit log's `login.succeeded` is written, with the session.
   */
  async issue(
    userId: string,
    authMethod: AuthMethod,
    client: SessionClient,
    sso?: { externalIdentityId: string; sid: string | null; linked?: boolean },
  ): Promise<IssuedSession> {
    const token = randomBytes(32).toString('base64url');
    const csrfToken = randomBytes(24).toString('base64url');
    const now = new Date();
    const expiresAt = sessionExpiry(now, now, this.ttlMs, this.absoluteDays);
    const saved = await this.sessions.manager.transaction(async (tx) => {
      const session = await tx.save(
        tx.create(SessionEntity, {
          userId,
          tokenHash: hashToken(token),
          csrfToken,
          authMethod,
          ...(sso ? { externalIdentityId: sso.externalIdentityId, oidcSid: sso.sid } : {}),
          userAgent: client.userAgent?.slice(0, USER_AGENT_MAX) || null,
          ipAddress: client.ip,
          lastSeenAt: now,
          expiresAt,
        }),
      );
      const [user] = await tx.query<{ organisation_id: string }[]>(
        `SELECT organisation_id FROM users WHERE id = $1`,
        [userId],
      );
      await this.audit.record(
        { id: userId, ipAddress: client.ip },
        {
          action: 'login.succeeded',
          organisationId: user?.organisation_id ?? null,
          object: { type: 'session', id: session.id },
          details: { method: authMethod, ...(sso?.linked ? { linked: true } : {}) },
        },
        tx,
      );
      return session;
    });
    return { sessionId: saved.id, token, csrfToken, expiresAt };
  }

  /**
   * Who holds `token`. From this instance's memory when it resolved the token in the last
   * `SESSION_CACHE_SECONDS` and nothing changed since (`SessionCache`); otherwise one indexed query,
   * which also slides the expiry (at most once a minute to spare writes, never past the absolute
   * timeout). Roles come from `users`, so a role change holds at the next request. `fresh` (every
   * request that writes) always asks PostgreSQL: an ended session can never change anything, even in
   * the milliseconds before another instance's notice arrives.
   */
  async resolve(token: string, { fresh = false } = {}): Promise<ResolvedSession | null> {
    const key = hashToken(token);
    const cacheKey = key.toString('base64');
    const cached = fresh ? undefined : this.cache.get(cacheKey);
    if (cached) return { ...cached, roles: [...cached.roles] as Role[] };
    const stamp = this.cache.stamp;
    const rows: {
      session_id: string;
      user_id: string;
      organisation_id: string;
      roles: Role[];
      csrf_token: string;
      created_at: Date;
      last_seen_at: Date;
      expires_at: Date;
    }[] = await this.sessions.query(RESOLVE_SESSION_SQL, [
      key,
      sessionAbsoluteCutoff(new Date(), this.absoluteDays),
    ]);
    const row = rows[0];
    if (!row) return null;
    let expiresAt = row.expires_at;
    if (Date.now() - row.last_seen_at.getTime() > TOUCH_AFTER_MS) {
      const now = new Date();
      expiresAt = sessionExpiry(row.created_at, now, this.ttlMs, this.absoluteDays);
      await this.sessions.update({ id: row.session_id }, { lastSeenAt: now, expiresAt });
    }
    const session: ResolvedSession = {
      sessionId: row.session_id,
      userId: row.user_id,
      organisationId: row.organisation_id,
      roles: row.roles,
      csrfToken: row.csrf_token,
    };
    this.cache.store(cacheKey, { ...session, roles: [...row.roles], expiresAt }, stamp);
    return session;
  }

  /**
   * Ends the session: its token is dead at once, and every API instance closes the session's live
   * streams. Should Redis not hear it, the streams' own check (every heartbeat) closes them.
   */
  async revoke(sessionId: string): Promise<void> {
    await this.sessions.delete({ id: sessionId });
    this.cache.forgetSession(sessionId);
    await this.redis.redis
      .publish(sessionEndedChannel(this.redis.prefix), sessionId)
      .catch((error: Error) => {
        this.logger.warn(`Session end not announced (streams close at their next check): ${error.message}`);
      });
  }

  /**
   * Ends every session of a person (after a password change or reset), except `keep`: the one that
   * changed it. Each is announced like a logout, so live streams close too.
   */
  async revokeAllOf(
    userId: string,
    keep?: string,
    audit?: { by: AuditActor; reason: SessionEndReason },
  ): Promise<number> {
    return this.endSessions(userId, { keep }, audit);
  }

  /**
   * Ends sessions of one person — one (`only`) or all but `keep` — and, when `audit` says who and
   * why, records `session.ended` in the same transaction. Answers how many ended.
   */
  async endSessions(
    userId: string,
    which: { only?: string; keep?: string },
    audit?: { by: AuditActor; reason: SessionEndReason },
  ): Promise<number> {
    const ids = await this.sessions.manager.transaction(async (tx) => {
      // A DELETE … RETURNING answers [rows, count] through TypeORM.
      const [rows] = await tx.query<[{ id: string; organisation_id: string }[], number]>(
        `DELETE FROM sessions s USING users u
          WHERE u.id = s.user_id AND s.user_id = $1
            AND ($2::uuid IS NULL OR s.id = $2) AND s.id IS DISTINCT FROM $3::uuid
          RETURNING s.id, u.organisation_id`,
        [userId, which.only ?? null, which.keep ?? null],
      );
      if (audit && rows.length > 0) {
        await this.audit.record(
          audit.by,
          {
            action: 'session.ended',
            organisationId: rows[0]?.organisation_id ?? null,
            object: { type: 'user', id: userId },
            details: { reason: audit.reason, sessionIds: rows.map((row) => row.id) },
          },
          tx,
        );
      }
      return rows.map((row) => row.id);
    });
    for (const id of ids) {
      this.cache.forgetSession(id);
      await this.redis.redis.publish(sessionEndedChannel(this.redis.prefix), id).catch((error: Error) => {
        this.logger.warn(`Session end not announced (streams close at their next check): ${error.message}`);
      });
    }
    return ids.length;
  }

  /** Whether the session still holds (not ended, not expired); a live stream asks at every heartbeat. */
  async isActive(sessionId: string): Promise<boolean> {
    const rows: unknown[] = await this.sessions.query(
      `SELECT 1 FROM sessions WHERE id = $1 AND expires_at > now() AND created_at > $2`,
      [sessionId, sessionAbsoluteCutoff(new Date(), this.absoluteDays)],
    );
    return rows.length > 0;
  }

  async purgeExpired(): Promise<number> {
    const result = await this.sessions.createQueryBuilder().delete().where('expires_at <= now()').execute();
    return result.affected ?? 0;
  }
}

export function sameToken(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}
