import { Global, Module } from '@nestjs/common';
import { AuditLog } from './audit-log.service.js';
import { AuditRepository } from './audit.repository.js';

/** The audit log's writing side, global: every feature records its security events through `AuditLog`. */
@Global()
@Module({
  providers: [AuditRepository, AuditLog],
  exports: [AuditLog],
})
export class AuditModule {}
