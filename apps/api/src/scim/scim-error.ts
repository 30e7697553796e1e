import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import { SCIM_ERROR_SCHEMA, type ScimProblem, type ScimType } from '@klussenbank/domain';
import type { FastifyReply } from 'fastify';
import { ProblemException } from '../common/problem/problem.js';

export const SCIM_CONTENT_TYPE = 'application/scim+json';

/** An error as RFC 7644 §3.12 words it: SCIM clients read these, not problem+json. */
export class ScimException extends Error {
  constructor(
    readonly status: number,
    readonly detail: string,
    readonly scimType?: ScimType,
  ) {
    super(detail);
  }

  static of(problem: ScimProblem): ScimException {
    return new ScimException(problem.status, problem.detail, problem.scimType);
  }

  static notFound(): ScimException {
    return new ScimException(404, 'Resource not found.');
  }
}

export function sendScim(reply: FastifyReply, status: number, body: unknown): void {
  void reply.status(status).header('Content-Type', SCIM_CONTENT_TYPE).send(JSON.stringify(body));
}

/**
 * Every error under /scim/v2 leaves in SCIM's error schema (status as a string), whatever threw it:
 * the token guard, the global validation pipe (a body that is no object, forbidden characters), the
 * service. An unexpected error is logged and answered 500 without its message.
 */
@Catch()
export class ScimExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('Scim');

  catch(error: unknown, host: ArgumentsHost): void {
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    let status = 500;
    let detail = 'Internal error.';
    let scimType: ScimType | undefined;
    if (error instanceof ScimException) {
      ({ status, detail, scimType } = error);
    } else if (error instanceof ProblemException || error instanceof HttpException) {
      status = error.getStatus();
      detail =
        status === 404 ? 'Resource not found.' : status === 401 ? 'Not authenticated.' : 'Invalid request.';
      if (status === 400) scimType = 'invalidValue';
    } else {
      this.logger.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    }
    if (status === 401) void reply.header('WWW-Authenticate', 'Bearer realm="scim"');
    sendScim(reply, status, {
      schemas: [SCIM_ERROR_SCHEMA],
      status: String(status),
      ...(scimType ? { scimType } : {}),
      detail,
    });
  }
}
