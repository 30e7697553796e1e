import { Body, Controller, Get, Inject, Post, Query } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { AuthUser } from '../auth/auth-user.js';
import { Authenticated, CurrentUser } from '../auth/auth.decorators.js';
import { CreateUserDto, ListUsersQueryDto, MeDto, UserSummaryDto } from './dto/user.dto.js';
import { UsersService } from './users.service.js';
import { PageDto } from '../common/dto/response.dto.js';

const UserSummaryPageDto = PageDto(UserSummaryDto);

@ApiTags('users')
@Controller()
export class UsersController {
  constructor(@Inject(UsersService) private readonly service: UsersService) {}

  @Get('me')
  @Authenticated()
  @ApiOperation({ summary: 'Who I am: my organisation, its partnerships, my roles and line manager' })
  @ApiOkResponse({ type: MeDto })
  me(@CurrentUser() user: AuthUser): Promise<MeDto> {
    return this.service.me(user.id);
  }

  @Get('users')
  @Authenticated('org-admin', 'platform-admin')
  @ApiOperation({ summary: 'Users of an organisation (org-admins: their own; platform admins: any or all)' })
  @ApiOkResponse({ type: UserSummaryPageDto })
  list(@CurrentUser() user: AuthUser, @Query() query: ListUsersQueryDto) {
    return this.service.list(user, query.organisationId, query.page, query.pageSize);
  }

  @Post('users')
  @Authenticated('org-admin', 'platform-admin')
  @ApiOperation({
    summary: 'Add a user; they get one mail, with a link to set their password (a welcome waits in the app)',
  })
  @ApiCreatedResponse({ type: UserSummaryDto })
  @ApiConflictResponse({ description: 'The e-mail address is taken.' })
  create(@CurrentUser() user: AuthUser, @Body() dto: CreateUserDto): Promise<UserSummaryDto> {
    return this.service.create(user, dto);
  }
}
