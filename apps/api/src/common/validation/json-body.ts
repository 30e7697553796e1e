import type { FastifyBodyParser, FastifyInstance, FastifyRequest } from 'fastify';
import { ProblemException } from '../problem/problem.js';

/** The deepest nesting of objects and arrays a JSON body may have; every DTO here needs fewer than 5. */
export const MAX_JSON_DEPTH = 32;

const OPEN_OBJECT = 0x7b; // {
const OPEN_ARRAY = 0x5b; // [
const CLOSE_OBJECT = 0x7d; // }
const CLOSE_ARRAY = 0x5d; // ]
const QUOTE = 0x22; // "
const BACKSLASH = 0x5c; // \

/**
 * Whether a JSON text nests objects and arrays deeper than `limit`, found in one pass over its
 * bytes (UTF-8 never uses these bytes inside a longer character) before JSON.parse builds
 * anything: a body 3,000 levels deep would otherwise reach the validators, whose recursion
 * overflows the stack. Malformed JSON is left for the parser to refuse.
 */
export function exceedsJsonDepth(json: Buffer, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < json.length; i++) {
    const byte = json[i];
    if (inString) {
      if (byte === BACKSLASH) i++;
      else if (byte === QUOTE) inString = false;
    } else if (byte === QUOTE) {
      inString = true;
    } else if (byte === OPEN_OBJECT || byte === OPEN_ARRAY) {
      if (++depth > limit) return true;
    } else if (byte === CLOSE_OBJECT || byte === CLOSE_ARRAY) {
      depth--;
    }
  }
  return false;
}

export function tooDeepProblem(): ProblemException {
  return ProblemException.badRequest(
    [{ name: 'body', key: 'too-deep', params: { max: MAX_JSON_DEPTH } }],
    'invalid-input.too-deep',
    { max: MAX_JSON_DEPTH },
  );
}

type ParserDone = (error: Error | null, body?: unknown) => void;

/**
 * Fastify's own JSON parser (secure-json-parse, refusing __proto__ and constructor.prototype as
 * Fastify does by default), behind the depth check. It reads the raw Buffer, as Nest's default does.
 */
export function depthLimitedJsonParser(fastify: FastifyInstance): FastifyBodyParser<Buffer> {
  const parse = fastify.getDefaultJsonParser('error', 'error') as unknown as (
    request: FastifyRequest,
    body: Buffer,
    done: ParserDone,
  ) => void;
  return (request, body, done) => {
    if (exceedsJsonDepth(body, MAX_JSON_DEPTH)) done(tooDeepProblem(), undefined);
    else parse(request, body, done);
  };
}
