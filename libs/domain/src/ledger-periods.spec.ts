import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  nextPeriod,
  parseLedgerPeriod,
  periodContaining,
  periodDays,
  previousPeriod,
  rangePeriod,
} from './ledger-periods.js';

const day = fc
  .date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2999-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const kind = fc.constantFrom('month' as const, 'quarter' as const, 'year' as const);

describe('ledger periods', () => {
  it('turns a month, a quarter, a year and a range into their first and last day', () => {
    expect(parseLedgerPeriod('2026-09')).toEqual({
      kind: 'month',
      label: '2026-09',
      from: '2026-09-01',
      to: '2026-09-30',
    });
    expect(parseLedgerPeriod('2028-02')?.to).toBe('2028-02-29');
    expect(parseLedgerPeriod('2026-02')?.to).toBe('2026-02-28');
    expect(parseLedgerPeriod('2026-Q3')).toEqual({
      kind: 'quarter',
      label: '2026-Q3',
      from: '2026-07-01',
      to: '2026-09-30',
    });
    expect(parseLedgerPeriod('2026-Q1')).toMatchObject({ from: '2026-01-01', to: '2026-03-31' });
    expect(parseLedgerPeriod('2026-Q4')).toMatchObject({ from: '2026-10-01', to: '2026-12-31' });
    expect(parseLedgerPeriod('2026')).toEqual({
      kind: 'year',
      label: '2026',
      from: '2026-01-01',
      to: '2026-12-31',
    });
    expect(parseLedgerPeriod('2026-01-05..2026-02-10')).toEqual({
      kind: 'custom',
      label: '2026-01-05..2026-02-10',
      from: '2026-01-05',
      to: '2026-02-10',
    });
  });

  it('refuses nonsense', () => {
    for (const value of [
      '',
      '2026-13',
      '2026-00',
      '2026-Q5',
      '2026-Q0',
      '2026-q3',
      '0000',
      '0000-01',
      '26',
      '2026-9',
      '2026-02-30..2026-03-01',
      '2026-03-01..2026-02-01',
      '2026-01-01..',
      '2026-01-01',
      ' 2026',
      '2026\n',
    ]) {
      expect(parseLedgerPeriod(value), value).toBeUndefined();
    }
  });

  it('knows the period before and after', () => {
    expect(previousPeriod(parseLedgerPeriod('2026-01')!)?.label).toBe('2025-12');
    expect(previousPeriod(parseLedgerPeriod('2026-Q1')!)?.label).toBe('2025-Q4');
    expect(previousPeriod(parseLedgerPeriod('2026-Q3')!)?.label).toBe('2026-Q2');
    expect(previousPeriod(parseLedgerPeriod('2026')!)?.label).toBe('2025');
    expect(previousPeriod(parseLedgerPeriod('2026-03-01..2026-03-10')!)?.label).toBe(
      '2026-02-19..2026-02-28',
    );
    expect(nextPeriod(parseLedgerPeriod('2026-12')!)?.label).toBe('2027-01');
    expect(previousPeriod(parseLedgerPeriod('0001')!)).toBeUndefined();
    expect(nextPeriod(parseLedgerPeriod('9999-Q4')!)).toBeUndefined();
  });

  it('places every day in exactly the period of its kind, and its label reads back', () => {
    fc.assert(
      fc.property(kind, day, (k, d) => {
        const period = periodContaining(k, d);
        expect(period.from <= d && d <= period.to).toBe(true);
        expect(parseLedgerPeriod(period.label)).toEqual(period);
      }),
    );
  });

  it('makes consecutive periods adjacent, without gap or overlap', () => {
    fc.assert(
      fc.property(kind, day, (k, d) => {
        const period = periodContaining(k, d);
        const before = previousPeriod(period)!;
        const after = nextPeriod(period)!;
        expect(periodDays({ from: before.to, to: period.from })).toBe(2);
        expect(periodDays({ from: period.to, to: after.from })).toBe(2);
        expect(nextPeriod(before)).toEqual(period);
        expect(previousPeriod(after)).toEqual(period);
      }),
    );
  });

  it('gives a range a previous range of as many days, ending the day before', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 400 }), (from, length) => {
        const to = new Date(Date.parse(`${from}T00:00:00Z`) + length * 86_400_000).toISOString().slice(0, 10);
        const range = rangePeriod(from, to)!;
        const before = previousPeriod(range)!;
        expect(periodDays(before)).toBe(periodDays(range));
        expect(periodDays({ from: before.to, to: range.from })).toBe(2);
        expect(nextPeriod(before)).toEqual(range);
      }),
    );
  });
});
