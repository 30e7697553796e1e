import { Body, Controller, Delete, Get, HttpCode, Inject, Param, Patch, Post } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiServiceUnavailableResponse,
  ApiTags,
} from '@nestjs/swagger';
import { Authenticated } from '../auth/auth.decorators.js';
import { type AuditActor } from '../audit/audit-log.service.js';
import { AuditedBy } from '../audit/audit.decorators.js';
import { ListDto } from '../common/dto/response.dto.js';
import { UuidParamPipe } from '../common/uuid-param.pipe.js';
import {
  CreateIdentityProviderDto,
  IdentityProviderDto,
  UpdateIdentityProviderDto,
} from './dto/identity-provider.dto.js';
import { IdentityProvidersService } from './identity-providers.service.js';

const IdentityProviderListDto = ListDto(IdentityProviderDto);
const INVALID = 'Invalid body (problem+json with every field error in invalidParams).';
const DUPLICATE = 'identity-provider-exists: this issuer and client id are configured already.';
const NO_KEY = 'sso-not-configured: production runs without OIDC_SECRET_KEY.';
const LAST =
  'identity-provider-last: the organisation signs in through this provider only (password login is off, no ' +
  'other enabled provider); switch password login on first (problem+json).';

/** OpenID Connect providers of an organisation; only platform admins see or change them. */
@ApiTags('identity-providers')
@Controller()
export class IdentityProvidersController {
  constructor(@Inject(IdentityProvidersService) private readonly service: IdentityProvidersService) {}

  @Get('organisations/:id/identity-providers')
  @Authenticated('platform-admin')
  @ApiOperation({ summary: "An organisation's identity providers (platform admins)" })
  @ApiOkResponse({ type: IdentityProviderListDto })
  @ApiNotFoundResponse({ description: 'No such organisation.' })
  async list(@Param('id', UuidParamPipe) organisationId: string) {
    return { items: await this.service.list(organisationId) };
  }

  @Post('organisations/:id/identity-providers')
  @Authenticated('platform-admin')
  @ApiOperation({ summary: 'Add an identity provider to an organisation (platform admins)' })
  @ApiCreatedResponse({ type: IdentityProviderDto })
  @ApiBadRequestResponse({ description: INVALID })
  @ApiNotFoundResponse({ description: 'No such organisation.' })
  @ApiConflictResponse({ description: DUPLICATE })
  @ApiServiceUnavailableResponse({ description: NO_KEY })
  create(
    @Param('id', UuidParamPipe) organisationId: string,
    @Body() dto: CreateIdentityProviderDto,
    @AuditedBy() by: AuditActor,
  ): Promise<IdentityProviderDto> {
    return this.service.create(organisationId, dto, by);
  }

  @Get('identity-providers/:id')
  @Authenticated('platform-admin')
  @ApiOperation({ summary: 'One identity provider (platform admins); the client secret is never returned' })
  @ApiOkResponse({ type: IdentityProviderDto })
  @ApiNotFoundResponse({ description: 'No such identity provider.' })
  get(@Param('id', UuidParamPipe) id: string): Promise<IdentityProviderDto> {
    return this.service.get(id);
  }

  @Patch('identity-providers/:id')
  @Authenticated('platform-admin')
  @ApiOperation({
    summary: 'Change an identity provider (platform admins)',
    description: 'A field left out stays as it is; a new clientSecret replaces the stored one (rotation).',
  })
  @ApiOkResponse({ type: IdentityProviderDto })
  @ApiBadRequestResponse({ description: INVALID })
  @ApiNotFoundResponse({ description: 'No such identity provider.' })
  @ApiConflictResponse({ description: `${DUPLICATE} ${LAST}` })
  @ApiServiceUnavailableResponse({ description: NO_KEY })
  update(
    @Param('id', UuidParamPipe) id: string,
    @Body() dto: UpdateIdentityProviderDto,
    @AuditedBy() by: AuditActor,
  ): Promise<IdentityProviderDto> {
    return this.service.update(id, dto, by);
  }

  @Delete('identity-providers/:id')
  @Authenticated('platform-admin')
  @HttpCode(204)
  @ApiOperation({
    summary: 'Remove an identity provider (platform admins)',
    description:
      'Its people keep their accounts and their links (issuer, subject); they cannot sign in through it any more.',
  })
  @ApiNoContentResponse({ description: 'Removed.' })
  @ApiNotFoundResponse({ description: 'No such identity provider.' })
  @ApiConflictResponse({ description: LAST })
  remove(@Param('id', UuidParamPipe) id: string, @AuditedBy() by: AuditActor): Promise<void> {
    return this.service.remove(id, by);
  }
}
