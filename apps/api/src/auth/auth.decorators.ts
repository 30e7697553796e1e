import { applyDecorators, createParamDecorator, type ExecutionContext, SetMetadata } from '@nestjs/common';
import { ApiBearerAuth, ApiCookieAuth, ApiForbiddenResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';
import type { Role } from '@klussenbank/domain';
import type { FastifyRequest } from 'fastify';
import type { AuthUser } from './auth-user.js';

export const ACCESS_KEY = 'klussenbank:access';
export type Access = { public: true } | { public: false; roles: readonly Role[] };

export const SESSION_COOKIE = 'kb_session';
/**
 * The session cookie's name: in production (served over HTTPS only) `__Host-kb_session`, which a
 * browser keeps only when it is Secure, has Path=/ and no Domain, so no sibling subdomain can set or
 * shadow it. Over plain http (development, tests, `npm start`) browsers refuse that prefix.
 */
export const sessionCookieName = (config: { isProduction: boolean }): string =>
  config.isProduction ? `__Host-${SESSION_COOKIE}` : SESSION_COOKIE;
export const CSRF_COOKIE = 'kb_csrf';
export const CSRF_HEADER = 'x-csrf-token';

/** Open to everybody, signed in or not. Every route carries either this or `Authenticated`. */
export const Public = () => SetMetadata(ACCESS_KEY, { public: true } satisfies Access);

/**
 * Signed in, and holding at least one of `roles` when given. Bundles the guard's metadata with the
 * OpenAPI description of both ways to authenticate and of the 401/403 answers.
 */
export const Authenticated = (...roles: Role[]) =>
  applyDecorators(
    SetMetadata(ACCESS_KEY, { public: false, roles } satisfies Access),
    ApiBearerAuth(),
    ApiCookieAuth(), // the scheme `cookie`, whose cookie is SESSION_COOKIE (openapi-document.ts)
    ApiUnauthorizedResponse({ description: 'Niet ingelogd (problem+json).' }),
    ...(roles.length
      ? [ApiForbiddenResponse({ description: `Alleen voor: ${roles.join(', ')} (problem+json).` })]
      : []),
  );

export const CurrentUser = createParamDecorator((_: unknown, context: ExecutionContext): AuthUser => {
  const request = context.switchToHttp().getRequest<FastifyRequest & { user: AuthUser }>();
  return request.user;
});
