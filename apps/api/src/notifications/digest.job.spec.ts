import { describe, expect, it } from 'vitest';
import { digestPeriod } from './digest.job.js';

describe(digestPeriod.name, () => {
  it('names the calendar day in Amsterdam, not in UTC', () => {
    expect(digestPeriod('daily', new Date('2026-11-24T06:30:00Z'))).toBe('2026-11-24');
    expect(digestPeriod('daily', new Date('2026-11-24T23:30:00Z'))).toBe('2026-11-25'); // 00:30 in Amsterdam
    expect(digestPeriod('daily', new Date('2026-07-01T22:30:00Z'))).toBe('2026-07-02'); // summer time
  });

  it('names the ISO week, whose year is that of its Thursday', () => {
    expect(digestPeriod('weekly', new Date('2026-11-23T06:30:00Z'))).toBe('2026-W48'); // a Monday
    expect(digestPeriod('weekly', new Date('2026-11-29T12:00:00Z'))).toBe('2026-W48'); // its Sunday
    expect(digestPeriod('weekly', new Date('2027-01-01T12:00:00Z'))).toBe('2026-W53');
    expect(digestPeriod('weekly', new Date('2025-12-29T12:00:00Z'))).toBe('2026-W01');
  });
});
