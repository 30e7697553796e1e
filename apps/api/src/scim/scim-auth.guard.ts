import { type CanActivate, type ExecutionContext, Inject, Injectable } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { ScimException } from './scim-error.js';
import { hashScimToken, SCIM_TOKEN_PREFIX } from './scim-token.js';
import { ScimTokensRepository } from './scim-tokens.repository.js';

/** The organisation a SCIM request acts for: the one whose token it carries. */
export interface ScimClient {
  organisationId: string;
  tokenId: string;
}

export type ScimRequest = FastifyRequest & { scim?: ScimClient };

/**
 * SCIM routes are `@Public()` to the session guard and carry this one instead: a usable bearer
 * token of an organisation, else 401 in SCIM's error schema. Session cookies count for nothing here.
 */
@Injectable()
export class ScimAuthGuard implements CanActivate {
  constructor(@Inject(ScimTokensRepository) private readonly tokens: ScimTokensRepository) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<ScimRequest>();
    const match = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.authorization ?? '');
    const token = match?.[1];
    const found =
      token && token.startsWith(SCIM_TOKEN_PREFIX) && token.length <= 128
        ? await this.tokens.use(hashScimToken(token))
        : undefined;
    if (!found) throw new ScimException(401, 'A valid SCIM bearer token is required.');
    request.scim = { organisationId: found.organisationId, tokenId: found.id };
    return true;
  }
}
