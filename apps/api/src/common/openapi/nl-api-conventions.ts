import type { OpenAPIObject } from '@nestjs/swagger';

type Responses = Record<
  string,
  { description?: string; content?: unknown; headers?: Record<string, unknown> }
>;
type Parameter = { in?: string; schema?: { type?: string; format?: string; pattern?: string } };
type Operation = {
  responses?: Responses;
  parameters?: Parameter[];
  requestBody?: unknown;
  security?: Record<string, string[]>[];
};

const PROBLEM_SCHEMA = {
  type: 'object',
  description:
    'RFC 9457 problem details. `code` is stable for programs; `title` and `detail` are for people, in Dutch or ' +
    "English as the request's Accept-Language prefers (Dutch by default; see Content-Language).",
  required: ['type', 'title', 'status', 'detail', 'code'],
  properties: {
    type: { type: 'string', format: 'uri', example: 'https://klussenbank.nl/problemen/invalid-input' },
    title: { type: 'string', example: 'Ongeldige invoer' },
    status: { type: 'integer', example: 400 },
    detail: { type: 'string', example: '2 velden zijn niet goed ingevuld.' },
    instance: { type: 'string', example: '/api/v1/users' },
    code: {
      type: 'string',
      description: 'Stable and machine-readable: programs branch on this, not on the texts.',
      example: 'invalid-input',
    },
    correlationId: { type: 'string', description: 'Also in the X-Request-Id header and in the server log.' },
    invalidParams: {
      type: 'array',
      items: {
        type: 'object',
        required: ['name', 'code', 'reason'],
        properties: {
          name: { type: 'string', description: 'The field, as a dotted path for nested ones.' },
          code: { type: 'string', description: 'Stable code of the rule the value broke.' },
          reason: { type: 'string' },
        },
      },
    },
  },
};

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'] as const;
const STANDARD_ERRORS: Record<string, string> = {
  '400': 'Invalid input; `invalidParams` lists every field error at once.',
  '414': 'The URL is longer than 8 KiB, or a path parameter longer than 100 characters (`uri-too-long`).',
  '500': 'Unexpected error; quote the correlationId.',
};
const SIGNED_IN_ERRORS: Record<string, string> = {
  '401': 'Not signed in, or the session has expired.',
};
const WRITE_ERRORS: Record<string, string> = {
  '403': 'A write with the session cookie but without the X-CSRF-Token header (`csrf-token-invalid`).',
};
const PATH_ID_ERRORS: Record<string, string> = {
  '404': 'Unknown, or not visible to you (never 403: existence is not leaked).',
};
const BODY_ERRORS: Record<string, string> = {
  '413': 'The body is larger than 1 MB.',
  '415': 'The body is not of a content type this operation takes.',
};

/**
 * Makes the generated document say what the API does for every operation, as the NL API Design
 * Rules' linter asks: the API-Version header on success, problem+json on every error, a 400 on
 * every operation (and a 414 for an over-long URL), and the major version in the server URL. Adds what holds for whole groups of
 * operations: 401 (and 403 for a cookie write without CSRF token) where signed in, `security: []`
 * where public, 404 and `format: uuid` for path ids, 413/415 where a body is taken.
 */
export function applyNlApiConventions(document: OpenAPIObject, version: string): OpenAPIObject {
  const components = (document.components ??= {});
  components.schemas = { ...components.schemas, Problem: PROBLEM_SCHEMA };
  components.headers = {
    ...components.headers,
    'API-Version': {
      description: 'The full version of the API.',
      schema: { type: 'string', example: version },
    },
  };
  document.servers = [{ url: '/api/v1', description: 'This installation' }];

  for (const item of Object.values(document.paths)) {
    for (const method of METHODS) {
      const operation = (item as Record<string, Operation | undefined>)[method];
      if (!operation) continue;
      const responses = (operation.responses ??= {});
      // Every route is either @Public or @Authenticated (which names the schemes): say "none" out loud.
      operation.security ??= [];
      const pathIds = (operation.parameters ?? []).filter((parameter) => parameter.in === 'path');
      // Every path parameter is an id, checked by UuidParamPipe (not a UUID: 404), unless it
      // declares its own pattern (a one-time link's token).
      for (const parameter of pathIds) {
        if (!parameter.schema?.pattern) parameter.schema = { type: 'string', format: 'uuid' };
      }
      const errors = {
        ...STANDARD_ERRORS,
        ...(operation.security.length > 0 ? SIGNED_IN_ERRORS : {}),
        ...(operation.security.length > 0 && method !== 'get' ? WRITE_ERRORS : {}),
        ...(pathIds.length > 0 ? PATH_ID_ERRORS : {}),
        ...(operation.requestBody ? BODY_ERRORS : {}),
      };
      for (const [status, description] of Object.entries(errors)) responses[status] ??= { description };
      operation.responses = Object.fromEntries(
        Object.entries(responses).sort(([a], [b]) => a.localeCompare(b)),
      );
      for (const [status, response] of Object.entries(operation.responses)) {
        if (/^[23]\d\d$/.test(status)) {
          response.headers = {
            ...response.headers,
            'API-Version': { $ref: '#/components/headers/API-Version' },
          };
        } else if (/^[45]\d\d$/.test(status)) {
          response.content = {
            'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } },
          };
        }
      }
    }
  }
  return document;
}
