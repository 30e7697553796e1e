import { Controller, Delete, Get, HttpCode, Inject, Param, Post } from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { AuditActor } from '../audit/audit-log.service.js';
import { AuditedBy } from '../audit/audit.decorators.js';
import type { AuthUser } from '../auth/auth-user.js';
import { Authenticated, CurrentUser } from '../auth/auth.decorators.js';
import { ListDto } from '../common/dto/response.dto.js';
import { UuidParamPipe } from '../common/uuid-param.pipe.js';
import { CreatedScimTokenDto, ScimTokenDto } from './dto/scim-token.dto.js';
import { ScimTokensService } from './scim-tokens.service.js';

const ScimTokenListDto = ListDto(ScimTokenDto);
const ELSEWHERE = 'Not an administrator of this organisation (problem+json).';

/** Bearer tokens for SCIM provisioning (docs/scim.md); the SCIM endpoints themselves are at /scim/v2. */
@ApiTags('scim-tokens')
@Controller('organisations/:id/scim-tokens')
export class ScimTokensController {
  constructor(@Inject(ScimTokensService) private readonly service: ScimTokensService) {}

  @Get()
  @Authenticated('org-admin', 'platform-admin')
  @ApiOperation({ summary: "An organisation's usable SCIM tokens, newest first (never the secret)" })
  @ApiOkResponse({ type: ScimTokenListDto })
  @ApiForbiddenResponse({ description: ELSEWHERE })
  @ApiNotFoundResponse({ description: 'No such organisation.' })
  async list(@CurrentUser() actor: AuthUser, @Param('id', UuidParamPipe) organisationId: string) {
    return { items: await this.service.list(actor, organisationId) };
  }

  @Post()
  @Authenticated('org-admin', 'platform-admin')
  @ApiOperation({
    summary:
      'Create a SCIM token; the answer shows it this once, with the tenant URL for the identity system',
  })
  @ApiCreatedResponse({ type: CreatedScimTokenDto })
  @ApiForbiddenResponse({ description: ELSEWHERE })
  @ApiNotFoundResponse({ description: 'No such organisation.' })
  create(
    @CurrentUser() actor: AuthUser,
    @AuditedBy() audited: AuditActor,
    @Param('id', UuidParamPipe) organisationId: string,
  ): Promise<CreatedScimTokenDto> {
    return this.service.create(actor, audited, organisationId);
  }

  @Delete(':tokenId')
  @Authenticated('org-admin', 'platform-admin')
  @HttpCode(204)
  @ApiOperation({ summary: 'Revoke a SCIM token: requests with it get 401 at once' })
  @ApiNoContentResponse({ description: 'Revoked.' })
  @ApiForbiddenResponse({ description: ELSEWHERE })
  @ApiNotFoundResponse({ description: 'No such organisation, or no usable token of it with this id.' })
  async revoke(
    @CurrentUser() actor: AuthUser,
    @AuditedBy() audited: AuditActor,
    @Param('id', UuidParamPipe) organisationId: string,
    @Param('tokenId', UuidParamPipe) tokenId: string,
  ): Promise<void> {
    await this.service.revoke(actor, audited, organisationId, tokenId);
  }
}
