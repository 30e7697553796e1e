import { Inject, Injectable } from '@nestjs/common';
import { type AccountChangeProblem, sessionAbsoluteCutoff, sessionsAdminProblem } from '@klussenbank/domain';
import Bowser from 'bowser';
import type { AuditActor } from '../audit/audit-log.service.js';
import { ProblemException } from '../common/problem/problem.js';
import { AppConfig } from '../config/app-config.js';
import type { AuthUser } from './auth-user.js';
import type { SessionDto } from './dto/session.dto.js';
import { type SessionRow, SessionsRepository } from './sessions.repository.js';
import { SessionService } from './session.service.js';

const ACCOUNT_PROBLEMS = {
  forbidden: 'forbidden.change-user-elsewhere',
  'platform-admin-only': 'forbidden.change-platform-admin',
  self: 'forbidden.change-own-account',
} as const satisfies Record<AccountChangeProblem, string>;

/** "Chrome" and "Windows" from a user agent; null where bowser recognises nothing. */
export function deviceOf(userAgent: string | null): { browser: string | null; os: string | null } {
  if (!userAgent) return { browser: null, os: null };
  const parsed = Bowser.parse(userAgent);
  return { browser: parsed.browser.name || null, os: parsed.os.name || null };
}

const toDto = (row: SessionRow, currentId: string): SessionDto => ({
  id: row.id,
  ...deviceOf(row.userAgent),
  ipAddress: row.ipAddress,
  authMethod: row.authMethod,
  createdAt: row.createdAt.toISOString(),
  lastSeenAt: row.lastSeenAt.toISOString(),
  expiresAt: row.expiresAt.toISOString(),
  current: row.id === currentId,
});

/** A person's own sessions ("Mijn sessies"), and an admin's view of someone's. */
@Injectable()
export class SessionListService {
  private readonly absoluteDays: number;

  constructor(
    @Inject(SessionsRepository) private readonly repository: SessionsRepository,
    @Inject(SessionService) private readonly sessions: SessionService,
    @Inject(AppConfig) config: AppConfig,
  ) {
    this.absoluteDays = config.SESSION_ABSOLUTE_DAYS;
  }

  async mine(user: AuthUser): Promise<SessionDto[]> {
    return this.listOf(user.id, user.sessionId);
  }

  /** Ends one of my sessions (the current one too: that is a logout elsewhere's way of saying it). */
  async endMine(user: AuthUser, sessionId: string, by: AuditActor): Promise<void> {
    const ended = await this.sessions.endSessions(
      user.id,
      { only: sessionId },
      { by, reason: 'ended-by-self' },
    );
    if (ended === 0) throw ProblemException.notFound('not-found.session');
  }

  /** Ends all my sessions but this one. */
  endOthers(user: AuthUser, by: AuditActor): Promise<number> {
    return this.sessions.endSessions(user.id, { keep: user.sessionId }, { by, reason: 'ended-by-self' });
  }

  async of(actor: AuthUser, userId: string): Promise<SessionDto[]> {
    await this.assertAdministers(actor, userId);
    return this.listOf(userId, actor.sessionId);
  }

  /** An admin ends every session of a person (their own current one stays, should they pick themselves). */
  async endAllOf(actor: AuthUser, userId: string, by: AuditActor): Promise<number> {
    await this.assertAdministers(actor, userId);
    return this.sessions.endSessions(userId, { keep: actor.sessionId }, { by, reason: 'ended-by-admin' });
  }

  private async listOf(userId: string, currentId: string): Promise<SessionDto[]> {
    const rows = await this.repository.activeOf(userId, sessionAbsoluteCutoff(new Date(), this.absoluteDays));
    return rows.map((row) => toDto(row, currentId));
  }

  private async assertAdministers(actor: AuthUser, userId: string): Promise<void> {
    const holder = await this.repository.holder(userId);
    if (!holder) throw ProblemException.notFound('not-found.user');
    const problem = sessionsAdminProblem(actor, holder);
    if (problem) throw ProblemException.forbidden(ACCOUNT_PROBLEMS[problem]);
  }
}
