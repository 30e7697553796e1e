import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DATE_LIMITS, isCalendarDate, isDateWithinLimits } from './dates.js';

const iso = (date: Date) => date.toISOString().slice(0, 10);

describe('isCalendarDate', () => {
  it('accepts dates that exist, written YYYY-MM-DD', () => {
    expect(isCalendarDate('2026-12-01')).toBe(true);
    expect(isCalendarDate('2028-02-29')).toBe(true);
    expect(isCalendarDate('0000-01-01')).toBe(true); // a calendar date, outside the limits
  });

  it('refuses dates that do not exist and other writings', () => {
    for (const value of ['2026-02-30', '2027-02-29', '2026-13-01', '2026-1-1', '01-12-2026', '+275760-09-13'])
      expect(isCalendarDate(value), value).toBe(false);
    for (const value of [null, undefined, 20261201, '', '2026-12-01T00:00:00Z', '2026-12-01\u0000'])
      expect(isCalendarDate(value), String(value)).toBe(false);
  });
});

describe('isDateWithinLimits', () => {
  it('accepts every date from 1900 up to and including 9999', () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date('1900-01-01T00:00:00Z'),
          max: new Date('9999-12-31T00:00:00Z'),
          noInvalidDate: true,
        }),
        (date) => isDateWithinLimits(iso(date)),
      ),
    );
    expect(isDateWithinLimits(`${DATE_LIMITS.minYear}-01-01`)).toBe(true);
    expect(isDateWithinLimits(`${DATE_LIMITS.maxYear}-12-31`)).toBe(true);
  });

  it('refuses year 0000 and any year before 1900', () => {
    for (const value of ['0000-01-01', '0001-01-01', '1899-12-31'])
      expect(isDateWithinLimits(value), value).toBe(false);
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: DATE_LIMITS.minYear - 1 }),
        (year) => !isDateWithinLimits(`${String(year).padStart(4, '0')}-06-15`),
      ),
    );
  });

  it('refuses what is not a calendar date', () => {
    expect(isDateWithinLimits('2026-02-30')).toBe(false);
    expect(isDateWithinLimits('-000001-01-01')).toBe(false);
  });
});
