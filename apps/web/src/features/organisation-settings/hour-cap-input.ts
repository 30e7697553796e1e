import { HOUR_CAP_LIMITS } from '@klussenbank/domain';

/** What a person typed as a monthly cap: empty is no cap; otherwise whole hours within the limits. */
export function parseHourCap(text: string): { value: number | null } | { error: 'invalid' } {
  const trimmed = text.trim();
  if (trimmed === '') return { value: null };
  if (!/^\d+$/.test(trimmed)) return { error: 'invalid' };
  const value = Number(trimmed);
  if (value < HOUR_CAP_LIMITS.min || value > HOUR_CAP_LIMITS.max) return { error: 'invalid' };
  return { value };
}
