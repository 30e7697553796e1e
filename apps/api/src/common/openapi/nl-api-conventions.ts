import type { OpenAPIObject } from '@nestjs/swagger';

type Responses = Record<
  string,
  { description?: string; content?: unknown; headers?: Record<string, unknown> }
>;
type Operation = { responses?: Responses; parameters?: unknown[] };

const PROBLEM_SCHEMA = {
  type: 'object',
  description:
    'RFC 9457 problem details. `code` is stable for programs; `title` and `detail` are for people (Dutch).',
  required: ['type', 'title', 'status', 'detail', 'code'],
  properties: {
    type: { type: 'string', format: 'uri', example: 'https://klussenbank.nl/problemen/invalid-input' },
    title: { type: 'string', example: 'Ongeldige invoer' },
    status: { type: 'integer', example: 400 },
    detail: { type: 'string', example: '2 velden zijn niet goed ingevuld.' },
    instance: { type: 'string', example: '/api/v1/users' },
    code: { type: 'string', example: 'invalid-input' },
    correlationId: { type: 'string', description: 'Also in the X-Request-Id header and in the server log.' },
    invalidParams: {
      type: 'array',
      items: {
        type: 'object',
        required: ['name', 'code', 'reason'],
        properties: { name: { type: 'string' }, code: { type: 'string' }, reason: { type: 'string' } },
      },
    },
  },
};

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'] as const;
const STANDARD_ERRORS: Record<string, string> = {
  '400': 'Invalid input; `invalidParams` lists every field error at once.',
  '500': 'Unexpected error; quote the correlationId.',
};

/**
 * Makes the generated document say what the API does for every operation, as the NL API Design
 * Rules' linter asks: the API-Version header on success, problem+json on every error, a 400 on
 * every operation, and the major version in the server URL (health checks sit outside it).
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

  // Paths are relative to /api/v1 (Nest's ignoreGlobalPrefix); the health checks live at the root.
  for (const [path, item] of Object.entries(document.paths)) {
    if (path.startsWith('/health')) {
      (item as { servers?: unknown }).servers = [{ url: '/', description: 'Operations endpoints' }];
    }
    for (const method of METHODS) {
      const operation = (item as Record<string, Operation | undefined>)[method];
      if (!operation) continue;
      const responses = (operation.responses ??= {});
      for (const [status, description] of Object.entries(STANDARD_ERRORS))
        responses[status] ??= { description };
      for (const [status, response] of Object.entries(responses)) {
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
