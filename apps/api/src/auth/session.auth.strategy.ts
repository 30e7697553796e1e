import { Inject, Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import type { FastifyRequest } from 'fastify';
import { Strategy } from 'passport-custom';
import { ProblemException } from '../common/problem/problem.js';
import type { AuthUser } from './auth-user.js';
import { AppConfig } from '../config/app-config.js';
import { CSRF_HEADER, sessionCookieName } from './auth.decorators.js';
import { sameToken, SessionService } from './session.service.js';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Finds the session from `Authorization: Bearer …` or, for the web client, the HttpOnly cookie. */
@Injectable()
export class SessionAuthStrategy extends PassportStrategy(Strategy, 'session') {
  private readonly cookieName: string;

  constructor(
    @Inject(SessionService) private readonly sessions: SessionService,
    @Inject(AppConfig) config: AppConfig,
  ) {
    super();
    this.cookieName = sessionCookieName(config);
  }

  async validate(request: FastifyRequest): Promise<AuthUser | false> {
    const header = request.headers.authorization;
    const bearer = header?.startsWith('Bearer ') ? header.slice(7).trim() : undefined;
    const cookie = request.cookies?.[this.cookieName];
    const token = bearer || cookie;
    if (!token) return false;
    const session = await this.sessions.resolve(token, { fresh: !SAFE_METHODS.has(request.method) });
    if (!session) return false;
    const via = bearer ? 'bearer' : 'cookie';
    if (via === 'cookie' && !SAFE_METHODS.has(request.method)) {
      const sent = request.headers[CSRF_HEADER];
      if (typeof sent !== 'string' || !sameToken(sent, session.csrfToken)) {
        throw new ProblemException(403, 'csrf-token-invalid');
      }
    }
    return {
      id: session.userId,
      organisationId: session.organisationId,
      roles: session.roles,
      sessionId: session.sessionId,
      via,
    };
  }
}
