import { Body, Controller, Get, HttpCode, Inject, Param, Post, Put, Req } from '@nestjs/common';
import {
  ApiGoneResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiServiceUnavailableResponse,
  ApiTags,
  ApiTooManyRequestsResponse,
} from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import type { AuthUser } from '../auth/auth-user.js';
import { Authenticated, CurrentUser, Public } from '../auth/auth.decorators.js';
import { UuidParamPipe } from '../common/uuid-param.pipe.js';
import { ChangePasswordDto, PasswordLinkDto, SetPasswordDto } from './dto/password.dto.js';
import { PasswordsService } from './passwords.service.js';

const TOKEN_PARAM = {
  name: 'token',
  description: 'The token from the link in the e-mail (32 random bytes, base64url).',
  schema: { type: 'string' as const, pattern: '^[A-Za-z0-9_-]{43}$' },
};
const GONE = 'password-link-gone: used, expired, or replaced by a newer link (problem+json).';
const UNKNOWN = 'not-found: no such link (problem+json).';

@ApiTags('passwords')
@Controller()
export class PasswordsController {
  constructor(@Inject(PasswordsService) private readonly service: PasswordsService) {}

  @Put('me/password')
  @Authenticated()
  @HttpCode(204)
  @ApiOperation({
    summary: 'Change my password',
    description:
      'Needs the current password. Every other session of mine ends; this one goes on. A wrong current ' +
      'password counts as a failed login of my account from this address (the login throttle applies).',
  })
  @ApiNoContentResponse({ description: 'Changed.' })
  @ApiTooManyRequestsResponse({
    description:
      'too-many-login-attempts: too many wrong passwords for this account from this address; ' +
      'retryAfterSeconds and Retry-After say when to try again.',
  })
  async change(
    @CurrentUser() user: AuthUser,
    @Body() dto: ChangePasswordDto,
    @Req() request: FastifyRequest,
  ): Promise<void> {
    await this.service.change(user, dto, request.ip);
  }

  @Post('users/:id/password-reset')
  @Authenticated('org-admin', 'platform-admin')
  @HttpCode(204)
  @ApiOperation({
    summary: 'Mail a person a one-time link to set a new password',
    description:
      'Org-admins: people of their own organisation. The link works once, for 24 hours, and replaces any ' +
      'earlier link; the current password keeps working until the link is used.',
  })
  @ApiNoContentResponse({ description: 'The mail has been handed to the mail server.' })
  @ApiServiceUnavailableResponse({ description: 'mail-unavailable: the mail could not be sent; try again.' })
  async sendReset(@CurrentUser() user: AuthUser, @Param('id', UuidParamPipe) id: string): Promise<void> {
    await this.service.sendReset(user, id);
  }

  @Get('password-resets/:token')
  @Public()
  @ApiOperation({ summary: 'Whether a link to set a password still works (nothing changes)' })
  @ApiParam(TOKEN_PARAM)
  @ApiOkResponse({ type: PasswordLinkDto })
  @ApiNotFoundResponse({ description: UNKNOWN })
  @ApiGoneResponse({ description: GONE })
  inspect(@Param('token') token: string): Promise<PasswordLinkDto> {
    return this.service.inspect(token);
  }

  @Post('password-resets/:token')
  @Public()
  @HttpCode(204)
  @ApiOperation({
    summary: 'Set a password with a one-time link',
    description: "Uses the link up; every session of the link's person ends.",
  })
  @ApiParam(TOKEN_PARAM)
  @ApiNoContentResponse({ description: 'The password is set; sign in with it.' })
  @ApiNotFoundResponse({ description: UNKNOWN })
  @ApiGoneResponse({ description: GONE })
  async use(@Param('token') token: string, @Body() dto: SetPasswordDto): Promise<void> {
    await this.service.use(token, dto.newPassword);
  }
}
