import {
  isCalendarDate,
  lastCompleteQuarter,
  type LedgerPeriodKind,
  parseLedgerPeriod,
  rangePeriod,
} from '@klussenbank/domain';
import type { MirrorScopeKind } from './mirror-api';
import { MIRROR_URL } from './mirror-url';

export { canSeeMirror, canSeeOrganisationMirror, MIRROR_URL } from './mirror-url';

export interface MirrorFilters {
  kind: MirrorScopeKind;
  /** The organisation or partnership; empty: the default for this person. */
  id: string;
  type: LedgerPeriodKind;
  period: string;
  from: string;
  to: string;
}

const KINDS: readonly LedgerPeriodKind[] = ['month', 'quarter', 'year', 'custom'];
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const today = (): string =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date());

/** The filters in the URL; what is missing or wrong becomes the default: the last complete quarter. */
export function parseMirrorFilters(params: URLSearchParams, now = today()): MirrorFilters {
  const rawType = params.get('type') as LedgerPeriodKind | null;
  const type = rawType && KINDS.includes(rawType) ? rawType : 'quarter';
  const named = type === 'custom' ? undefined : parseLedgerPeriod(params.get('period') ?? '');
  const fallback = type === 'quarter' || type === 'custom' ? lastCompleteQuarter(now) : undefined;
  const date = (name: string) => {
    const value = params.get(name) ?? '';
    return isCalendarDate(value) ? value : '';
  };
  const id = params.get('id') ?? '';
  return {
    kind: params.get('kind') === 'partnership' ? 'partnership' : 'organisation',
    id: UUID.test(id) ? id : '',
    type,
    period:
      type === 'custom'
        ? ''
        : named && named.kind === type
          ? named.label
          : (fallback?.label ?? (type === 'month' ? now.slice(0, 7) : now.slice(0, 4))),
    from: type === 'custom' ? date('from') : '',
    to: type === 'custom' ? date('to') : '',
  };
}

/** The period the API is asked for (`2026-Q3`, `2026-01-05..2026-02-10`); null: no valid range yet. */
export function mirrorPeriod(filters: MirrorFilters): string | null {
  if (filters.type !== 'custom') return filters.period;
  const range = filters.from && filters.to ? rangePeriod(filters.from, filters.to) : undefined;
  return range ? range.label : null;
}

export function mirrorUrl(filters: Partial<MirrorFilters>): string {
  const params = new URLSearchParams();
  if (filters.kind) params.set('kind', filters.kind);
  if (filters.id) params.set('id', filters.id);
  if (filters.type) params.set('type', filters.type);
  if (filters.type !== 'custom' && filters.period) params.set('period', filters.period);
  if (filters.type === 'custom') {
    if (filters.from) params.set('from', filters.from);
    if (filters.to) params.set('to', filters.to);
  }
  const query = params.toString();
  return query ? `${MIRROR_URL}?${query}` : MIRROR_URL;
}
