import { Controller, Get, Inject, Param, Query, Req, Res } from '@nestjs/common';
import {
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { type AuditActor, AuditLog } from '../audit/audit-log.service.js';
import { AuditedBy } from '../audit/audit.decorators.js';
import type { AuthUser } from '../auth/auth-user.js';
import { Authenticated, CurrentUser } from '../auth/auth.decorators.js';
import { requestLanguage } from '../common/problem/language.js';
import { UuidParamPipe } from '../common/uuid-param.pipe.js';
import { LedgerPairTasksDto, LedgerReportQueryDto, SettlementQueryDto } from './dto/ledger-reports.dto.js';
import { LedgerReportsService } from './ledger-reports.service.js';

@ApiTags('ledger')
@Controller('ledger')
export class LedgerReportsController {
  constructor(
    @Inject(LedgerReportsService) private readonly reports: LedgerReportsService,
    @Inject(AuditLog) private readonly audit: AuditLog,
  ) {}

  @Get('pairs/:givingOrganisationId/:receivingOrganisationId/tasks')
  @Authenticated('org-admin', 'platform-admin')
  @ApiOperation({
    summary: 'The klussen behind a matrix cell: hours one organisation gave another, per klus',
    description:
      'Newest completion first, each with the entries behind its figure and their state. Who may open a cell is the rule of the matrix: ' +
      "org-admins the pairs their organisation is in; with partnershipId, the admins of every member organisation that partnership's pairs; platform admins all.",
  })
  @ApiOkResponse({ type: LedgerPairTasksDto })
  @ApiForbiddenResponse({ description: 'forbidden.ledger: a pair or partnership outside your view.' })
  @ApiNotFoundResponse({ description: 'not-found.organisation, not-found.partnership' })
  pairTasks(
    @CurrentUser() user: AuthUser,
    @Param('givingOrganisationId', UuidParamPipe) giving: string,
    @Param('receivingOrganisationId', UuidParamPipe) receiving: string,
    @Query() query: LedgerReportQueryDto,
  ): Promise<LedgerPairTasksDto> {
    return this.reports.pairTasks(user, { giving, receiving }, query);
  }

  @Get('settlement')
  @Authenticated('org-admin', 'platform-admin')
  @ApiOperation({
    summary: "A partnership's settlement for one period as CSV: hours per pair, and hours × rate when agreed",
    description:
      'RFC 4180 CSV, UTF-8 with a byte order mark, as a download. Columns: period, from, to, giving organisation, receiving organisation, hours, hours in discussion; ' +
      'and hour rate and amount only when the partnership agreed a rate (PUT /partnerships/{id}/hour-rate). Headers in Dutch or English per Accept-Language. ' +
      'For the admins of every member organisation and platform admins.',
  })
  @ApiProduces('text/csv')
  @ApiOkResponse({
    description: 'The CSV file (Content-Disposition: attachment).',
    content: { 'text/csv': { schema: { type: 'string' } } },
    headers: {
      'Content-Disposition': {
        description: 'attachment; filename="uren-<partnership>-<period>.csv"',
        schema: { type: 'string' },
      },
    },
  })
  @ApiForbiddenResponse({ description: 'forbidden.ledger: a partnership your organisation is not in.' })
  @ApiNotFoundResponse({ description: 'not-found.partnership' })
  async settlement(
    @CurrentUser() user: AuthUser,
    @Query() query: SettlementQueryDto,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
    @AuditedBy() by: AuditActor,
  ): Promise<void> {
    const { filename, csv } = await this.reports.settlement(user, query, requestLanguage(request.headers));
    // Hours per organisation (and amounts) leaving Klussenbank: an export (BIO 12.4).
    await this.audit.record(by, {
      action: 'export.report',
      organisationId: user.organisationId,
      object: { type: 'partnership', id: query.partnershipId },
      details: { report: 'settlement', period: query.period ?? null },
    });
    await reply
      .header('content-disposition', `attachment; filename="${filename}"`)
      .type('text/csv; charset=utf-8')
      .send(csv);
  }
}
