import { Body, Controller, Get, HttpCode, Inject, Param, Patch, Post, Query } from '@nestjs/common';
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
import type { AuditActor } from '../audit/audit-log.service.js';
import { AuditedBy } from '../audit/audit.decorators.js';
import { Authenticated, CurrentUser } from '../auth/auth.decorators.js';
import { CreateUserDto, ListUsersQueryDto, MeDto, UpdateUserDto, UserSummaryDto } from './dto/user.dto.js';
import { UuidParamPipe } from '../common/uuid-param.pipe.js';
import { UsersService } from './users.service.js';
import { PageDto } from '../common/dto/response.dto.js';

const UserSummaryPageDto = PageDto(UserSummaryDto);

const ERASED = 'account-erased: the account was erased (AVG) and stays as it is (problem+json).';

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
  @ApiOperation({
    summary:
      'Users of an organisation (org-admins: their own; platform admins: any or all), by name; q finds a part of the name or e-mail address',
  })
  @ApiOkResponse({ type: UserSummaryPageDto })
  list(@CurrentUser() user: AuthUser, @Query() query: ListUsersQueryDto) {
    return this.service.list(
      user,
      { organisationId: query.organisationId, q: query.q, role: query.role },
      query.page,
      query.pageSize,
    );
  }

  @Patch('users/:id')
  @Authenticated('org-admin', 'platform-admin')
  @ApiOperation({
    summary:
      "Change a person's roles or line manager (admins of their organisation; only platform admins touch the platform-admin role)",
  })
  @ApiOkResponse({ type: UserSummaryDto })
  @ApiNotFoundResponse({ description: 'not-found.user' })
  @ApiForbiddenResponse({
    description:
      'forbidden.change-user-elsewhere, forbidden.change-platform-admin, forbidden.change-own-account (an admin keeps their own admin role)',
  })
  @ApiConflictResponse({ description: ERASED })
  update(
    @CurrentUser() user: AuthUser,
    @Param('id', UuidParamPipe) id: string,
    @Body() dto: UpdateUserDto,
    @AuditedBy() by: AuditActor,
  ): Promise<UserSummaryDto> {
    return this.service.update(user, id, dto, by);
  }

  @Post('users/:id/deactivation')
  @Authenticated('org-admin', 'platform-admin')
  @HttpCode(200)
  @ApiOperation({
    summary:
      "Switch an account off: the person's sessions end at once and they cannot sign in; their claims on klussen that have not started are withdrawn (the poster is notified); their klussen, completed hours and dossier places stay (idempotent)",
  })
  @ApiOkResponse({ type: UserSummaryDto })
  @ApiNotFoundResponse({ description: 'not-found.user' })
  @ApiForbiddenResponse({
    description:
      'forbidden.change-user-elsewhere, forbidden.change-platform-admin, forbidden.change-own-account',
  })
  deactivate(
    @CurrentUser() user: AuthUser,
    @AuditedBy() audited: AuditActor,
    @Param('id', UuidParamPipe) id: string,
  ): Promise<UserSummaryDto> {
    return this.service.deactivate(user, audited, id);
  }

  @Post('users/:id/reactivation')
  @Authenticated('org-admin', 'platform-admin')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Switch an account on again: the person signs in with their own password (idempotent)',
  })
  @ApiOkResponse({ type: UserSummaryDto })
  @ApiNotFoundResponse({ description: 'not-found.user' })
  @ApiForbiddenResponse({
    description:
      'forbidden.change-user-elsewhere, forbidden.change-platform-admin, forbidden.change-own-account',
  })
  @ApiConflictResponse({ description: ERASED })
  reactivate(
    @CurrentUser() user: AuthUser,
    @Param('id', UuidParamPipe) id: string,
    @AuditedBy() by: AuditActor,
  ): Promise<UserSummaryDto> {
    return this.service.reactivate(user, id, by);
  }

  @Post('users')
  @Authenticated('org-admin', 'platform-admin')
  @ApiOperation({
    summary: 'Add a user; they get one mail, with a link to set their password (a welcome waits in the app)',
  })
  @ApiCreatedResponse({ type: UserSummaryDto })
  @ApiConflictResponse({ description: 'The e-mail address is taken.' })
  create(
    @CurrentUser() user: AuthUser,
    @Body() dto: CreateUserDto,
    @AuditedBy() by: AuditActor,
  ): Promise<UserSummaryDto> {
    return this.service.create(user, dto, by);
  }
}
