import { DATE_LIMITS } from '@klussenbank/domain';
import { getMetadataStorage, type ValidationError } from 'class-validator';
import type { FieldKey } from './messages.js';
import { type FieldError, type MessageParams, ProblemException } from './problem.js';

type Constraints = unknown[];

/** A class-validator constraint as a field error code (+ parameters), from its decorator's arguments. */
const CONSTRAINT_KEYS: Record<
  string,
  FieldKey | ((constraints: Constraints, value: unknown) => [FieldKey, MessageParams?])
> = {
  whitelistValidation: 'unknown-property',
  isDefined: 'required',
  isNotEmpty: 'required',
  isString: 'not-a-string',
  isBoolean: 'not-a-boolean',
  isNumber: 'not-a-number',
  isInt: 'not-an-integer',
  isArray: 'not-a-list',
  isObject: 'not-an-object',
  nestedValidation: 'invalid-structure',
  isUuid: 'invalid-uuid',
  isEmail: 'invalid-email',
  isDateOnly: 'invalid-date',
  isDateWithinLimits: () => ['out-of-range.date', { min: DATE_LIMITS.minYear, max: DATE_LIMITS.maxYear }],
  isDateString: 'invalid-date',
  isIso8601: 'invalid-date',
  isOnOrAfter: 'end-before-start',
  isLedgerPeriod: 'invalid-period',
  isIssuerUrl: 'invalid-issuer',
  arrayUnique: 'duplicate-items',
  maxLength: ([max]) => ['too-long', { max: Number(max) }],
  minLength: ([min]) => ['too-short', { min: Number(min) }],
  isLength: ([min, max], value) => {
    const length = typeof value === 'string' ? value.length : 0;
    if (length === 0 && Number(min) >= 1) return ['required'];
    return length < Number(min) ? ['too-short', { min: Number(min) }] : ['too-long', { max: Number(max) }];
  },
  arrayMaxSize: ([max]) => ['too-many-items', { max: Number(max) }],
  arrayMinSize: ([min]) => ['too-few-items', { min: Number(min) }],
  min: ([min]) => ['out-of-range.min', { min: Number(min) }],
  max: ([max]) => ['out-of-range.max', { max: Number(max) }],
  isIn: ([allowed]) => ['not-allowed-value', { allowed: (allowed as unknown[]).map(String).join(', ') }],
  equals: ([allowed]) => ['not-allowed-value', { allowed: String(allowed) }],
};

/** The arguments a decorator was given (`@MaxLength(100)` → [100]), looked up in class-validator's metadata. */
function constraintArguments(target: object | undefined, property: string, constraint: string): Constraints {
  if (!target) return [];
  const metadata = getMetadataStorage()
    .getTargetValidationMetadatas(target.constructor, '', true, false)
    .find((m) => m.propertyName === property && (m.name ?? m.type) === constraint);
  return metadata?.constraints ?? [];
}

function fieldKey(error: ValidationError, constraint: string): [FieldKey, MessageParams?] {
  const rule = CONSTRAINT_KEYS[constraint];
  if (rule === undefined) return ['invalid'];
  if (typeof rule === 'string') return [rule];
  return rule(constraintArguments(error.target, error.property, constraint), error.value);
}

/**
 * Flattens class-validator's tree into every field error at once ("roles[1]", "address.city"), each
 * with a catalogue code. A DTO's own Dutch message stays the Dutch reason; class-validator's English
 * defaults never reach people.
 */
export function toFieldErrors(errors: ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((error) => {
    const name = parent
      ? /^\d+$/.test(error.property)
        ? `${parent}[${error.property}]`
        : `${parent}.${error.property}`
      : error.property;
    const own = Object.entries(error.constraints ?? {}).map(([constraint, message]): FieldError => {
      const [key, params] = fieldKey(error, constraint);
      const isDefault = message.startsWith(error.property) || message.startsWith('property ');
      return {
        name,
        key,
        ...(params ? { params } : {}),
        ...(isDefault ? {} : { dutchReason: message }),
      };
    });
    return [...own, ...toFieldErrors(error.children ?? [], name)];
  });
}

export function validationProblem(errors: ValidationError[]): ProblemException {
  // One reason per field is enough; a second constraint failing on the same field repeats the first.
  const seen = new Set<string>();
  return ProblemException.badRequest(
    toFieldErrors(errors).filter((p) => !seen.has(p.name) && seen.add(p.name)),
  );
}

export function notAnObjectProblem(): ProblemException {
  return ProblemException.badRequest(
    [{ name: 'body', key: 'not-an-object' }],
    'invalid-input.not-an-object',
    {},
  );
}

export const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
