import { Body, Controller, Get, Inject, Param, Put } from '@nestjs/common';
import {
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { AuthUser } from '../auth/auth-user.js';
import { Authenticated, CurrentUser } from '../auth/auth.decorators.js';
import { ListDto } from '../common/dto/response.dto.js';
import { UuidParamPipe } from '../common/uuid-param.pipe.js';
import { HourCapDto, SetHourCapDto, TeamHourCapDto } from './dto/hour-cap.dto.js';
import { HourCapsService } from './hour-caps.service.js';

const TeamHourCapListDto = ListDto(TeamHourCapDto);

@ApiTags('hour-caps')
@Controller()
export class HourCapsController {
  constructor(@Inject(HourCapsService) private readonly caps: HourCapsService) {}

  @Get('me/hour-cap')
  @Authenticated()
  @ApiOperation({
    summary: 'My planned klus hours this month against my cap',
    description:
      "Planned: klussen I take part in, wait for consent on or completed (not applications). A klus's hours are spread evenly over its days.",
  })
  @ApiOkResponse({ type: HourCapDto })
  mine(@CurrentUser() user: AuthUser): Promise<HourCapDto> {
    return this.caps.mine(user);
  }

  @Get('me/team/hour-caps')
  @Authenticated()
  @ApiOperation({ summary: 'The people I am line manager of, each with this month against their cap' })
  @ApiOkResponse({ type: TeamHourCapListDto })
  team(@CurrentUser() user: AuthUser) {
    return this.caps.team(user);
  }

  @Put('users/:id/hour-cap')
  @Authenticated()
  @ApiOperation({
    summary: "Set a person's own monthly cap (their line manager, their organisation's org-admins)",
    description: "At most the organisation's cap (400 above-organisation-cap); null removes it.",
  })
  @ApiOkResponse({ type: HourCapDto })
  @ApiForbiddenResponse({ description: 'forbidden.hour-cap: neither their line manager nor an org-admin.' })
  @ApiNotFoundResponse({ description: 'not-found.user' })
  set(
    @CurrentUser() user: AuthUser,
    @Param('id', UuidParamPipe) id: string,
    @Body() dto: SetHourCapDto,
  ): Promise<HourCapDto> {
    return this.caps.setPersonal(user, id, dto.hourCapPerMonth);
  }
}
