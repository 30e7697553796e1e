import { registerDecorator, type ValidationArguments, type ValidationOptions } from 'class-validator';

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/** A calendar date "YYYY-MM-DD" that exists (no 2026-02-30). */
export function isDateOnly(value: unknown): value is string {
  if (typeof value !== 'string' || !DATE_ONLY.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

export function IsDateOnly(options?: ValidationOptions) {
  return (target: object, propertyName: string) =>
    registerDecorator({
      name: 'isDateOnly',
      target: target.constructor,
      propertyName,
      options: { message: 'Vul een datum in als JJJJ-MM-DD.', ...options },
      validator: { validate: (value: unknown) => isDateOnly(value) },
    });
}

/** A date on or after the date in another field of the same object (skipped while that one is invalid). */
export function IsOnOrAfter(otherField: string, options?: ValidationOptions) {
  return (target: object, propertyName: string) =>
    registerDecorator({
      name: 'isOnOrAfter',
      target: target.constructor,
      propertyName,
      constraints: [otherField],
      ...(options ? { options } : {}),
      validator: {
        validate(value: unknown, args: ValidationArguments) {
          const other = (args.object as Record<string, unknown>)[otherField];
          return !isDateOnly(value) || !isDateOnly(other) || value >= other;
        },
      },
    });
}
