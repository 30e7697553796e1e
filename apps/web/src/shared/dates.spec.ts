import { describe, expect, it } from 'vitest';
import { DATE_INPUT_MAX, DATE_INPUT_MIN, dateInputProblem } from './dates';

describe(dateInputProblem.name, () => {
  it('accepts dates in the years 1900 to 9999, the limits included', () => {
    expect(dateInputProblem('2026-12-01')).toBeNull();
    expect(dateInputProblem(DATE_INPUT_MIN)).toBeNull();
    expect(dateInputProblem(DATE_INPUT_MAX)).toBeNull();
  });

  it('calls earlier and later years out of range, and anything else invalid', () => {
    expect(dateInputProblem('1899-12-31')).toBe('out-of-range');
    expect(dateInputProblem('0001-01-01')).toBe('out-of-range');
    expect(dateInputProblem('10000-01-01')).toBe('out-of-range');
    expect(dateInputProblem('2026-02-30')).toBe('invalid');
    expect(dateInputProblem('1-2-2026')).toBe('invalid');
  });
});
