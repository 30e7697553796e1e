import { Body, Controller, Get, Inject, Param, Post, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { AuthUser } from '../auth/auth-user.js';
import { Authenticated, CurrentUser } from '../auth/auth.decorators.js';
import { UuidParamPipe } from '../common/uuid-param.pipe.js';
import { CreateEvaluationDto } from './dto/create-evaluation.dto.js';
import { EvaluationDto, EvaluationSummaryDto, TaskEvaluationsDto } from './dto/evaluation.dto.js';
import { EvaluationSummaryQueryDto } from './dto/evaluation-summary-query.dto.js';
import { EvaluationsService } from './evaluations.service.js';

@ApiTags('evaluations')
@Controller()
export class EvaluationsController {
  constructor(@Inject(EvaluationsService) private readonly evaluations: EvaluationsService) {}

  @Get('tasks/:id/evaluations')
  @Authenticated()
  @ApiOperation({
    summary: 'The evaluations of a klus you may read, and whom you still evaluate',
    description:
      'One evaluation is for the two people involved and their line managers only; anybody else who sees the klus gets an empty list (admins: GET /evaluations/summary).',
  })
  @ApiOkResponse({ type: TaskEvaluationsDto })
  @ApiNotFoundResponse({ description: 'not-found.task: unknown, or not visible to you.' })
  onTask(@CurrentUser() user: AuthUser, @Param('id', UuidParamPipe) id: string) {
    return this.evaluations.onTask(user, id);
  }

  @Post('tasks/:id/evaluations')
  @Authenticated()
  @ApiOperation({
    summary: 'Evaluate a completed klus: the poster each participant, a participant the poster (once)',
    description: 'An evaluation is given once and then read-only.',
  })
  @ApiCreatedResponse({ type: EvaluationDto })
  @ApiBadRequestResponse({ description: 'Every invalid field at once; not-an-evaluation-subject.' })
  @ApiForbiddenResponse({ description: 'forbidden.evaluation-author: neither poster nor participant.' })
  @ApiNotFoundResponse({ description: 'not-found.task' })
  @ApiConflictResponse({ description: 'task-not-completed, evaluation-given' })
  create(
    @CurrentUser() user: AuthUser,
    @Param('id', UuidParamPipe) id: string,
    @Body() dto: CreateEvaluationDto,
  ) {
    return this.evaluations.create(user, id, dto);
  }

  @Get('evaluations/summary')
  @Authenticated('org-admin', 'platform-admin')
  @ApiOperation({
    summary: "The aggregate of an organisation's evaluations: count, average, the texts without names",
    description:
      "Evaluations given or received by the organisation's people. Org-admins: their own organisation; platform admins: any.",
  })
  @ApiOkResponse({ type: EvaluationSummaryDto })
  @ApiForbiddenResponse({ description: 'forbidden.evaluation-summary: another organisation.' })
  @ApiNotFoundResponse({ description: 'not-found.organisation' })
  summary(@CurrentUser() user: AuthUser, @Query() query: EvaluationSummaryQueryDto) {
    return this.evaluations.summary(user, query);
  }
}
