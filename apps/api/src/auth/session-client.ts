import type { FastifyRequest } from 'fastify';
import type { SessionClient } from './session.service.js';

/** The browser and address a request comes from (`request.ip` honours TRUST_PROXY). */
export function sessionClientOf(request: FastifyRequest): SessionClient {
  const userAgent = request.headers['user-agent'];
  return { userAgent: typeof userAgent === 'string' ? userAgent : null, ip: request.ip ?? null };
}
