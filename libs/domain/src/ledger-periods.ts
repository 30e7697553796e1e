import { isCalendarDate } from './dates.js';

/**
 * The periods the hour ledger is read by: a month (`2026-09`), a quarter (`2026-Q3`), a year (`2026`)
 * or any range of days. A named period is written the way people say it and turns into its first and
 * last day here, so the web client's filters, the API and the settlement export count the same days.
 */
export const LEDGER_PERIOD_KINDS = ['month', 'quarter', 'year', 'custom'] as const;
export type LedgerPeriodKind = (typeof LEDGER_PERIOD_KINDS)[number];

export interface LedgerPeriod {
  readonly kind: LedgerPeriodKind;
  /** `2026-09`, `2026-Q3`, `2026`, or `2026-01-05..2026-02-10` for a range. */
  readonly label: string;
  /** First day, inclusive, `YYYY-MM-DD`. */
  readonly from: string;
  /** Last day, inclusive, `YYYY-MM-DD`. */
  readonly to: string;
}

const YEAR = /^(\d{4})$/;
const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
const QUARTER = /^(\d{4})-Q([1-4])$/;
const RANGE = /^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$/;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
/** Days in a month (1-12) of a year, leap years included. */
const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
const validYear = (year: number) => year >= 1 && year <= 9999;

export function monthPeriod(year: number, month: number): LedgerPeriod {
  return {
    kind: 'month',
    label: `${pad(year, 4)}-${pad(month)}`,
    from: `${pad(year, 4)}-${pad(month)}-01`,
    to: `${pad(year, 4)}-${pad(month)}-${pad(daysIn(year, month))}`,
  };
}

export function quarterPeriod(year: number, quarter: number): LedgerPeriod {
  const first = (quarter - 1) * 3 + 1;
  const last = first + 2;
  return {
    kind: 'quarter',
    label: `${pad(year, 4)}-Q${quarter}`,
    from: `${pad(year, 4)}-${pad(first)}-01`,
    to: `${pad(year, 4)}-${pad(last)}-${pad(daysIn(year, last))}`,
  };
}

export function yearPeriod(year: number): LedgerPeriod {
  return { kind: 'year', label: pad(year, 4), from: `${pad(year, 4)}-01-01`, to: `${pad(year, 4)}-12-31` };
}

/** A range of days; undefined when a day does not exist or the end comes before the start. */
export function rangePeriod(from: string, to: string): LedgerPeriod | undefined {
  if (!isCalendarDate(from) || !isCalendarDate(to) || to < from || from.startsWith('0000')) return undefined;
  return { kind: 'custom', label: `${from}..${to}`, from, to };
}

/** `2026-09`, `2026-Q3`, `2026` or `2026-01-05..2026-02-10`; undefined for anything else. */
export function parseLedgerPeriod(value: string): LedgerPeriod | undefined {
  let match = MONTH.exec(value);
  if (match && validYear(Number(match[1]))) return monthPeriod(Number(match[1]), Number(match[2]));
  match = QUARTER.exec(value);
  if (match && validYear(Number(match[1]))) return quarterPeriod(Number(match[1]), Number(match[2]));
  match = YEAR.exec(value);
  if (match && validYear(Number(match[1]))) return yearPeriod(Number(match[1]));
  match = RANGE.exec(value);
  if (match) return rangePeriod(match[1], match[2]);
  return undefined;
}

/** The month, quarter or year a day (`YYYY-MM-DD`) lies in. */
export function periodContaining(kind: Exclude<LedgerPeriodKind, 'custom'>, day: string): LedgerPeriod {
  const year = Number(day.slice(0, 4));
  const month = Number(day.slice(5, 7));
  switch (kind) {
    case 'month':
      return monthPeriod(year, month);
    case 'quarter':
      return quarterPeriod(year, Math.floor((month - 1) / 3) + 1);
    case 'year':
      return yearPeriod(year);
  }
}

const addDays = (day: string, days: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** The days in a period, both ends counted. */
export const periodDays = (period: { from: string; to: string }): number =>
  Math.round((Date.parse(`${period.to}T00:00:00Z`) - Date.parse(`${period.from}T00:00:00Z`)) / 86_400_000) +
  1;

/**
 * The period just before: the previous month, quarter or year; for a range, the range of as many days
 * that ends the day before it starts. Undefined before the year 1.
 */
export function previousPeriod(period: LedgerPeriod): LedgerPeriod | undefined {
  if (period.from <= '0001-12-31' && period.kind !== 'custom') return undefined;
  switch (period.kind) {
    case 'month':
    case 'quarter':
    case 'year':
      return periodContaining(period.kind, addDays(period.from, -1));
    case 'custom': {
      const to = addDays(period.from, -1);
      const from = addDays(period.from, -periodDays(period));
      return from < '0001-01-01' ? undefined : rangePeriod(from, to);
    }
  }
}

/** The period just after (the mirror of {@link previousPeriod}). Undefined after the year 9999. */
export function nextPeriod(period: LedgerPeriod): LedgerPeriod | undefined {
  if (period.to >= '9999-01-01' && period.kind !== 'custom') return undefined;
  switch (period.kind) {
    case 'month':
    case 'quarter':
    case 'year':
      return periodContaining(period.kind, addDays(period.to, 1));
    case 'custom': {
      const from = addDays(period.to, 1);
      const to = addDays(period.to, periodDays(period));
      return to > '9999-12-31' ? undefined : rangePeriod(from, to);
    }
  }
}
