import { Body, Controller, Get, Inject, Put } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '../auth/auth-user.js';
import { Authenticated, CurrentUser } from '../auth/auth.decorators.js';
import { ProfileDto, ProfileInputDto } from './dto/profile.dto.js';
import { ProfilesService } from './profiles.service.js';

@ApiTags('profiles')
@Controller('me/profile')
export class ProfilesController {
  constructor(@Inject(ProfilesService) private readonly profiles: ProfilesService) {}

  @Get()
  @Authenticated()
  @ApiOperation({ summary: 'My profile: skills, demonstrated skills, learning goals, hours and location' })
  @ApiOkResponse({ type: ProfileDto })
  get(@CurrentUser() user: AuthUser): Promise<ProfileDto> {
    return this.profiles.get(user.id);
  }

  @Put()
  @Authenticated()
  @ApiOperation({ summary: 'Replace my profile (demonstrated skills are kept: only posters confirm those)' })
  @ApiOkResponse({ type: ProfileDto })
  replace(@CurrentUser() user: AuthUser, @Body() input: ProfileInputDto): Promise<ProfileDto> {
    return this.profiles.replace(user.id, input);
  }
}
