import {
  type ArgumentsHost,
  Catch,
  type ExceptionFilter,
  HttpException,
  Logger,
  NotFoundException,
} from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { problem, PROBLEM_CONTENT_TYPE, ProblemException, type ProblemDetails } from './problem.js';

interface FastifyLikeError {
  statusCode?: number;
  code?: string;
}

/** Body-parser and routing errors that Fastify raises before Nest's pipes, in words a client can use. */
const FASTIFY_DETAILS: Record<string, string> = {
  FST_ERR_CTP_INVALID_JSON_BODY: 'De body is geen geldige JSON.',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'De body is leeg; stuur een JSON-object.',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'Dit inhoudstype wordt niet ondersteund; gebruik application/json.',
  FST_ERR_CTP_BODY_TOO_LARGE: 'De body is te groot.',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'De Content-Length klopt niet.',
};

/**
 * Turns every error into application/problem+json. Expected errors keep their status; anything else
 * is a 500 whose details stay in the log, found again through the correlation id in the response.
 */
export function toProblem(exception: unknown, request: FastifyRequest, logger: Logger): ProblemDetails {
  const correlationId = String(request.id);
  const instance = request.url.split('?')[0];
  if (exception instanceof ProblemException) {
    return { ...exception.problemDetails, instance, correlationId };
  }
  const fastifyError = exception as FastifyLikeError;
  const fastifyDetail = FASTIFY_DETAILS[fastifyError?.code ?? ''];
  if (fastifyDetail && typeof fastifyError.statusCode === 'number') {
    return problem(fastifyError.statusCode, { detail: fastifyDetail, instance, correlationId });
  }
  if (exception instanceof HttpException) {
    const status = exception.getStatus();
    const response = exception.getResponse();
    const detail =
      status === 404
        ? 'Deze bron bestaat niet of u heeft er geen toegang toe.'
        : typeof response === 'string'
          ? response
          : undefined;
    return problem(status, { ...(detail ? { detail } : {}), instance, correlationId });
  }
  if (
    typeof fastifyError?.statusCode === 'number' &&
    fastifyError.statusCode >= 400 &&
    fastifyError.statusCode < 500
  ) {
    return problem(fastifyError.statusCode, { instance, correlationId });
  }
  logger.error({ err: exception, correlationId, method: request.method, url: instance }, 'Unexpected error');
  return problem(500, {
    detail: `Er ging onverwacht iets mis. Noem dit kenmerk als u contact opneemt: ${correlationId}`,
    instance,
    correlationId,
  });
}

export function sendProblem(reply: FastifyReply, body: ProblemDetails): void {
  if (body.status === 429 && typeof body['retryAfterSeconds'] === 'number') {
    void reply.header('Retry-After', String(body['retryAfterSeconds']));
  }
  void reply.status(body.status).type(PROBLEM_CONTENT_TYPE).send(body);
}

const isApiPath = (path: string) => path === '/api' || path.startsWith('/api/') || path.startsWith('/health');

@Catch()
export class ProblemFilter implements ExceptionFilter {
  private readonly logger = new Logger('Problem');

  /** `spaFallback`: unknown non-API pages get the web client's index.html, so its own routes survive a reload. */
  constructor(private readonly spaFallback = false) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    const reply = http.getResponse<FastifyReply>();
    const routeNotFound = exception instanceof NotFoundException && !(exception instanceof ProblemException);
    if (
      this.spaFallback &&
      routeNotFound &&
      (request.method === 'GET' || request.method === 'HEAD') &&
      !isApiPath(request.url.split('?')[0] ?? '')
    ) {
      void reply.header('Cache-Control', 'no-cache').sendFile('index.html');
      return;
    }
    sendProblem(reply, toProblem(exception, request, this.logger));
  }
}
