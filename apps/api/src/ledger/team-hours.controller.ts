import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '../auth/auth-user.js';
import { Authenticated, CurrentUser } from '../auth/auth.decorators.js';
import { PageDto } from '../common/dto/response.dto.js';
import { TeamHoursEntryDto, TeamHoursQueryDto } from './dto/team-hours.dto.js';
import { TeamHoursService } from './team-hours.service.js';

const TeamHoursPageDto = PageDto(TeamHoursEntryDto);

@ApiTags('ledger')
@Controller()
export class TeamHoursController {
  constructor(@Inject(TeamHoursService) private readonly team: TeamHoursService) {}

  @Get('ledger/team-hours')
  @Authenticated()
  @ApiOperation({
    summary: "My team's hour entries: of the people whose line manager I am, newest completion day first",
    description:
      'Only people whose line manager is me, whatever my roles; an empty page for who is nobody’s line manager.',
  })
  @ApiOkResponse({ type: TeamHoursPageDto })
  list(@CurrentUser() user: AuthUser, @Query() query: TeamHoursQueryDto) {
    return this.team.list(user, query);
  }
}
