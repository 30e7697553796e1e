import type { ValidationError } from 'class-validator';
import { ProblemException, type InvalidParam } from './problem.js';

/** Dutch reasons for the constraints whose default English text would otherwise reach users. */
const GENERIC_REASONS: Record<string, string> = {
  whitelistValidation: 'Dit veld is onbekend.',
  isDefined: 'Dit veld is verplicht.',
  isNotEmpty: 'Dit veld is verplicht.',
  isString: 'Moet tekst zijn.',
  isBoolean: 'Moet waar of onwaar zijn.',
  isUuid: 'Moet een geldige id (UUID) zijn.',
  isEmail: 'Moet een geldig e-mailadres zijn.',
  isInt: 'Moet een geheel getal zijn.',
  isArray: 'Moet een lijst zijn.',
  nestedValidation: 'Heeft een ongeldige opbouw.',
};

/** Flattens class-validator's tree into every field error at once ("roles[1]", "address.city"). */
export function toInvalidParams(errors: ValidationError[], parent = ''): InvalidParam[] {
  return errors.flatMap((error) => {
    const name = parent
      ? /^\d+$/.test(error.property)
        ? `${parent}[${error.property}]`
        : `${parent}.${error.property}`
      : error.property;
    const own = Object.entries(error.constraints ?? {}).map(([code, message]) => ({
      name,
      code,
      // DTOs write Dutch messages themselves; anything still in class-validator's English gets a generic reason.
      reason:
        message.startsWith(error.property) || message.startsWith('property ')
          ? (GENERIC_REASONS[code] ?? message)
          : message,
    }));
    return [...own, ...toInvalidParams(error.children ?? [], name)];
  });
}

export function validationProblem(errors: ValidationError[]): ProblemException {
  // One reason per field is enough; a second constraint failing on the same field repeats the first.
  const seen = new Set<string>();
  const invalidParams = toInvalidParams(errors).filter((p) => !seen.has(p.name) && seen.add(p.name));
  const count = invalidParams.length;
  return ProblemException.badRequest(
    count === 1 ? 'Eén veld is niet goed ingevuld.' : `${count} velden zijn niet goed ingevuld.`,
    invalidParams,
  );
}

export function notAnObjectProblem(): ProblemException {
  return ProblemException.badRequest('De body moet een JSON-object zijn.', [
    { name: 'body', code: 'isObject', reason: 'Stuur een JSON-object.' },
  ]);
}

export const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
