import { Inject, Injectable } from '@nestjs/common';
import { auditRetentionCutoff } from '@klussenbank/domain';
import { AppConfig } from '../config/app-config.js';
import { AuditEventsRepository } from './audit.repository.js';

export const AUDIT_RETENTION_JOB = 'audit-retention';
/** Job data: the tests drive the clock with `now`. */
export interface AuditRetentionJobData {
  now?: string;
}
/** Daily at 03:30 Amsterdam, when nobody signs in. */
export const AUDIT_RETENTION_SCHEDULE = { pattern: '30 3 * * *', tz: 'Europe/Amsterdam' } as const;

/**
 * Deletes audit events older than AUDIT_RETENTION_MONTHS (12 by default). The only DELETE the
 * table's trigger lets through: it runs with `klussenbank.audit_retention` set in its own transaction.
 */
@Injectable()
export class AuditRetentionJob {
  constructor(
    @Inject(AuditEventsRepository) private readonly events: AuditEventsRepository,
    @Inject(AppConfig) private readonly config: AppConfig,
  ) {}

  handle(now: Date = new Date()): Promise<number> {
    return this.events.deleteOlderThan(auditRetentionCutoff(now, this.config.AUDIT_RETENTION_MONTHS));
  }
}
