import type { FastifyReply } from 'fastify';
import { CSRF_COOKIE, sessionCookieName } from './auth.decorators.js';
import type { IssuedSession } from './session.service.js';

/** Hands a browser its session: the HttpOnly session cookie and the readable CSRF cookie. */
export function setSessionCookies(
  reply: FastifyReply,
  config: { isProduction: boolean },
  session: IssuedSession,
): void {
  // Host-only (no Domain), Path=/ and Secure in production: what the __Host- prefix requires.
  const base = { path: '/', secure: config.isProduction, expires: session.expiresAt };
  void reply.setCookie(sessionCookieName(config), session.token, {
    ...base,
    httpOnly: true,
    sameSite: 'lax',
  });
  // Readable by the page's own script only (same origin), which echoes it in X-CSRF-Token.
  void reply.setCookie(CSRF_COOKIE, session.csrfToken, { ...base, httpOnly: false, sameSite: 'strict' });
}

export function clearSessionCookies(reply: FastifyReply, config: { isProduction: boolean }): void {
  void reply.clearCookie(sessionCookieName(config), { path: '/', secure: config.isProduction });
  void reply.clearCookie(CSRF_COOKIE, { path: '/' });
}
