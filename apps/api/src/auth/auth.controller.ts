import { Body, Controller, HttpCode, Inject, Post, Req, Res, UseGuards } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiForbiddenResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AuditLog } from '../audit/audit-log.service.js';
import { AppConfig } from '../config/app-config.js';
import type { UserEntity } from '../users/user.entity.js';
import type { AuthUser } from './auth-user.js';
import { Authenticated, CurrentUser, Public } from './auth.decorators.js';
import { LoginDto, LoginResponseDto } from './dto/login.dto.js';
import { LocalAuthGuard } from './local-auth.guard.js';
import { sessionClientOf } from './session-client.js';
import { clearSessionCookies, setSessionCookies } from './session-cookies.js';
import { SessionService } from './session.service.js';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    @Inject(SessionService) private readonly sessions: SessionService,
    @Inject(AppConfig) private readonly config: AppConfig,
    @Inject(AuditLog) private readonly audit: AuditLog,
  ) {}

  @Post('login')
  @Public()
  @HttpCode(200)
  @UseGuards(LocalAuthGuard)
  @ApiOperation({ summary: 'Log in with e-mail and password' })
  @ApiOkResponse({ type: LoginResponseDto })
  @ApiBadRequestResponse({ description: 'Invalid body (problem+json with invalidParams).' })
  @ApiUnauthorizedResponse({ description: 'invalid-credentials: wrong e-mail address or password.' })
  @ApiForbiddenResponse({
    description:
      'account-deactivated: the password is right, but an admin switched the account off. ' +
      "password-login-disabled: the password is right, but the person's organisation signs in through " +
      'single sign-on only (platform admins keep their password login).',
  })
  @ApiTooManyRequestsResponse({ description: 'Too many failed attempts for this account or address.' })
  async login(
    @Req() request: FastifyRequest & { user: UserEntity },
    @Res({ passthrough: true }) reply: FastifyReply,
    @Body() body: LoginDto,
  ): Promise<LoginResponseDto> {
    const session = await this.sessions.issue(request.user.id, 'password', sessionClientOf(request));
    const response: LoginResponseDto = {
      tokenType: 'Bearer',
      expiresAt: session.expiresAt.toISOString(),
      csrfToken: session.csrfToken,
    };
    if (!body.cookie) return { token: session.token, ...response };
    setSessionCookies(reply, this.config, session);
    return response;
  }

  @Post('logout')
  @Authenticated()
  @HttpCode(204)
  @ApiOperation({ summary: 'End the current session on the server' })
  @ApiNoContentResponse({ description: 'The session is gone; its token no longer works.' })
  async logout(
    @CurrentUser() user: AuthUser,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<void> {
    await this.sessions.revoke(user.sessionId);
    await this.audit.record(
      { id: user.id, ipAddress: request.ip },
      {
        action: 'logout',
        organisationId: user.organisationId,
        object: { type: 'session', id: user.sessionId },
      },
    );
    clearSessionCookies(reply, this.config);
  }
}
