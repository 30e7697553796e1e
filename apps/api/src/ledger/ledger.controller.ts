import { Body, Controller, Get, HttpCode, Inject, Param, Post, Query } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { AuthUser } from '../auth/auth-user.js';
import { Authenticated, CurrentUser } from '../auth/auth.decorators.js';
import { PageDto } from '../common/dto/response.dto.js';
import { PageQueryDto } from '../common/pagination.js';
import { UuidParamPipe } from '../common/uuid-param.pipe.js';
import { LedgerBalanceDto, LedgerEntryDto, LedgerPairDto } from './dto/ledger.dto.js';
import { LedgerCorrectionDto } from './dto/ledger-correction.dto.js';
import { LedgerBalancesQueryDto, LedgerPeriodQueryDto } from './dto/ledger-query.dto.js';
import { LedgerService } from './ledger.service.js';

const LedgerBalancePageDto = PageDto(LedgerBalanceDto);
const LedgerPairPageDto = PageDto(LedgerPairDto);
const LedgerEntryPageDto = PageDto(LedgerEntryDto);

@ApiTags('ledger')
@Controller()
export class LedgerController {
  constructor(@Inject(LedgerService) private readonly ledger: LedgerService) {}

  @Get('ledger/balances')
  @Authenticated('org-admin', 'platform-admin')
  @ApiOperation({
    summary: 'Hours given, received and net per organisation, for a period',
    description:
      "Org-admins: their own organisation (its pairs with every other); with partnershipId, the admins of every member organisation see the balances of that partnership's klussen; platform admins: all. Internal hours are not in any balance.",
  })
  @ApiOkResponse({ type: LedgerBalancePageDto })
  @ApiForbiddenResponse({
    description: 'forbidden.ledger: another organisation, or a partnership yours is not in.',
  })
  @ApiNotFoundResponse({ description: 'not-found.organisation, not-found.partnership' })
  balances(@CurrentUser() user: AuthUser, @Query() query: LedgerBalancesQueryDto) {
    return this.ledger.balances(user, query);
  }

  @Get('ledger/matrix')
  @Authenticated('org-admin', 'platform-admin')
  @ApiOperation({
    summary: 'Hours per pair of organisations: rows give, columns receive',
    description:
      'Org-admins: the pairs their organisation is in; partnership and platform admins as for balances.',
  })
  @ApiOkResponse({ type: LedgerPairPageDto })
  @ApiForbiddenResponse({ description: 'forbidden.ledger' })
  @ApiNotFoundResponse({ description: 'not-found.partnership' })
  matrix(@CurrentUser() user: AuthUser, @Query() query: LedgerPeriodQueryDto) {
    return this.ledger.matrix(user, query);
  }

  @Get('me/hours')
  @Authenticated()
  @ApiOperation({ summary: 'My hour entries with their confirmation state, newest first' })
  @ApiOkResponse({ type: LedgerEntryPageDto })
  mine(@CurrentUser() user: AuthUser, @Query() query: PageQueryDto) {
    return this.ledger.mine(user, query);
  }

  @Post('ledger/entries/:id/confirmation')
  @HttpCode(200)
  @Authenticated()
  @ApiOperation({
    summary: 'Confirm the hours recorded for you (within 14 days; after that they count as confirmed)',
  })
  @ApiOkResponse({ type: LedgerEntryDto })
  @ApiNotFoundResponse({ description: 'not-found.ledger-entry: none, or not yours.' })
  @ApiConflictResponse({ description: 'ledger-entry-settled: already confirmed or corrected.' })
  confirm(@CurrentUser() user: AuthUser, @Param('id', UuidParamPipe) id: string) {
    return this.ledger.confirm(user, id);
  }

  @Post('ledger/entries/:id/correction')
  @HttpCode(200)
  @Authenticated()
  @ApiOperation({
    summary:
      'Correct the hours recorded for you: the entry is reversed and your figure added (nothing is changed)',
  })
  @ApiOkResponse({ type: LedgerEntryDto, description: 'The new entry with your figure.' })
  @ApiNotFoundResponse({ description: 'not-found.ledger-entry: none, or not yours.' })
  @ApiConflictResponse({ description: 'ledger-entry-settled: already confirmed or corrected.' })
  correct(
    @CurrentUser() user: AuthUser,
    @Param('id', UuidParamPipe) id: string,
    @Body() dto: LedgerCorrectionDto,
  ) {
    return this.ledger.correct(user, id, dto);
  }
}
