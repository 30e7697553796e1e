import { appendFileSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import ajvFormats from 'ajv-formats';
import { inject } from 'vitest';

/**
 * Every response the integration tests receive is checked against the committed OpenAPI document
 * (apps/api/openapi.json, which `npm run lint` keeps equal to what the code produces): the status
 * must be documented for the operation, the content type too, and the body must match its schema.
 * Objects are closed (no undocumented fields), except problem details, which RFC 9457 lets grow.
 * A response that differs throws, failing the test that asked for it.
 */

const DOCUMENT_URL = new URL('../../openapi.json', import.meta.url);
const SCHEMA_ID = 'https://klussenbank.nl/openapi.json';
const METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;

type Schema = Record<string, unknown>;
interface Operation {
  method: string;
  template: string;
  pattern: RegExp;
  literalSegments: number;
  responses: Record<string, { content?: Record<string, { schema?: Schema }> }>;
}
interface OpenApiDocument {
  servers: { url: string }[];
  paths: Record<string, Partial<Record<(typeof METHODS)[number], { responses: Operation['responses'] }>>>;
  components: { schemas: Record<string, Schema> };
}

export interface ContractResponse {
  method: string;
  /** The path asked for, with its query string. */
  path: string;
  status: number;
  contentType: string | null;
  text: string;
}

let contract: ReturnType<typeof load> | undefined;

function load() {
  const document = JSON.parse(readFileSync(DOCUMENT_URL, 'utf8')) as OpenApiDocument;
  const base = document.servers[0]?.url ?? '';
  const ajv = new Ajv({ allErrors: true, strict: true });
  ajvFormats.default(ajv); // a CommonJS module: its plugin is `default` under nodenext
  ajv.addFormat('binary', true);
  ajv.addVocabulary(['example']);
  ajv.addSchema({ $id: SCHEMA_ID, definitions: closeObjects(document.components.schemas) });

  const operations: Operation[] = [];
  for (const [template, item] of Object.entries(document.paths)) {
    for (const method of METHODS) {
      const operation = item[method];
      if (!operation) continue;
      const segments = `${base}${template}`.split('/');
      operations.push({
        method: method.toUpperCase(),
        template,
        pattern: new RegExp(
          `^${segments.map((part) => (/^\{.+\}$/.test(part) ? '[^/]+' : escape(part))).join('/')}$`,
        ),
        literalSegments: segments.filter((part) => !part.startsWith('{')).length,
        responses: operation.responses,
      });
    }
  }
  // A literal segment wins over a parameter: /me/notifications/unread-count before /me/notifications/{id}.
  operations.sort((a, b) => b.literalSegments - a.literalSegments);
  const validators = new Map<Schema, ValidateFunction>();
  const validatorFor = (schema: Schema) => {
    let validate = validators.get(schema);
    if (!validate) {
      validate = ajv.compile(forAjv(schema, true) as Schema);
      validators.set(schema, validate);
    }
    return validate;
  };
  return { operations, validatorFor };
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The document's schemas as ajv reads them: refs point into the schema added under SCHEMA_ID, and
 * response objects may not carry fields the document does not name (problem details may: RFC 9457).
 */
function forAjv(node: unknown, close: boolean): unknown {
  if (Array.isArray(node)) return node.map((item) => forAjv(item, close));
  if (!node || typeof node !== 'object') return node;
  const copy = Object.fromEntries(
    Object.entries(node).map(([key, value]) => [
      key,
      key === '$ref' && typeof value === 'string'
        ? value.replace('#/components/schemas/', `${SCHEMA_ID}#/definitions/`)
        : forAjv(value, close),
    ]),
  );
  if (close && 'properties' in copy && !('additionalProperties' in copy))
    copy['additionalProperties'] = false;
  return copy;
}

function closeObjects(schemas: Record<string, Schema>): Record<string, Schema> {
  return Object.fromEntries(
    Object.entries(schemas).map(([name, schema]) => [name, forAjv(schema, name !== 'Problem') as Schema]),
  );
}

const exercised = new Set<string>();

/** Throws when the response is not what the document promises for this operation. */
export function checkAgainstContract(response: ContractResponse, { record: counts = true } = {}): void {
  contract ??= load();
  const pathname = new URL(response.path, 'http://x').pathname;
  const operation = contract.operations.find(
    (candidate) => candidate.method === response.method && candidate.pattern.test(pathname),
  );
  // Not an operation of the API (the docs UI, an unknown route, a health probe at the root).
  if (!operation) return;
  if (counts) record(`${operation.method} ${operation.template}`);

  const where = `${response.method} ${response.path} → ${response.status}`;
  const documented = operation.responses[String(response.status)] ?? operation.responses['default'];
  if (!documented) {
    throw new Error(
      `OpenAPI: ${where} is not documented for ${operation.method} ${operation.template} ` +
        `(documented: ${Object.keys(operation.responses).join(', ')}). Body: ${response.text.slice(0, 500)}`,
    );
  }
  const mediaType = response.contentType?.split(';')[0]?.trim() ?? null;
  if (!documented.content) {
    if (response.text !== '') throw new Error(`OpenAPI: ${where} should have no body, got ${mediaType}`);
    return;
  }
  const content = mediaType ? documented.content[mediaType] : undefined;
  if (!content) {
    throw new Error(
      `OpenAPI: ${where} answered ${mediaType ?? 'no content type'}; documented: ${Object.keys(documented.content).join(', ')}`,
    );
  }
  if (!content.schema || !mediaType?.endsWith('json')) return;
  const validate = contract.validatorFor(content.schema);
  const body: unknown = response.text === '' ? undefined : JSON.parse(response.text);
  if (!validate(body)) {
    const errors = (validate.errors ?? [])
      .slice(0, 10)
      .map(
        (error) =>
          `  ${error.instancePath || '(body)'} ${error.message ?? ''} ${JSON.stringify(error.params)}`,
      )
      .join('\n');
    throw new Error(
      `OpenAPI: ${where} does not match its schema:\n${errors}\nBody: ${response.text.slice(0, 1000)}`,
    );
  }
}

function record(operation: string): void {
  if (exercised.has(operation)) return;
  exercised.add(operation);
  appendFileSync(join(inject('openapiCoverageDir'), `${process.pid}.txt`), `${operation}\n`);
}

/** For the global teardown: which operations of the document the whole run exercised. */
export function coverageReport(dir: string): string {
  const { operations } = load();
  const all = operations.map((operation) => `${operation.method} ${operation.template}`);
  const seen = new Set(
    readdirSync(dir).flatMap((file) => readFileSync(join(dir, file), 'utf8').split('\n').filter(Boolean)),
  );
  const missing = all.filter((operation) => !seen.has(operation)).sort();
  return [
    `OpenAPI: ${all.length - missing.length} of ${all.length} operations exercised`,
    ...(missing.length ? ['Not exercised:', ...missing.map((operation) => `  ${operation}`)] : []),
  ].join('\n');
}
