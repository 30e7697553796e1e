import { Global, Module } from '@nestjs/common';
import { AuditLog } from './audit-log.service.js';
import { AuditEventsRepository, AuditRepository } from './audit.repository.js';
import { AuditRetentionJob } from './audit-retention.job.js';

/** The audit log's writing side, global: every feature records its security events through `AuditLog`. */
@Global()
@Module({
  providers: [AuditRepository, AuditLog, AuditEventsRepository, AuditRetentionJob],
  exports: [AuditLog, AuditEventsRepository, AuditRetentionJob],
})
export class AuditModule {}
