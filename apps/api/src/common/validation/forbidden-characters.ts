import { type FieldError, ProblemException } from '../problem/problem.js';

/** Half a surrogate pair: not a character, and validators (isEmail's encodeURI) throw on it. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** PostgreSQL cannot store NUL in text (and NUL ends strings in C); half a surrogate pair is no text. */
export const hasForbiddenCharacters = (text: string): boolean =>
  text.includes('\u0000') || LONE_SURROGATE.test(text);

const fieldName = (parent: string, key: string | number) =>
  typeof key === 'number' ? `${parent}[${key}]` : parent ? `${parent}.${key}` : key;

/**
 * Every field of a parsed body or query whose text (or name) holds a forbidden character, named
 * like the validation errors ("location.address", "requiredSkills[1]"). Bodies are at most
 * MAX_JSON_DEPTH deep, queries flat, so the recursion is bounded.
 */
export function forbiddenCharacterErrors(value: unknown, name = ''): FieldError[] {
  if (typeof value === 'string')
    return hasForbiddenCharacters(value) ? [{ name: name || 'body', key: 'invalid-characters' }] : [];
  if (Array.isArray(value))
    return value.flatMap((item, index) => forbiddenCharacterErrors(item, fieldName(name, index)));
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, item]) =>
    hasForbiddenCharacters(key)
      ? [{ name: fieldName(name, key), key: 'invalid-characters' as const }]
      : forbiddenCharacterErrors(item, fieldName(name, key)),
  );
}

/** Refuses a body or query with forbidden characters, before validators that may throw on them. */
export function refuseForbiddenCharacters(value: unknown, name = ''): void {
  const errors = forbiddenCharacterErrors(value, name);
  if (errors.length) throw ProblemException.badRequest(errors);
}
