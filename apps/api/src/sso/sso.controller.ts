import { Body, Controller, Get, HttpCode, Inject, Post, Req, Res } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBody,
  ApiConsumes,
  ApiGoneResponse,
  ApiOkResponse,
  ApiOperation,
  ApiQuery,
  ApiResponse,
  ApiServiceUnavailableResponse,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AuthUser } from '../auth/auth-user.js';
import { Authenticated, CurrentUser, Public } from '../auth/auth.decorators.js';
import { LoginResponseDto } from '../auth/dto/login.dto.js';
import { SessionService } from '../auth/session.service.js';
import { sessionClientOf } from '../auth/session-client.js';
import { AuditLog } from '../audit/audit-log.service.js';
import { clearSessionCookies, setSessionCookies } from '../auth/session-cookies.js';
import { ProblemException } from '../common/problem/problem.js';
import { AppConfig } from '../config/app-config.js';
import {
  SsoDiscoveryDto,
  SsoDiscoveryResponseDto,
  SsoLinkDto,
  SsoLogoutResponseDto,
  SsoPendingLinkDto,
} from './dto/sso.dto.js';
import { SsoService } from './sso.service.js';

const PATH = '/api/v1/auth/sso';
const FLOW_COOKIE = 'kb_sso_flow';
const LINK_COOKIE = 'kb_sso_link';
const LOGIN_PAGE = '/inloggen';
const LINK_PAGE = '/inloggen/koppelen';

const REDIRECT = {
  headers: { Location: { description: 'Where the browser goes next.', schema: { type: 'string' } } },
};

@ApiTags('auth')
@Controller('auth/sso')
export class SsoController {
  constructor(
    @Inject(SsoService) private readonly sso: SsoService,
    @Inject(SessionService) private readonly sessions: SessionService,
    @Inject(AppConfig) private readonly config: AppConfig,
    @Inject(AuditLog) private readonly audit: AuditLog,
  ) {}

  @Post('discovery')
  @Public()
  @HttpCode(200)
  @ApiOperation({
    summary: 'Home realm discovery: where a work e-mail signs in',
    description:
      "Answers `password`, or `sso` with the authorization URL of the identity provider of the e-mail's organisation, and sets a short-lived HttpOnly cookie that binds state, nonce and PKCE verifier to this browser.",
  })
  @ApiOkResponse({ type: SsoDiscoveryResponseDto })
  @ApiBadRequestResponse({ description: 'Invalid body (problem+json with invalidParams).' })
  @ApiServiceUnavailableResponse({
    description:
      'identity-provider-unavailable: the provider cannot be reached; sso-not-configured: no OIDC_SECRET_KEY in production.',
  })
  async discover(
    @Body() dto: SsoDiscoveryDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<SsoDiscoveryResponseDto> {
    const result = await this.sso.discover(dto.email, dto.returnPath);
    if (result.method === 'password') return { method: 'password' };
    this.setCookie(reply, FLOW_COOKIE, result.browserKey);
    return {
      method: 'sso',
      authorizationUrl: result.authorizationUrl,
      providerName: result.providerName,
      organisationName: result.organisationName,
    };
  }

  @Get('callback')
  @Public()
  @ApiOperation({
    summary: 'Redirect URI: the identity provider sends the browser back here',
    description:
      'Validates the answer (state, PKCE, ID token by openid-client), then starts a session and goes to the page the person came from; or goes to /inloggen/koppelen when the e-mail belongs to an existing password account; or to /inloggen?sso-fout=<code> (flow-expired, provider-unavailable, provider-refused, token-invalid, provider-disabled, account-deactivated, email-in-other-organisation, email-without-password, email-missing, email-domain-not-allowed).',
  })
  @ApiQuery({ name: 'code', required: false, type: String })
  @ApiQuery({ name: 'state', required: false, type: String })
  @ApiQuery({ name: 'error', required: false, type: String })
  @ApiResponse({ status: 303, description: 'Signed in, to link, or back to the login page.', ...REDIRECT })
  async callback(@Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const query = request.url.includes('?') ? request.url.slice(request.url.indexOf('?')) : '';
    const result = await this.sso.callback(query, request.cookies[FLOW_COOKIE], sessionClientOf(request));
    void reply.clearCookie(FLOW_COOKIE, { path: PATH });
    switch (result.kind) {
      case 'session':
        setSessionCookies(reply, this.config, result.session);
        return void reply.redirect(result.returnPath, 303);
      case 'link':
        this.setCookie(reply, LINK_COOKIE, result.browserKey);
        return void reply.redirect(LINK_PAGE, 303);
      case 'error':
        return void reply.redirect(`${LOGIN_PAGE}?sso-fout=${result.code}`, 303);
    }
  }

  @Get('link')
  @Public()
  @ApiOperation({ summary: 'The existing account a sign-in through a provider waits to be linked to' })
  @ApiOkResponse({ type: SsoPendingLinkDto })
  @ApiGoneResponse({ description: 'sso-link-gone: no link waits in this browser (expired or done).' })
  pendingLink(@Req() request: FastifyRequest): Promise<SsoPendingLinkDto> {
    return this.sso.pendingLink(request.cookies[LINK_COOKIE]);
  }

  @Post('link')
  @Public()
  @HttpCode(200)
  @ApiOperation({
    summary: "Prove the existing account's password once, then link it and sign in",
    description:
      'Checked under the login throttle. The session comes as cookies, as for POST /auth/login with cookie: true.',
  })
  @ApiOkResponse({ type: LoginResponseDto })
  @ApiBadRequestResponse({ description: 'Invalid body (problem+json with invalidParams).' })
  @ApiUnauthorizedResponse({ description: 'invalid-credentials: wrong password; the link still waits.' })
  @ApiGoneResponse({ description: 'sso-link-gone: no link waits in this browser (expired or done).' })
  @ApiTooManyRequestsResponse({ description: 'Too many failed attempts for this account or address.' })
  async link(
    @Body() dto: SsoLinkDto,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<LoginResponseDto> {
    const { session } = await this.sso.completeLink(
      request.cookies[LINK_COOKIE],
      dto.password,
      sessionClientOf(request),
    );
    void reply.clearCookie(LINK_COOKIE, { path: PATH });
    setSessionCookies(reply, this.config, session);
    return { tokenType: 'Bearer', expiresAt: session.expiresAt.toISOString(), csrfToken: session.csrfToken };
  }

  @Post('logout')
  @Authenticated()
  @HttpCode(200)
  @ApiOperation({
    summary: "End the session, and say where to end the identity provider's session too",
    description:
      'As POST /auth/logout, for any session; for one started through a provider it also answers the RP-initiated logout URL.',
  })
  @ApiOkResponse({ type: SsoLogoutResponseDto })
  async logout(
    @CurrentUser() user: AuthUser,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<SsoLogoutResponseDto> {
    const endSessionUrl = await this.sso.endSessionUrl(user.sessionId);
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
    return { endSessionUrl };
  }

  @Post('backchannel-logout')
  @Public()
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Back-channel logout: the identity provider ends sessions (OpenID Connect Back-Channel Logout 1.0)',
  })
  @ApiConsumes('application/x-www-form-urlencoded')
  @ApiBody({
    schema: { type: 'object', required: ['logout_token'], properties: { logout_token: { type: 'string' } } },
  })
  @ApiResponse({ status: 200, description: 'The sessions the token names have ended.' })
  @ApiBadRequestResponse({
    description: 'logout-token-invalid: the logout token is missing or does not hold.',
  })
  async backchannelLogout(@Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const body = request.body as Record<string, unknown> | undefined;
    const token = typeof body?.['logout_token'] === 'string' ? body['logout_token'] : '';
    const ended = token !== '' && (await this.sso.backchannelLogout(token));
    void reply.header('cache-control', 'no-store');
    if (!ended) throw new ProblemException(400, 'logout-token-invalid');
    return void reply.status(200).send();
  }

  private setCookie(reply: FastifyReply, name: string, value: string): void {
    // Lax: the provider sends the browser back with a top-level GET from its own site.
    void reply.setCookie(name, value, {
      path: PATH,
      httpOnly: true,
      sameSite: 'lax',
      secure: this.config.isProduction,
      maxAge: 600,
    });
  }
}
