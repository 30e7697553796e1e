import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  effectiveHourCap,
  hourCapExcess,
  hourCapMonth,
  hoursPerMonth,
  monthInAmsterdam,
  personalHourCapProblem,
  type PlannedKlus,
  plannedHoursPerMonth,
} from './hour-cap.js';

const klus = (estimatedHours: number, startDate: string, endDate: string): PlannedKlus => ({
  estimatedHours,
  startDate,
  endDate,
});

describe('hoursPerMonth', () => {
  it('spreads the hours evenly over the days, per calendar month', () => {
    // 10 days: 4 in January (28–31), 6 in February (1–6).
    expect(Object.fromEntries(hoursPerMonth(klus(10, '2026-01-28', '2026-02-06')))).toEqual({
      '2026-01': 4,
      '2026-02': 6,
    });
  });

  it('puts a one-day klus in its month, and crosses a year', () => {
    expect(Object.fromEntries(hoursPerMonth(klus(8, '2026-03-05', '2026-03-05')))).toEqual({ '2026-03': 8 });
    const crossing = hoursPerMonth(klus(3, '2026-12-31', '2027-01-02'));
    expect(crossing.get('2026-12')).toBeCloseTo(1);
    expect(crossing.get('2027-01')).toBeCloseTo(2);
  });

  it('keeps every hour: the months add up to the estimate', () => {
    fc.assert(
      fc.property(arbitraryKlus, (k) => {
        const sum = [...hoursPerMonth(k).values()].reduce((a, b) => a + b, 0);
        expect(sum).toBeCloseTo(k.estimatedHours, 6);
      }),
    );
  });
});

describe('effectiveHourCap', () => {
  it('takes the lower of the two, and none when neither is set', () => {
    expect(effectiveHourCap(null, null)).toBeNull();
    expect(effectiveHourCap(16, null)).toBe(16);
    expect(effectiveHourCap(null, 8)).toBe(8);
    expect(effectiveHourCap(16, 8)).toBe(8);
    expect(effectiveHourCap(8, 16)).toBe(8);
  });

  it('lets a personal cap be at most the organisation’s', () => {
    expect(personalHourCapProblem(20, 16)).toBe('above-organisation-cap');
    expect(personalHourCapProblem(16, 16)).toBeNull();
    expect(personalHourCapProblem(20, null)).toBeNull();
    expect(personalHourCapProblem(null, 16)).toBeNull();
  });
});

describe('hourCapExcess', () => {
  it('says which month is over and how many hours were left', () => {
    const planned = [klus(12, '2026-03-02', '2026-03-02')];
    expect(hourCapExcess(16, planned, klus(8, '2026-03-10', '2026-03-10'))).toEqual({
      month: '2026-03',
      hoursLeft: 4,
      hoursNeeded: 8,
    });
    expect(hourCapExcess(16, planned, klus(4, '2026-03-10', '2026-03-10'))).toBeNull();
    expect(hourCapExcess(null, planned, klus(400, '2026-03-10', '2026-03-10'))).toBeNull();
  });

  it('checks every month the klus spans, the first over the cap first', () => {
    const planned = [klus(16, '2026-04-01', '2026-04-30')];
    // 30 hours over March 17 – April 15: 15 in March, 15 in April (which is full).
    expect(hourCapExcess(16, planned, klus(30, '2026-03-17', '2026-04-15'))).toEqual({
      month: '2026-04',
      hoursLeft: 0,
      hoursNeeded: 15,
    });
  });

  it('never lets the claimed hours of any month exceed the cap (refuse mode)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 120 }),
        fc.array(arbitraryKlus, { maxLength: 40 }),
        (cap, attempts) => {
          const accepted: PlannedKlus[] = [];
          for (const attempt of attempts) {
            const excess = hourCapExcess(cap, accepted, attempt);
            if (excess === null) {
              accepted.push(attempt);
            } else {
              // A refusal is honest: that month really would go over, and the hours left are true.
              const before = plannedHoursPerMonth(accepted).get(excess.month) ?? 0;
              const needed = hoursPerMonth(attempt).get(excess.month) ?? 0;
              expect(before + needed).toBeGreaterThan(cap);
              expect(excess.hoursLeft).toBeLessThanOrEqual(Math.max(0, cap - before) + 1e-9);
              expect(excess.hoursLeft).toBeGreaterThan(Math.max(0, cap - before) - 0.1 - 1e-9);
            }
          }
          for (const hours of plannedHoursPerMonth(accepted).values()) {
            expect(hours).toBeLessThanOrEqual(cap + 1e-6);
          }
        },
      ),
    );
  });

  it('accepts a klus that fits, whatever was planned before', () => {
    fc.assert(
      fc.property(fc.array(arbitraryKlus, { maxLength: 10 }), arbitraryKlus, (planned, candidate) => {
        const perMonth = plannedHoursPerMonth([...planned, candidate]);
        const cap = Math.ceil(Math.max(...perMonth.values()));
        expect(hourCapExcess(cap, planned, candidate)).toBeNull();
      }),
    );
  });
});

describe('hourCapMonth', () => {
  it('gives the planned hours of the month against the cap', () => {
    const planned = [klus(12, '2026-03-02', '2026-03-02'), klus(10, '2026-02-27', '2026-03-08')];
    // 10 hours over 10 days: 2 in February, 8 in March.
    expect(hourCapMonth(16, planned, '2026-03')).toEqual({
      month: '2026-03',
      cap: 16,
      plannedHours: 20,
      hoursLeft: 0,
    });
    expect(hourCapMonth(null, planned, '2026-02')).toEqual({
      month: '2026-02',
      cap: null,
      plannedHours: 2,
      hoursLeft: null,
    });
  });

  it('tells the month in the Netherlands', () => {
    // 23:30 UTC on 31 January is already February in Amsterdam.
    expect(monthInAmsterdam(new Date('2026-01-31T23:30:00Z'))).toBe('2026-02');
    expect(monthInAmsterdam(new Date('2026-06-30T21:59:00Z'))).toBe('2026-06');
  });
});

const arbitraryKlus: fc.Arbitrary<PlannedKlus> = fc
  .record({
    tenths: fc.integer({ min: 1, max: 4000 }),
    start: fc.integer({ min: 0, max: 700 }),
    length: fc.integer({ min: 0, max: 120 }),
  })
  .map(({ tenths, start, length }) => {
    const day = (offset: number) => new Date(Date.UTC(2026, 0, 1 + offset)).toISOString().slice(0, 10);
    return klus(tenths / 10, day(start), day(start + length));
  });
