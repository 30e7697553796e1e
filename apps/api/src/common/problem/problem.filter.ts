import {
  type ArgumentsHost,
  Catch,
  type ExceptionFilter,
  HttpException,
  Logger,
  NotFoundException,
} from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { maskSecretsInUrl } from '../logging/logger.js';
import { requestLanguage } from './language.js';
import type { Language, ProblemKey } from './messages.js';
import { PROBLEM_CONTENT_TYPE, ProblemException, type ProblemDetails, statusCode } from './problem.js';

interface FastifyLikeError {
  statusCode?: number;
  code?: string;
}

/** Body-parser errors that Fastify raises before Nest's pipes, each with its own code. */
const FASTIFY_CODES: Record<string, ProblemKey> = {
  FST_ERR_CTP_INVALID_JSON_BODY: 'malformed-json',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'empty-body',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'unsupported-media-type',
  FST_ERR_CTP_BODY_TOO_LARGE: 'payload-too-large',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'invalid-content-length',
};

/** Every error as a ProblemException (a code and parameters, no words yet). */
export function toProblemException(exception: unknown, correlationId: string): ProblemException | undefined {
  if (exception instanceof ProblemException) return exception;
  // Nest hands Fastify's own 4xx errors on as an HttpException whose cause is the original.
  const fastifyError = (
    exception instanceof HttpException && exception.cause ? exception.cause : exception
  ) as FastifyLikeError | undefined;
  const status = fastifyError?.statusCode;
  const fastifyKey = FASTIFY_CODES[fastifyError?.code ?? ''];
  if (fastifyKey && typeof status === 'number') return new ProblemException(status, fastifyKey);
  if (exception instanceof HttpException) {
    const httpStatus = exception.getStatus();
    return new ProblemException(httpStatus, statusCode(httpStatus), {
      ...(httpStatus >= 500 ? { params: { correlationId } } : {}),
    });
  }
  if (typeof status === 'number' && status >= 400 && status < 500) {
    return new ProblemException(status, statusCode(status));
  }
  return undefined;
}

/**
 * Turns every error into application/problem+json in the request's language (Accept-Language,
 * Dutch by default). Expected errors keep their status; anything else is a 500 whose details stay
 * in the log, found again through the correlation id in the response.
 */
export function toProblem(exception: unknown, request: FastifyRequest, logger: Logger): ProblemDetails {
  const correlationId = String(request.id);
  const instance = request.url.split('?')[0];
  const language = requestLanguage(request.headers);
  const known = toProblemException(exception, correlationId);
  if (known) return known.render(language, { instance, correlationId });
  logger.error(
    { err: exception, correlationId, method: request.method, url: maskSecretsInUrl(instance ?? '') },
    'Unexpected error',
  );
  return new ProblemException(500, 'internal-error', { params: { correlationId } }).render(language, {
    instance,
    correlationId,
  });
}

export function sendProblem(reply: FastifyReply, body: ProblemDetails, language: Language): void {
  if (body.status === 429 && typeof body['retryAfterSeconds'] === 'number') {
    void reply.header('Retry-After', String(body['retryAfterSeconds']));
  }
  void reply
    .status(body.status)
    .type(PROBLEM_CONTENT_TYPE)
    .header('Content-Language', language)
    .header('Vary', 'Accept-Language')
    .send(body);
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
    sendProblem(reply, toProblem(exception, request, this.logger), requestLanguage(request.headers));
  }
}
