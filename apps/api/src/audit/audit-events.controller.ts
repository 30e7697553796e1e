import { Controller, Get, Inject, Query, Req, Res } from '@nestjs/common';
import { ApiForbiddenResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AuthUser } from '../auth/auth-user.js';
import { Authenticated, CurrentUser } from '../auth/auth.decorators.js';
import { PageDto } from '../common/dto/response.dto.js';
import type { Page } from '../common/pagination.js';
import { requestLanguage } from '../common/problem/language.js';
import { type AuditActor } from './audit-log.service.js';
import { AuditedBy } from './audit.decorators.js';
import { AUDIT_EXPORT_MAX_ROWS, AuditEventsService } from './audit-events.service.js';
import { AuditEventDto, ListAuditEventsQueryDto } from './dto/audit-event.dto.js';

const AuditEventPageDto = PageDto(AuditEventDto);
const SCOPE =
  "forbidden.audit-log-elsewhere: an org-admin asked for another organisation (org-admins see their own organisation's events only).";

@ApiTags('audit')
@Controller('audit-events')
export class AuditEventsController {
  constructor(@Inject(AuditEventsService) private readonly service: AuditEventsService) {}

  @Get()
  @Authenticated('org-admin', 'platform-admin')
  @ApiOperation({
    summary: 'The audit log, newest first (platform admins: everything; org-admins: their organisation)',
    description: "Actor and organisation names are today's, joined when read; the log itself keeps ids.",
  })
  @ApiOkResponse({ type: AuditEventPageDto })
  @ApiForbiddenResponse({ description: SCOPE })
  list(@CurrentUser() user: AuthUser, @Query() query: ListAuditEventsQueryDto): Promise<Page<AuditEventDto>> {
    return this.service.list(user, query);
  }

  @Get('export')
  @Authenticated('org-admin', 'platform-admin')
  @ApiOperation({
    summary: 'The audit log as CSV, with the same filters (page and pageSize are ignored)',
    description:
      `RFC 4180 CSV, UTF-8 with a byte order mark, newest first, at most ${AUDIT_EXPORT_MAX_ROWS} rows; headers in Dutch or English per Accept-Language. ` +
      'The export is recorded in the audit log (export.audit-log).',
  })
  @ApiProduces('text/csv')
  @ApiOkResponse({
    description: 'The CSV file (Content-Disposition: attachment).',
    content: { 'text/csv': { schema: { type: 'string' } } },
    headers: {
      'Content-Disposition': {
        description: 'attachment; filename="auditlog-<date>.csv"',
        schema: { type: 'string' },
      },
    },
  })
  @ApiForbiddenResponse({ description: SCOPE })
  async export(
    @CurrentUser() user: AuthUser,
    @Query() query: ListAuditEventsQueryDto,
    @AuditedBy() by: AuditActor,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const csv = await this.service.exportCsv(user, query, by, requestLanguage(request.headers));
    const day = new Date().toISOString().slice(0, 10);
    await reply
      .header('content-disposition', `attachment; filename="auditlog-${day}.csv"`)
      .header('cache-control', 'no-store')
      .type('text/csv; charset=utf-8')
      .send(csv);
  }
}
