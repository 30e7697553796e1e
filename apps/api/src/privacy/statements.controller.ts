import { Body, Controller, Get, Inject, Param, Put } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { STATEMENT_KINDS } from '@klussenbank/domain';
import { type AuditActor } from '../audit/audit-log.service.js';
import { AuditedBy } from '../audit/audit.decorators.js';
import type { AuthUser } from '../auth/auth-user.js';
import { Authenticated, CurrentUser, Public } from '../auth/auth.decorators.js';
import { UuidParamPipe } from '../common/uuid-param.pipe.js';
import { SetStatementDto, StatementDto } from './dto/privacy.dto.js';
import { StatementsService } from './statements.service.js';

const KIND = ApiParam({ name: 'kind', enum: STATEMENT_KINDS });

@ApiTags('privacy')
@Controller('organisations/:id/statements')
export class StatementsController {
  constructor(@Inject(StatementsService) private readonly statements: StatementsService) {}

  @Get(':kind')
  @Public()
  @KIND
  @ApiOperation({
    summary: "An organisation's own privacy or accessibility statement (public)",
    description: 'markdown null: the organisation uses the default text (the web client shows it).',
  })
  @ApiOkResponse({ type: StatementDto })
  @ApiNotFoundResponse({ description: 'not-found.organisation, not-found.statement (problem+json).' })
  read(@Param('id', UuidParamPipe) id: string, @Param('kind') kind: string): Promise<StatementDto> {
    return this.statements.read(id, kind);
  }

  @Put(':kind')
  @Authenticated('org-admin', 'platform-admin')
  @KIND
  @ApiOperation({
    summary: "Write the organisation's own statement (Markdown; empty: back to the default text)",
  })
  @ApiOkResponse({ type: StatementDto })
  @ApiNotFoundResponse({ description: 'not-found.organisation, not-found.statement (problem+json).' })
  write(
    @CurrentUser() user: AuthUser,
    @AuditedBy() actor: AuditActor,
    @Param('id', UuidParamPipe) id: string,
    @Param('kind') kind: string,
    @Body() dto: SetStatementDto,
  ): Promise<StatementDto> {
    return this.statements.write(user, actor, id, kind, dto);
  }
}
