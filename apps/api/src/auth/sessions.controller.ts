import { Controller, Delete, Get, HttpCode, Inject, Param } from '@nestjs/common';
import {
  ApiForbiddenResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { type AuditActor } from '../audit/audit-log.service.js';
import { AuditedBy } from '../audit/audit.decorators.js';
import { UuidParamPipe } from '../common/uuid-param.pipe.js';
import type { AuthUser } from './auth-user.js';
import { Authenticated, CurrentUser } from './auth.decorators.js';
import { SessionDto, SessionsEndedDto } from './dto/session.dto.js';
import { SessionListService } from './session-list.service.js';

@ApiTags('sessions')
@Controller()
export class SessionsController {
  constructor(@Inject(SessionListService) private readonly service: SessionListService) {}

  @Get('me/sessions')
  @Authenticated()
  @ApiOperation({
    summary: 'My active sessions: device, address, when begun and last used; `current` is this one',
  })
  @ApiOkResponse({ type: [SessionDto] })
  mine(@CurrentUser() user: AuthUser): Promise<SessionDto[]> {
    return this.service.mine(user);
  }

  @Delete('me/sessions/:id')
  @Authenticated()
  @HttpCode(204)
  @ApiOperation({ summary: 'End one of my sessions (its token no longer works)' })
  @ApiNoContentResponse({ description: 'Ended.' })
  @ApiNotFoundResponse({ description: 'not-found.session: no such session of mine (or it ended already).' })
  async endMine(
    @CurrentUser() user: AuthUser,
    @Param('id', UuidParamPipe) id: string,
    @AuditedBy() by: AuditActor,
  ): Promise<void> {
    await this.service.endMine(user, id, by);
  }

  @Delete('me/sessions')
  @Authenticated()
  @HttpCode(200)
  @ApiOperation({ summary: 'End all my other sessions; this one goes on' })
  @ApiOkResponse({ type: SessionsEndedDto })
  async endOthers(@CurrentUser() user: AuthUser, @AuditedBy() by: AuditActor): Promise<SessionsEndedDto> {
    return { ended: await this.service.endOthers(user, by) };
  }

  @Get('users/:id/sessions')
  @Authenticated('org-admin', 'platform-admin')
  @ApiOperation({ summary: "A person's active sessions (admins of their organisation, platform admins)" })
  @ApiOkResponse({ type: [SessionDto] })
  @ApiNotFoundResponse({ description: 'not-found.user' })
  @ApiForbiddenResponse({ description: 'forbidden.change-user-elsewhere, forbidden.change-platform-admin' })
  of(@CurrentUser() user: AuthUser, @Param('id', UuidParamPipe) id: string): Promise<SessionDto[]> {
    return this.service.of(user, id);
  }

  @Delete('users/:id/sessions')
  @Authenticated('org-admin', 'platform-admin')
  @HttpCode(200)
  @ApiOperation({
    summary:
      "End every session of a person at once (admins of their organisation, platform admins); the admin's own current session stays",
  })
  @ApiOkResponse({ type: SessionsEndedDto })
  @ApiNotFoundResponse({ description: 'not-found.user' })
  @ApiForbiddenResponse({ description: 'forbidden.change-user-elsewhere, forbidden.change-platform-admin' })
  async endAllOf(
    @CurrentUser() user: AuthUser,
    @Param('id', UuidParamPipe) id: string,
    @AuditedBy() by: AuditActor,
  ): Promise<SessionsEndedDto> {
    return { ended: await this.service.endAllOf(user, id, by) };
  }
}
