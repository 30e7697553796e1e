import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Role } from '@klussenbank/domain';
import { Repository } from 'typeorm';
import { RedisClient } from '../common/redis/redis.module.js';
import { AppConfig } from '../config/app-config.js';
import { type AuthMethod, SessionEntity } from './session.entity.js';

export interface IssuedSession {
  sessionId: string;
  token: string;
  csrfToken: string;
  expiresAt: Date;
}

export interface ResolvedSession {
  sessionId: string;
  userId: string;
  organisationId: string;
  roles: Role[];
  csrfToken: string;
}

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

  constructor(
    @InjectRepository(SessionEntity) private readonly sessions: Repository<SessionEntity>,
    @Inject(AppConfig) config: AppConfig,
    @Inject(RedisClient) private readonly redis: RedisClient,
  ) {
    this.ttlMs = config.SESSION_TTL_HOURS * 3_600_000;
  }

  async issue(
    userId: string,
    authMethod: AuthMethod,
    sso?: { externalIdentityId: string; sid: string | null },
  ): Promise<IssuedSession> {
    const token = randomBytes(32).toString('base64url');
    const csrfToken = randomBytes(24).toString('base64url');
    const now = new Date();
    const expiresAt = new Date(now.getTime() + this.ttlMs);
    const saved = await this.sessions.save(
      this.sessions.create({
        userId,
        tokenHash: hashToken(token),
        csrfToken,
        authMethod,
        ...(sso ? { externalIdentityId: sso.externalIdentityId, oidcSid: sso.sid } : {}),
        lastSeenAt: now,
        expiresAt,
      }),
    );
    return { sessionId: saved.id, token, csrfToken, expiresAt };
  }

  /** One indexed query per request; the expiry slides at most once a minute to spare writes. */
  async resolve(token: string): Promise<ResolvedSession | null> {
    const rows: {
      session_id: string;
      user_id: string;
      organisation_id: string;
      roles: Role[];
      csrf_token: string;
      last_seen_at: Date;
    }[] = await this.sessions.query(
      `SELECT s.id AS session_id, s.csrf_token, s.last_seen_at, u.id AS user_id, u.organisation_id, u.roles
         FROM sessions s JOIN users u ON u.id = s.user_id
        WHERE s.token_hash = $1 AND s.expires_at > now() AND u.deactivated_at IS NULL`,
      [hashToken(token)],
    );
    const row = rows[0];
    if (!row) return null;
    if (Date.now() - row.last_seen_at.getTime() > TOUCH_AFTER_MS) {
      await this.sessions.update(
        { id: row.session_id },
        { lastSeenAt: new Date(), expiresAt: new Date(Date.now() + this.ttlMs) },
      );
    }
    return {
      sessionId: row.session_id,
      userId: row.user_id,
      organisationId: row.organisation_id,
      roles: row.roles,
      csrfToken: row.csrf_token,
    };
  }

  /**
   * Ends the session: its token is dead at once, and every API instance closes the session's live
   * streams. Should Redis not hear it, the streams' own check (every heartbeat) closes them.
   */
  async revoke(sessionId: string): Promise<void> {
    await this.sessions.delete({ id: sessionId });
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
  async revokeAllOf(userId: string, keep?: string): Promise<void> {
    // A DELETE … RETURNING answers [rows, count] through TypeORM.
    const [rows] = await this.sessions.query<[{ id: string }[], number]>(
      `DELETE FROM sessions WHERE user_id = $1 AND id IS DISTINCT FROM $2 RETURNING id`,
      [userId, keep ?? null],
    );
    for (const { id } of rows) {
      await this.redis.redis.publish(sessionEndedChannel(this.redis.prefix), id).catch((error: Error) => {
        this.logger.warn(`Session end not announced (streams close at their next check): ${error.message}`);
      });
    }
  }

  /** Whether the session still holds (not ended, not expired); a live stream asks at every heartbeat. */
  async isActive(sessionId: string): Promise<boolean> {
    const rows: unknown[] = await this.sessions.query(
      `SELECT 1 FROM sessions WHERE id = $1 AND expires_at > now()`,
      [sessionId],
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
