import { HttpException, HttpStatus } from '@nestjs/common';

/** One field error, as in the NL API Design Rules' problem extension `invalidParams`. */
export interface InvalidParam {
  name: string;
  code: string;
  reason: string;
}

/** RFC 9457 problem details. `code` is stable for clients; `title`/`detail` are for people (Dutch first). */
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

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

const TITLES: Record<number, [code: string, title: string]> = {
  400: ['bad-request', 'Ongeldig verzoek'],
  401: ['unauthenticated', 'Niet ingelogd'],
  403: ['forbidden', 'Geen toegang'],
  404: ['not-found', 'Niet gevonden'],
  405: ['method-not-allowed', 'Methode niet toegestaan'],
  409: ['conflict', 'Conflict'],
  413: ['payload-too-large', 'Verzoek te groot'],
  415: ['unsupported-media-type', 'Inhoudstype niet ondersteund'],
  429: ['too-many-requests', 'Te veel verzoeken'],
  500: ['internal-error', 'Er ging iets mis'],
  503: ['service-unavailable', 'Dienst niet beschikbaar'],
};

export function problem(status: number, fields: Partial<ProblemDetails> = {}): ProblemDetails {
  const [code, title] = TITLES[status] ?? (status >= 500 ? TITLES[500] : TITLES[400]);
  const finalCode = fields.code ?? code;
  return {
    type: `https://klussenbank.nl/problemen/${finalCode}`,
    title,
    status,
    detail: title,
    ...fields,
    code: finalCode,
  };
}

/** Throw this from services for an expected refusal; the filter renders it unchanged. */
export class ProblemException extends HttpException {
  constructor(readonly problemDetails: ProblemDetails) {
    super(problemDetails, problemDetails.status);
  }

  static badRequest(detail: string, invalidParams: InvalidParam[], code = 'invalid-input'): ProblemException {
    return new ProblemException(
      problem(HttpStatus.BAD_REQUEST, { code, title: 'Ongeldige invoer', detail, invalidParams }),
    );
  }

  static notFound(detail = 'Deze bron bestaat niet of u heeft er geen toegang toe.'): ProblemException {
    return new ProblemException(problem(HttpStatus.NOT_FOUND, { detail }));
  }

  static conflict(code: string, detail: string): ProblemException {
    return new ProblemException(problem(HttpStatus.CONFLICT, { code, detail }));
  }

  static forbidden(detail = 'U heeft niet de rol die hiervoor nodig is.'): ProblemException {
    return new ProblemException(problem(HttpStatus.FORBIDDEN, { detail }));
  }
}
