import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module.js';
import { AccountDeactivationRepository } from './account-deactivation.repository.js';
import { AccountDeactivation } from './account-deactivation.service.js';

/**
 * What happens to a person's account beyond its own row, used by the people page and by SCIM.
 * Imports auth (sessions); the outbox and the audit log are global. Nobody here imports users or claims.
 */
@Module({
  imports: [AuthModule],
  providers: [AccountDeactivation, AccountDeactivationRepository],
  exports: [AccountDeactivation],
})
export class ProvisioningModule {}
