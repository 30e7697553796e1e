import { Inject, Injectable } from '@nestjs/common';
import type { AuditAction } from '@klussenbank/domain';
import type { EntityManager } from 'typeorm';
import { AuditRepository } from './audit.repository.js';

/**
 * Who acts and from where: the person signed in (or null: a job, an unknown person, a SCIM client
 * whose organisation stands in `organisationId`) and the request's address (`request.ip`, which
 * honours TRUST_PROXY).
 */
export interface AuditActor {
  readonly id: string | null;
  readonly ipAddress: string | null;
}

/** The system itself (a job, the CLI): no person, no address. */
export const SYSTEM_ACTOR: AuditActor = { id: null, ipAddress: null };

export interface AuditEntry {
  action: AuditAction;
  /** Whose log the event belongs to (org-admins of it read it); null for platform-wide events. */
  organisationId: string | null;
  /** The object acted on, e.g. `{ type: 'user', id }`. */
  object?: { type: string; id: string } | null;
  /** Facts without personal data or secrets: changed field names, old and new roles, counts. */
  details?: Record<string, unknown>;
}

/**
 * Records security events (BIO 12.4). Pass the transaction of the change itself where there is one,
 * so the event commits with the change or not at all.
 */
@Injectable()
export class AuditLog {
  constructor(@Inject(AuditRepository) private readonly repository: AuditRepository) {}

  async record(
    actor: AuditActor,
    entry: AuditEntry | readonly AuditEntry[],
    tx?: EntityManager,
  ): Promise<void> {
    const entries = Array.isArray(entry) ? (entry as readonly AuditEntry[]) : [entry as AuditEntry];
    await this.repository.insert(
      entries.map((e) => ({
        action: e.action,
        actorId: actor.id,
        organisationId: e.organisationId,
        objectType: e.object?.type ?? null,
        objectId: e.object?.id ?? null,
        ipAddress: actor.ipAddress,
        details: e.details ?? {},
      })),
      tx,
    );
  }
}
