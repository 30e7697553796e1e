import { Body, Controller, Delete, Get, HttpCode, Inject, Param, Post, Req, Res } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiTooManyRequestsResponse,
} from '@nestjs/swagger';
import { gunzipSync } from 'node:zlib';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { type AuditActor } from '../audit/audit-log.service.js';
import { AuditedBy } from '../audit/audit.decorators.js';
import type { AuthUser } from '../auth/auth-user.js';
import { Authenticated, CurrentUser } from '../auth/auth.decorators.js';
import { clearSessionCookies } from '../auth/session-cookies.js';
import { UuidParamPipe } from '../common/uuid-param.pipe.js';
import { AppConfig } from '../config/app-config.js';
import { DataExportDto, DataExportListDto, EraseMeDto, ErasureDto } from './dto/privacy.dto.js';
import { PrivacyService } from './privacy.service.js';

@ApiTags('privacy')
@Controller()
export class PrivacyController {
  constructor(
    @Inject(PrivacyService) private readonly privacy: PrivacyService,
    @Inject(AppConfig) private readonly config: AppConfig,
  ) {}

  @Post('me/data-exports')
  @Authenticated()
  @ApiOperation({
    summary: 'Ask for a file with all my personal data ("Mijn gegevens downloaden")',
    description:
      'A job gathers every piece of personal data about me into one JSON file (docs/privacy.md lists the ' +
      'sections); I am notified when it is ready, and it can be downloaded for 7 days.',
  })
  @ApiCreatedResponse({ type: DataExportDto, description: 'Asked; status pending.' })
  request(@CurrentUser() user: AuthUser, @AuditedBy() actor: AuditActor): Promise<DataExportDto> {
    return this.privacy.requestExport(user, actor);
  }

  @Get('me/data-exports')
  @Authenticated()
  @ApiOperation({ summary: 'My data exports: pending, ready (until when) or expired' })
  @ApiOkResponse({ type: DataExportListDto })
  list(@CurrentUser() user: AuthUser): Promise<DataExportListDto> {
    return this.privacy.exports(user);
  }

  @Get('me/data-exports/:id/download')
  @Authenticated()
  @ApiOperation({ summary: 'Download one of my data exports (JSON, as an attachment)' })
  @ApiOkResponse({
    description: 'The file (Content-Disposition: attachment).',
    headers: {
      'Content-Disposition': {
        description: 'attachment; filename="klussenbank-mijn-gegevens-<day>.json"',
        schema: { type: 'string' },
      },
    },
    content: { 'application/json': { schema: { type: 'object', additionalProperties: true } } },
  })
  @ApiNotFoundResponse({ description: 'not-found.data-export: none of mine with this id (problem+json).' })
  @ApiConflictResponse({
    description: 'data-export-not-ready (still pending) or data-export-expired (problem+json).',
  })
  async download(
    @CurrentUser() user: AuthUser,
    @Param('id', UuidParamPipe) id: string,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Buffer> {
    const file = await this.privacy.download(user, id);
    // Stored gzipped: sent as it is to clients that take gzip, unpacked for the others.
    const gzipOk = /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
    void reply
      .header('content-type', 'application/json; charset=utf-8')
      .header('content-disposition', `attachment; filename="${file.filename}"`)
      .header('cache-control', 'private, no-store')
      .header('vary', 'Accept-Encoding');
    if (gzipOk) {
      void reply.header('content-encoding', 'gzip');
      return file.content;
    }
    return gunzipSync(file.content);
  }

  @Delete('me')
  @Authenticated()
  @HttpCode(200)
  @ApiOperation({
    summary: 'Delete my account ("Account verwijderen")',
    description:
      'Confirmed by typing my e-mail address, and my password when I have one. In one transaction my sessions ' +
      'end, my claims on klussen that have not started are withdrawn, and my personal data is erased or ' +
      'anonymised; hours, scores and other people\'s records stay, showing "oud-medewerker" (docs/privacy.md).',
  })
  @ApiOkResponse({ type: ErasureDto })
  @ApiBadRequestResponse({ description: 'erasure-not-confirmed, wrong-password (problem+json).' })
  @ApiConflictResponse({ description: 'last-org-admin (problem+json).' })
  @ApiTooManyRequestsResponse({ description: 'too-many-login-attempts: the login throttle (problem+json).' })
  async eraseMe(
    @CurrentUser() user: AuthUser,
    @Body() dto: EraseMeDto,
    @AuditedBy() actor: AuditActor,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ErasureDto> {
    const erased = await this.privacy.eraseMe(user, dto, actor, request.ip);
    clearSessionCookies(reply, this.config);
    return erased;
  }

  @Post('users/:id/erasure')
  @Authenticated('org-admin', 'platform-admin')
  @HttpCode(200)
  @ApiOperation({
    summary: "Delete a person's account (org-admins: of their organisation; platform admins: any)",
    description:
      'As DELETE /me, by an admin: personal data erased or anonymised in one transaction, hours and other ' +
      "people's records kept. Not the last org-admin of an organisation, nor the last platform admin.",
  })
  @ApiOkResponse({ type: ErasureDto })
  @ApiNotFoundResponse({ description: 'not-found.user (problem+json).' })
  @ApiConflictResponse({ description: 'last-org-admin, last-platform-admin (problem+json).' })
  erase(
    @CurrentUser() user: AuthUser,
    @Param('id', UuidParamPipe) id: string,
    @AuditedBy() actor: AuditActor,
  ): Promise<ErasureDto> {
    return this.privacy.eraseUser(user, id, actor);
  }
}
