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
import { MirrorCsvQueryDto, MirrorQueryDto, MirrorReportDto } from './dto/mirror.dto.js';
import { mirrorCsv } from './mirror-csv.js';
import { ReportsService } from './reports.service.js';

const FIGURES =
  'Klussen posted, claimed, completed, expired, cancelled, share filled and the median hours to the first claim; ' +
  'hours given, received and internal (from the ledger) and the pair matrix; participation; the skill gap and learning; ' +
  'evaluations; dossiers — each key figure against the period before (difference and direction).';

const CSV_RESPONSE = {
  description: 'One table of the report as CSV (Content-Disposition: attachment).',
  content: { 'text/csv': { schema: { type: 'string' } } },
  headers: {
    'Content-Disposition': {
      description: 'attachment; filename="spiegel-<table>-<period>.csv"',
      schema: { type: 'string' },
    },
  },
};

@ApiTags('reports')
@Controller('reports')
export class ReportsController {
  constructor(
    @Inject(ReportsService) private readonly reports: ReportsService,
    @Inject(AuditLog) private readonly audit: AuditLog,
  ) {}

  @Get('organisations/:organisationId')
  @Authenticated('manager', 'org-admin', 'platform-admin')
  @ApiOperation({
    summary: 'The quarterly mirror of an organisation: its figures in a period, against the period before',
    description: `${FIGURES} For the organisation's org-admins and managers, and platform admins.`,
  })
  @ApiOkResponse({ type: MirrorReportDto })
  @ApiForbiddenResponse({ description: 'forbidden.mirror: another organisation.' })
  @ApiNotFoundResponse({ description: 'not-found.organisation' })
  organisation(
    @CurrentUser() user: AuthUser,
    @Param('organisationId', UuidParamPipe) organisationId: string,
    @Query() query: MirrorQueryDto,
    @Req() request: FastifyRequest,
  ): Promise<MirrorReportDto> {
    return this.reports.organisationReport(
      user,
      organisationId,
      query.period,
      requestLanguage(request.headers),
    );
  }

  @Get('organisations/:organisationId/csv')
  @Authenticated('manager', 'org-admin', 'platform-admin')
  @ApiOperation({
    summary: "One table of an organisation's mirror as CSV",
    description: 'RFC 4180, UTF-8 with a byte order mark; headers in Dutch or English per Accept-Language.',
  })
  @ApiProduces('text/csv')
  @ApiOkResponse(CSV_RESPONSE)
  @ApiForbiddenResponse({ description: 'forbidden.mirror: another organisation.' })
  @ApiNotFoundResponse({ description: 'not-found.organisation' })
  async organisationCsv(
    @CurrentUser() user: AuthUser,
    @Param('organisationId', UuidParamPipe) organisationId: string,
    @Query() query: MirrorCsvQueryDto,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
    @AuditedBy() by: AuditActor,
  ): Promise<void> {
    const language = requestLanguage(request.headers);
    const report = await this.reports.organisationReport(user, organisationId, query.period, language);
    await this.recordExport(by, user, { type: 'organisation', id: organisationId }, report, query);
    await this.send(reply, report, query, language);
  }

  @Get('partnerships/:partnershipId')
  @Authenticated()
  @ApiOperation({
    summary: 'The quarterly mirror of a partnership: the figures between its members in a period',
    description:
      `${FIGURES} Counts what happened between the member organisations, whatever a klus's visibility. ` +
      "For the org-admins and managers of its members (detail full), its members' employees (detail totals: " +
      'no functions, texts or teams), and platform admins.',
  })
  @ApiOkResponse({ type: MirrorReportDto })
  @ApiForbiddenResponse({ description: 'forbidden.mirror: a partnership your organisation is not in.' })
  @ApiNotFoundResponse({ description: 'not-found.partnership' })
  partnership(
    @CurrentUser() user: AuthUser,
    @Param('partnershipId', UuidParamPipe) partnershipId: string,
    @Query() query: MirrorQueryDto,
    @Req() request: FastifyRequest,
  ): Promise<MirrorReportDto> {
    return this.reports.partnershipReport(
      user,
      partnershipId,
      query.period,
      requestLanguage(request.headers),
    );
  }

  @Get('partnerships/:partnershipId/csv')
  @Authenticated()
  @ApiOperation({
    summary: "One table of a partnership's mirror as CSV",
    description:
      'RFC 4180, UTF-8 with a byte order mark; headers in Dutch or English per Accept-Language. ' +
      'In totals (employees) the functions, evaluations and dossier-teams tables are empty.',
  })
  @ApiProduces('text/csv')
  @ApiOkResponse(CSV_RESPONSE)
  @ApiForbiddenResponse({ description: 'forbidden.mirror: a partnership your organisation is not in.' })
  @ApiNotFoundResponse({ description: 'not-found.partnership' })
  async partnershipCsv(
    @CurrentUser() user: AuthUser,
    @Param('partnershipId', UuidParamPipe) partnershipId: string,
    @Query() query: MirrorCsvQueryDto,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
    @AuditedBy() by: AuditActor,
  ): Promise<void> {
    const language = requestLanguage(request.headers);
    const report = await this.reports.partnershipReport(user, partnershipId, query.period, language);
    await this.recordExport(by, user, { type: 'partnership', id: partnershipId }, report, query);
    await this.send(reply, report, query, language);
  }

  /** A mirror table leaving Klussenbank is an export (BIO 12.4): in the log of the exporter's organisation. */
  private recordExport(
    by: AuditActor,
    user: AuthUser,
    object: { type: string; id: string },
    report: MirrorReportDto,
    query: MirrorCsvQueryDto,
  ): Promise<void> {
    return this.audit.record(by, {
      action: 'export.report',
      organisationId: user.organisationId,
      object,
      details: { report: 'mirror', table: query.table, period: report.period.label },
    });
  }

  private async send(
    reply: FastifyReply,
    report: MirrorReportDto,
    query: MirrorCsvQueryDto,
    language: 'nl' | 'en',
  ): Promise<void> {
    const filename = `spiegel-${query.table}-${report.period.label.replace('..', '_')}.csv`;
    await reply
      .header('content-disposition', `attachment; filename="${filename}"`)
      .type('text/csv; charset=utf-8')
      .send(mirrorCsv(report, query.table, query.delimiter, language));
  }
}
