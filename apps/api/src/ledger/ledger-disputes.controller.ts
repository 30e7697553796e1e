import { Body, Controller, Get, HttpCode, Inject, Param, Post, Query } from '@nestjs/common';
import {
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
import { PageDto } from '../common/dto/response.dto.js';
import { UuidParamPipe } from '../common/uuid-param.pipe.js';
import {
  LedgerDisputeDto,
  LedgerDisputeRequestDto,
  LedgerDisputesQueryDto,
  LedgerSettlementDto,
  TaskHoursDto,
  TaskHoursEntryDto,
} from './dto/ledger-dispute.dto.js';
import { LedgerDisputesService } from './ledger-disputes.service.js';

const LedgerDisputePageDto = PageDto(LedgerDisputeDto);

@ApiTags('ledger')
@Controller()
export class LedgerDisputesController {
  constructor(@Inject(LedgerDisputesService) private readonly disputes: LedgerDisputesService) {}

  @Get('tasks/:id/hours')
  @Authenticated()
  @ApiOperation({
    summary: "A klus's recorded hours per participant, with their confirmation state",
    description:
      'The poster, org-admins of the posting organisation and platform admins see every participant; anybody else only their own hours (none: an empty list).',
  })
  @ApiOkResponse({ type: TaskHoursDto })
  @ApiNotFoundResponse({ description: 'not-found.task' })
  taskHours(@CurrentUser() user: AuthUser, @Param('id', UuidParamPipe) id: string) {
    return this.disputes.taskHours(user, id);
  }

  @Post('ledger/entries/:id/acceptance')
  @HttpCode(200)
  @Authenticated()
  @ApiOperation({
    summary: "Accept a participant's correction (the poster, or an org-admin of the posting organisation)",
  })
  @ApiOkResponse({ type: TaskHoursEntryDto })
  @ApiNotFoundResponse({ description: 'not-found.ledger-entry: none, or not of a klus on your side.' })
  @ApiConflictResponse({
    description:
      'ledger-not-a-correction; ledger-correction-answered: answered already, or the 14 days are over.',
  })
  accept(@CurrentUser() user: AuthUser, @Param('id', UuidParamPipe) id: string) {
    return this.disputes.accept(user, id);
  }

  @Post('ledger/entries/:id/dispute')
  @Authenticated()
  @ApiOperation({
    summary: "Dispute a participant's correction: the hours go in discussion for the two org-admins",
  })
  @ApiCreatedResponse({ type: LedgerDisputeDto })
  @ApiNotFoundResponse({ description: 'not-found.ledger-entry: none, or not of a klus on your side.' })
  @ApiConflictResponse({ description: 'ledger-not-a-correction; ledger-correction-answered.' })
  dispute(
    @CurrentUser() user: AuthUser,
    @Param('id', UuidParamPipe) id: string,
    @Body() dto: LedgerDisputeRequestDto,
  ) {
    return this.disputes.dispute(user, id, dto);
  }

  @Get('ledger/disputes')
  @Authenticated('org-admin', 'platform-admin')
  @ApiOperation({
    summary: 'Hours in discussion (or settled): of your organisation, either side; platform admins: all',
  })
  @ApiOkResponse({ type: LedgerDisputePageDto })
  list(@CurrentUser() user: AuthUser, @Query() query: LedgerDisputesQueryDto) {
    return this.disputes.list(user, query);
  }

  @Post('ledger/disputes/:id/settlement')
  @HttpCode(200)
  @Authenticated('org-admin')
  @ApiOperation({
    summary:
      'Settle hours in discussion with the final hours (an org-admin of either organisation): if they differ, a reversal plus a settlement entry',
  })
  @ApiOkResponse({ type: LedgerDisputeDto })
  @ApiForbiddenResponse({ description: 'forbidden.ledger-settle' })
  @ApiNotFoundResponse({ description: 'not-found.ledger-dispute: none, or not of your organisation.' })
  @ApiConflictResponse({ description: 'ledger-dispute-settled' })
  settle(
    @CurrentUser() user: AuthUser,
    @Param('id', UuidParamPipe) id: string,
    @Body() dto: LedgerSettlementDto,
  ) {
    return this.disputes.settle(user, id, dto);
  }
}
