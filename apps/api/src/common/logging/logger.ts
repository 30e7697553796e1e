import type { LoggerService } from '@nestjs/common';
import { type DestinationStream, pino, type Logger, type LoggerOptions } from 'pino';
import { currentRequestId } from './request-context.js';

/** Headers and fields that must never reach a log line. */
const REDACT = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-csrf-token"]',
  'res.headers["set-cookie"]',
  '*.password',
  '*.passwordHash',
  '*.token',
  '*.csrfToken',
];

/**
 * A one-time password link's token and a calendar feed's secret travel in the path; a log line shows
 * the route, not the secret.
 */
const SECRET_IN_PATH = /(\/(?:password-resets|calendar-feeds)\/)[^/?#]+/g;
export const maskSecretsInUrl = (url: string): string => url.replace(SECRET_IN_PATH, '$1[verborgen]');

interface LoggedRequest {
  method: string;
  url: string;
  host?: string;
  ip?: string;
  headers?: Record<string, unknown>;
  socket?: { remotePort?: number };
}

export function createLogger(level: string, name: string, destination?: DestinationStream): Logger {
  const options: LoggerOptions = {
    name,
    level,
    redact: { paths: REDACT, censor: '[verborgen]' },
    // Fastify's own request serializer, with the URL masked (Fastify uses this one instead of its own).
    serializers: {
      req: (req: LoggedRequest) => ({
        method: req.method,
        url: maskSecretsInUrl(req.url),
        version: req.headers?.['accept-version'],
        host: req.host,
        remoteAddress: req.ip,
        remotePort: req.socket?.remotePort,
      }),
    },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
    // Every line written while a request or a job it caused runs names that request (Fastify's own
    // request lines already carry it as a binding).
    mixin: (_object, _level, logger) => {
      const requestId = currentRequestId();
      return requestId && !('requestId' in logger.bindings()) ? { requestId } : {};
    },
  };
  return destination ? pino(options, destination) : pino(options);
}

/** Lets Nest's own Logger calls end up as structured pino lines. */
export class PinoNestLogger implements LoggerService {
  constructor(private readonly logger: Logger) {}

  log(message: unknown, ...rest: unknown[]): void {
    this.write('info', message, rest);
  }
  error(message: unknown, ...rest: unknown[]): void {
    this.write('error', message, rest);
  }
  warn(message: unknown, ...rest: unknown[]): void {
    this.write('warn', message, rest);
  }
  debug(message: unknown, ...rest: unknown[]): void {
    this.write('debug', message, rest);
  }
  verbose(message: unknown, ...rest: unknown[]): void {
    this.write('trace', message, rest);
  }
  fatal(message: unknown, ...rest: unknown[]): void {
    this.write('fatal', message, rest);
  }

  private write(
    level: 'info' | 'error' | 'warn' | 'debug' | 'trace' | 'fatal',
    message: unknown,
    rest: unknown[],
  ): void {
    // Nest passes the context (class name) last; an error's stack string may come before it.
    const last = rest.at(-1);
    const context = typeof last === 'string' ? last : undefined;
    const extra = context ? rest.slice(0, -1) : rest;
    if (message !== null && typeof message === 'object' && !(message instanceof Error)) {
      const text = typeof extra[0] === 'string' ? extra[0] : undefined;
      this.logger[level]({ context, ...message }, text);
    } else if (message instanceof Error) {
      this.logger[level]({ context, err: message }, message.message);
    } else {
      this.logger[level]({ context, ...(extra.length ? { details: extra } : {}) }, String(message));
    }
  }
}
