import { DATE_LIMITS, isCalendarDate } from '@klussenbank/domain';

/** The `min`/`max` of every date input: the years the API accepts (DATE_LIMITS). */
export const DATE_INPUT_MIN = `${DATE_LIMITS.minYear}-01-01`;
export const DATE_INPUT_MAX = `${DATE_LIMITS.maxYear}-12-31`;

/** The numbers for the "choose a date in the years … to …" message. */
export const DATE_RANGE = { min: DATE_LIMITS.minYear, max: DATE_LIMITS.maxYear } as const;

/**
 * What is wrong with a date from a date input ("YYYY-MM-DD"; a browser may give more year digits):
 * not a date at all, or a year the API refuses (its code `out-of-range`). Null: fine.
 */
export function dateInputProblem(value: string): 'invalid' | 'out-of-range' | null {
  const match = /^(\d{4,6})-\d{2}-\d{2}$/.exec(value);
  if (!match) return 'invalid';
  const year = Number(match[1]);
  if (year < DATE_LIMITS.minYear || year > DATE_LIMITS.maxYear) return 'out-of-range';
  return isCalendarDate(value) ? null : 'invalid';
}
