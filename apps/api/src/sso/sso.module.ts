import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module.js';
import { IdentityProvidersController } from './identity-providers.controller.js';
import { IdentityProvidersService } from './identity-providers.service.js';
import { OidcClientService } from './oidc-client.service.js';
import { SsoController } from './sso.controller.js';
import { SsoRepository } from './sso.repository.js';
import { SsoService } from './sso.service.js';

/** Single sign-on per organisation with OpenID Connect, and the providers' configuration. */
@Module({
  imports: [AuthModule],
  controllers: [SsoController, IdentityProvidersController],
  providers: [SsoRepository, OidcClientService, SsoService, IdentityProvidersService],
})
export class SsoModule {}
