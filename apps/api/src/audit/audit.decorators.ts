import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import type { AuthUser } from '../auth/auth-user.js';
import type { AuditActor } from './audit-log.service.js';

/** The audit actor of this request: the signed-in person (if any) and the request's address. */
export const AuditedBy = createParamDecorator((_: unknown, context: ExecutionContext): AuditActor => {
  const request = context.switchToHttp().getRequest<FastifyRequest & { user?: AuthUser }>();
  return { id: request.user?.id ?? null, ipAddress: request.ip ?? null };
});
