import { DATE_LIMITS, isCalendarDate, isDateWithinLimits } from '@klussenbank/domain';
import { registerDecorator, type ValidationArguments, type ValidationOptions } from 'class-validator';

/** A calendar date "YYYY-MM-DD" that exists (no 2026-02-30). */
export const isDateOnly = isCalendarDate;

/** A calendar date "YYYY-MM-DD" that exists, in the years of DATE_LIMITS (no year 0000). */
export function IsDateOnly(options?: ValidationOptions) {
  return (target: object, propertyName: string) => {
    registerDecorator({
      name: 'isDateOnly',
      target: target.constructor,
      propertyName,
      options: { message: 'Vul een datum in als JJJJ-MM-DD.', ...options },
      validator: { validate: (value: unknown) => isDateOnly(value) },
    });
    registerDecorator({
      name: 'isDateWithinLimits',
      target: target.constructor,
      propertyName,
      options: {
        message: `Kies een datum in de jaren ${DATE_LIMITS.minYear} tot en met ${DATE_LIMITS.maxYear}.`,
        ...(options?.each ? { each: true } : {}),
      },
      // A date that is not even written right has its own error above.
      validator: { validate: (value: unknown) => !isDateOnly(value) || isDateWithinLimits(value) },
    });
  };
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
