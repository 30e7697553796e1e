import { Module } from '@nestjs/common';
import { ProvisioningModule } from '../provisioning/provisioning.module.js';
import { ScimAuthGuard } from './scim-auth.guard.js';
import { ScimTokensController } from './scim-tokens.controller.js';
import { ScimTokensRepository } from './scim-tokens.repository.js';
import { ScimTokensService } from './scim-tokens.service.js';
import { ScimUsersRepository } from './scim-users.repository.js';
import { ScimUsersService } from './scim-users.service.js';
import { ScimController } from './scim.controller.js';

/** SCIM 2.0 provisioning per organisation, and the tokens it is done with. scim → provisioning → auth. */
@Module({
  imports: [ProvisioningModule],
  controllers: [ScimController, ScimTokensController],
  providers: [ScimTokensService, ScimTokensRepository, ScimUsersService, ScimUsersRepository, ScimAuthGuard],
})
export class ScimModule {}
