import { HttpException, HttpStatus } from '@nestjs/common';
import { IntlMessageFormat } from 'intl-messageformat';
import {
  codeOf,
  type FieldKey,
  type Language,
  MESSAGES,
  type ProblemKey,
  type TitleKey,
} from './messages.js';

/** One field error, as in the NL API Design Rules' problem extension `invalidParams`. */
export interface InvalidParam {
  name: string;
  code: string;
  reason: string;
}

/** RFC 9457 problem details. `code` is stable for clients; `title`/`detail` are for people (Dutch or English). */
export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance?: string;
  code: string;
  correlationId?: string;
  invalidParams?: InvalidParam[];
  [extension: string]: unknown;
}

export type MessageParams = Record<string, string | number>;

/** A field error before it is put into words: a catalogue key (its code) and its parameters. */
export interface FieldError {
  name: string;
  key: FieldKey;
  params?: MessageParams;
  /** A DTO's own Dutch wording of this error, used instead of the catalogue's for Dutch answers. */
  dutchReason?: string;
}

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

/** The general code (and title) of each status. */
const STATUS_CODES: Record<number, TitleKey & ProblemKey> = {
  400: 'bad-request',
  401: 'unauthenticated',
  403: 'forbidden',
  404: 'not-found',
  405: 'method-not-allowed',
  409: 'conflict',
  413: 'payload-too-large',
  414: 'uri-too-long',
  415: 'unsupported-media-type',
  429: 'too-many-requests',
  500: 'internal-error',
  503: 'service-unavailable',
};

export function statusCode(status: number): TitleKey & ProblemKey {
  return STATUS_CODES[status] ?? (status >= 500 ? 'internal-error' : 'bad-request');
}

const formats = new Map<string, IntlMessageFormat>();

/** One catalogue text with its parameters filled in (compiled once per language and key). */
export function formatMessage(
  language: Language,
  section: 'problems' | 'fields',
  key: ProblemKey | FieldKey,
  params: MessageParams = {},
): string {
  const id = `${language}:${section}:${key}`;
  let format = formats.get(id);
  if (!format) {
    const text = (MESSAGES[language][section] as Record<string, string>)[key];
    if (text === undefined) throw new Error(`No ${section} message ${key}`);
    format = new IntlMessageFormat(text, language);
    formats.set(id, format);
  }
  return String(format.format(params));
}

export interface ProblemOptions {
  params?: MessageParams;
  invalidParams?: FieldError[];
  /** Machine-readable extension members (`currentStatus`, `retryAfterSeconds`, …). */
  extensions?: Record<string, unknown>;
}

/**
 * An expected refusal, named by a catalogue key and parameters, not by a sentence: the problem
 * filter writes it in the language the request asked for (`render`).
 */
export class ProblemException extends HttpException {
  readonly code: string;

  constructor(
    readonly httpStatus: number,
    readonly key: ProblemKey,
    readonly problem: ProblemOptions = {},
  ) {
    super(codeOf(key), httpStatus);
    this.code = codeOf(key);
  }

  render(language: Language, fields: { instance?: string; correlationId?: string } = {}): ProblemDetails {
    const { params = {}, invalidParams, extensions = {} } = this.problem;
    const titleKey: TitleKey = invalidParams ? 'invalid-input' : statusCode(this.httpStatus);
    const titles: Record<string, string> = MESSAGES[language].titles;
    return {
      type: `https://klussenbank.nl/problemen/${this.code}`,
      title: titles[this.code] ?? titles[titleKey] ?? titleKey,
      status: this.httpStatus,
      detail: formatMessage(language, 'problems', this.key, params),
      ...fields,
      ...extensions,
      code: this.code,
      ...(invalidParams
        ? {
            invalidParams: invalidParams.map(({ name, key, params: fieldParams, dutchReason }) => ({
              name,
              code: codeOf(key),
              reason:
                language === 'nl' && dutchReason
                  ? dutchReason
                  : formatMessage(language, 'fields', key, fieldParams),
            })),
          }
        : {}),
    };
  }

  /** Field errors, all at once; the detail counts them unless another key is given. */
  static badRequest(
    invalidParams: FieldError[],
    key: ProblemKey = 'invalid-input',
    params: MessageParams = { count: invalidParams.length },
  ): ProblemException {
    return new ProblemException(HttpStatus.BAD_REQUEST, key, { params, invalidParams });
  }

  static notFound(key: ProblemKey = 'not-found', params?: MessageParams): ProblemException {
    return new ProblemException(HttpStatus.NOT_FOUND, key, params ? { params } : {});
  }

  static conflict(
    key: ProblemKey,
    params?: MessageParams,
    extensions?: Record<string, unknown>,
  ): ProblemException {
    return new ProblemException(HttpStatus.CONFLICT, key, {
      ...(params ? { params } : {}),
      ...(extensions ? { extensions } : {}),
    });
  }

  static forbidden(key: ProblemKey = 'forbidden', params?: MessageParams): ProblemException {
    return new ProblemException(HttpStatus.FORBIDDEN, key, params ? { params } : {});
  }
}
