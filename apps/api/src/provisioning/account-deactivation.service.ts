import { Inject, Injectable } from '@nestjs/common';
import type { AuditAction } from '@klussenbank/domain';
import type { EntityManager } from 'typeorm';
import { type AuditActor, AuditLog } from '../audit/audit-log.service.js';
import { SessionService } from '../auth/session.service.js';
import { OutboxService } from '../notifications/outbox.service.js';
import { AccountDeactivationRepository } from './account-deactivation.repository.js';

/** Who switched the account off: an admin on the people page, or the identity system over SCIM. */
export type DeactivationCause = 'admin' | 'scim' | 'scim-delete';

const AUDIT_ACTION: Record<DeactivationCause, AuditAction> = {
  admin: 'user.deactivated',
  scim: 'scim.user-deactivated',
  'scim-delete': 'scim.user-deleted',
};

/** Stored on each withdrawn claim; the claimant reads it in their list of claims. */
const WITHDRAWN_MESSAGE = 'Het account is beëindigd.';

/**
 * What switching an account off does, whoever does it: the account is marked, the person's claims
 * on klussen that have not started are withdrawn (the poster hears, an active claim's place opens),
 * their completed hours stay in the ledger, and every session ends at once.
 */
@Injectable()
export class AccountDeactivation {
  constructor(
    @Inject(AccountDeactivationRepository) private readonly repository: AccountDeactivationRepository,
    @Inject(OutboxService) private readonly outbox: OutboxService,
    @Inject(AuditLog) private readonly audit: AuditLog,
    @Inject(SessionService) private readonly sessions: SessionService,
  ) {}

  /** In a transaction of its own, then the sessions end. Idempotent. */
  async deactivate(
    actor: AuditActor,
    user: { id: string; organisationId: string },
    cause: DeactivationCause,
  ): Promise<void> {
    await this.repository.transaction((tx) => this.inTransaction(tx, actor, user, cause));
    await this.endSessions(user.id);
  }

  /**
   * Within the caller's transaction (a SCIM change that also switches the account off); the caller
   * calls `endSessions` once it has committed. Records the audit event only when something changed.
   */
  async inTransaction(
    tx: EntityManager,
    actor: AuditActor,
    user: { id: string; organisationId: string },
    cause: DeactivationCause,
    details: Record<string, unknown> = {},
  ): Promise<void> {
    const wasActive = await this.repository.markDeactivated(tx, user.id, cause === 'scim-delete');
    const withdrawn = await this.repository.withdrawUnstartedClaims(tx, user.id, WITHDRAWN_MESSAGE);
    for (const claim of withdrawn) {
      if (claim.was === 'active') await this.repository.releasePlace(tx, claim.taskId);
      await this.outbox.record(tx, {
        type: 'claim.participant-deactivated',
        taskId: claim.taskId,
        claimId: claim.id,
      });
    }
    if (wasActive || cause === 'scim-delete' || withdrawn.length > 0) {
      await this.audit.record(
        actor,
        {
          action: AUDIT_ACTION[cause],
          organisationId: user.organisationId,
          object: { type: 'user', id: user.id },
          details: { ...details, withdrawnClaims: withdrawn.map((c) => c.id) },
        },
        tx,
      );
    }
  }

  async endSessions(userId: string): Promise<void> {
    await this.sessions.revokeAllOf(userId);
  }
}
