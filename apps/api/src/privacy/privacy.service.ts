import { Inject, Injectable, Logger } from '@nestjs/common';
import {
  type Actor,
  dataExportStatus,
  ERASED_DISPLAY_NAME,
  erasedEmail,
  erasureConfirmed,
  erasureProblem,
  type ErasureProblem,
  isErasedEmail,
  jsonStringForm,
  mentionPattern,
} from '@klussenbank/domain';
import type { AuditActor } from '../audit/audit-log.service.js';
import { AuditLog } from '../audit/audit-log.service.js';
import type { AuthUser } from '../auth/auth-user.js';
import { AuthService } from '../auth/auth.service.js';
import { sessionEndedChannel } from '../auth/session.service.js';
import { RedisClient } from '../common/redis/redis.module.js';
import { ProblemException } from '../common/problem/problem.js';
import { OutboxService } from '../notifications/outbox.service.js';
import type { DataExportDto, DataExportListDto, EraseMeDto, ErasureDto } from './dto/privacy.dto.js';
import { type DataExportRow, type ErasureSubject, PrivacyRepository } from './privacy.repository.js';

const ERASURE_PROBLEMS = {
  forbidden: () => ProblemException.forbidden('forbidden.erase-user-elsewhere'),
  'platform-admin-only': () => ProblemException.forbidden('forbidden.erase-platform-admin'),
  'last-org-admin': () => ProblemException.conflict('last-org-admin'),
  'last-platform-admin': () => ProblemException.conflict('last-platform-admin'),
} as const satisfies Record<ErasureProblem, () => ProblemException>;

export const downloadPath = (id: string) => `/api/v1/me/data-exports/${id}/download`;

/**
 * Privacy (AVG): a person's data export ("Mijn gegevens downloaden") and the erasure of an account
 * ("Account verwijderen"), by the person or an admin. What is erased, anonymised or kept, per table,
 * is written down in docs/privacy.md.
 */
@Injectable()
export class PrivacyService {
  private readonly logger = new Logger(PrivacyService.name);

  constructor(
    @Inject(PrivacyRepository) private readonly repository: PrivacyRepository,
    @Inject(OutboxService) private readonly outbox: OutboxService,
    @Inject(AuditLog) private readonly audit: AuditLog,
    @Inject(AuthService) private readonly auth: AuthService,
    @Inject(RedisClient) private readonly redis: RedisClient,
  ) {}

  // --- exports -------------------------------------------------------------------------------

  /** Asks for a new export: a pending row and the job (through the outbox), in one transaction. */
  async requestExport(user: AuthUser, actor: AuditActor): Promise<DataExportDto> {
    const id = await this.repository.transaction(async (tx) => {
      const exportId = await this.repository.insertExport(tx, user.id);
      await this.outbox.record(tx, { type: 'data-export.requested', exportId, userId: user.id });
      await this.audit.record(
        actor,
        {
          action: 'export.personal-data',
          organisationId: user.organisationId,
          object: { type: 'user', id: user.id },
          details: { exportId },
        },
        tx,
      );
      return exportId;
    });
    const row = (await this.repository.exportOf(user.id, id))!;
    return toDto(row, new Date());
  }

  async exports(user: AuthUser): Promise<DataExportListDto> {
    const now = new Date();
    return { items: (await this.repository.exportsOf(user.id)).map((row) => toDto(row, now)) };
  }

  /** The file, while it is offered; only its owner gets it (anyone else: 404, as for no such export). */
  async download(user: AuthUser, id: string): Promise<{ filename: string; content: Buffer }> {
    const row = await this.repository.exportOf(user.id, id);
    if (!row) throw ProblemException.notFound('not-found.data-export');
    const status = dataExportStatus(row.status, row.expiresAt, new Date());
    if (status === 'pending') throw ProblemException.conflict('data-export-not-ready');
    if (status === 'expired' || !row.content) throw ProblemException.conflict('data-export-expired');
    const day = (row.readyAt ?? row.requestedAt).toISOString().slice(0, 10);
    return { filename: `klussenbank-mijn-gegevens-${day}.json`, content: row.content };
  }

  // --- erasure -------------------------------------------------------------------------------

  /** "Account verwijderen" by the person: their e-mail typed again, and their password if they have one. */
  async eraseMe(user: AuthUser, dto: EraseMeDto, actor: AuditActor, ip: string): Promise<ErasureDto> {
    const subject = await this.repository.subject(user.id);
    if (!subject) throw ProblemException.notFound('not-found.user');
    const errors: { name: string; key: 'erasure-not-confirmed' | 'wrong-password' }[] = [];
    if (!erasureConfirmed(dto.confirmation, subject.email)) {
      errors.push({ name: 'confirmation', key: 'erasure-not-confirmed' });
    }
    if (subject.passwordHash !== null) {
      const ok =
        dto.password !== undefined &&
        dto.password !== '' &&
        (await this.auth.verifyCurrentPassword(subject, dto.password, ip));
      if (!ok) errors.push({ name: 'password', key: 'wrong-password' });
    }
    if (errors.length > 0) throw ProblemException.badRequest(errors);
    return this.erase(user, user.id, actor, 'self');
  }

  /** "Account verwijderen" by an org-admin of the person's organisation or a platform admin. */
  eraseUser(admin: Actor, userId: string, actor: AuditActor): Promise<ErasureDto> {
    return this.erase(admin, userId, actor, 'admin');
  }

  /**
   * In one transaction: the rules (under locks of the person and their organisation), claims on
   * klussen that have not started withdrawn (their posters notified), what is the person's alone deleted, their name and
   * e-mail replaced in other people's texts, the account anonymised, and `user.erased` recorded
   * (ids only). Sessions end in it; live streams are told after the commit.
   */
  private async erase(
    actor: Actor,
    userId: string,
    auditActor: AuditActor,
    by: 'self' | 'admin',
  ): Promise<ErasureDto> {
    const { sessions, claimsWithdrawn } = await this.repository.transaction(async (tx) => {
      const subject = await this.repository.lockSubject(tx, userId);
      if (!subject) throw ProblemException.notFound('not-found.user');
      const problem = erasureProblem(actor, subject, await this.repository.adminsLeft(tx, subject));
      if (problem) throw ERASURE_PROBLEMS[problem]();
      // Erased before: nothing personal is left (and "oud-medewerker" is no name to look for).
      if (isErasedEmail(subject.email)) return { sessions: [], claimsWithdrawn: 0 };
      const withdrawn = await this.repository.withdrawUnstartedClaims(tx, userId);
      // The poster hears, as when an account is switched off; the notice names "oud-medewerker".
      for (const claim of withdrawn) {
        await this.outbox.record(tx, { type: 'claim.participant-deactivated', ...claim });
      }
      const ended = await this.repository.deletePersonalRows(tx, userId);
      await this.repository.replaceMentions(tx, mentionPatterns(subject), ERASED_DISPLAY_NAME);
      await this.repository.anonymiseUser(tx, userId, ERASED_DISPLAY_NAME, erasedEmail(userId));
      await this.audit.record(
        auditActor,
        {
          action: 'user.erased',
          organisationId: subject.organisationId,
          object: { type: 'user', id: userId },
          details: { by, claimsWithdrawn: withdrawn.length, sessionsEnded: ended.length },
        },
        tx,
      );
      return { sessions: ended, claimsWithdrawn: withdrawn.length };
    });
    for (const id of sessions) {
      await this.redis.redis.publish(sessionEndedChannel(this.redis.prefix), id).catch((error: Error) => {
        this.logger.warn(`Session end not announced (streams close at their next check): ${error.message}`);
      });
    }
    return { id: userId, displayName: ERASED_DISPLAY_NAME, claimsWithdrawn };
  }
}

/** The person's name and e-mail address as they may stand in texts, and inside JSON strings. */
function mentionPatterns(subject: Pick<ErasureSubject, 'displayName' | 'email'>): {
  text: string[];
  json: string[];
} {
  const values = [subject.displayName, subject.email];
  const present = (patterns: (string | null)[]) => [
    ...new Set(patterns.filter((p): p is string => p !== null)),
  ];
  return {
    text: present(values.map(mentionPattern)),
    json: present(values.map((value) => mentionPattern(jsonStringForm(value)))),
  };
}

function toDto(row: DataExportRow, now: Date): DataExportDto {
  const status = dataExportStatus(row.status, row.expiresAt, now);
  return {
    id: row.id,
    status,
    requestedAt: row.requestedAt.toISOString(),
    readyAt: row.readyAt ? row.readyAt.toISOString() : null,
    expiresAt: row.expiresAt ? row.expiresAt.toISOString() : null,
    sizeBytes: row.sizeBytes,
    downloadUrl: status === 'ready' ? downloadPath(row.id) : null,
  };
}
