import {
  isCalendarDate,
  type LedgerPeriod,
  type LedgerPeriodKind,
  parseLedgerPeriod,
  periodContaining,
  previousPeriod,
  rangePeriod,
} from '@klussenbank/domain';

import { LEDGER_URL } from './ledger-url';

export { canSeeLedger, LEDGER_URL } from './ledger-url';

/** What the page shows, all of it in the URL so a view can be shared and reloaded. */
export interface LedgerFilters {
  type: LedgerPeriodKind;
  /** The chosen month, quarter or year (`2026-09`, `2026-Q3`, `2026`); unused for a custom range. */
  period: string;
  from: string;
  to: string;
  partnershipId: string;
  organisationId: string;
  /** The matrix cell opened: its row (giving) and column (receiving). */
  giving: string;
  receiving: string;
  page: number;
}

const KINDS: readonly LedgerPeriodKind[] = ['month', 'quarter', 'year', 'custom'];
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Today in the Netherlands, `YYYY-MM-DD`. */
export const today = (): string =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date());

/** The filters in a URL, with what is missing or wrong replaced by the default: this year. */
export function parseLedgerFilters(params: URLSearchParams, now = today()): LedgerFilters {
  const rawType = params.get('type') as LedgerPeriodKind | null;
  const type = rawType && KINDS.includes(rawType) ? rawType : 'year';
  const period = params.get('period') ?? '';
  const named = type === 'custom' ? undefined : parseLedgerPeriod(period);
  const id = (name: string) => {
    const value = params.get(name) ?? '';
    return UUID.test(value) ? value : '';
  };
  const date = (name: string) => {
    const value = params.get(name) ?? '';
    return isCalendarDate(value) ? value : '';
  };
  const page = Number(params.get('page'));
  return {
    type,
    period:
      type === 'custom' ? '' : named && named.kind === type ? named.label : periodContaining(type, now).label,
    from: type === 'custom' ? date('from') : '',
    to: type === 'custom' ? date('to') : '',
    partnershipId: id('partnershipId'),
    organisationId: id('organisationId'),
    giving: id('giving'),
    receiving: id('receiving'),
    page: Number.isInteger(page) && page > 1 ? page : 1,
  };
}

/** The days the filters cover (open ends for a custom range without one of its days); null: end before start. */
export function filterPeriod(filters: LedgerFilters): { from?: string; to?: string; label?: string } | null {
  if (filters.type !== 'custom') {
    const period = parseLedgerPeriod(filters.period);
    return period ? { from: period.from, to: period.to, label: period.label } : {};
  }
  if (filters.from && filters.to) {
    const range = rangePeriod(filters.from, filters.to);
    return range ? { from: range.from, to: range.to, label: range.label } : null;
  }
  return { ...(filters.from ? { from: filters.from } : {}), ...(filters.to ? { to: filters.to } : {}) };
}

/** The URL of a view: only what differs from the defaults, in a fixed order. */
export function ledgerUrl(filters: Partial<LedgerFilters>): string {
  const params = new URLSearchParams();
  if (filters.type) params.set('type', filters.type);
  if (filters.type !== 'custom' && filters.period) params.set('period', filters.period);
  if (filters.type === 'custom') {
    if (filters.from) params.set('from', filters.from);
    if (filters.to) params.set('to', filters.to);
  }
  if (filters.partnershipId) params.set('partnershipId', filters.partnershipId);
  if (filters.organisationId) params.set('organisationId', filters.organisationId);
  if (filters.giving && filters.receiving) {
    params.set('giving', filters.giving);
    params.set('receiving', filters.receiving);
    if (filters.page && filters.page > 1) params.set('page', String(filters.page));
  }
  const query = params.toString();
  return query ? `${LEDGER_URL}?${query}` : LEDGER_URL;
}

/** The periods to choose from: this one and the ones before it (12 months, 8 quarters, 5 years). */
export function recentPeriods(type: Exclude<LedgerPeriodKind, 'custom'>, now = today()): LedgerPeriod[] {
  const count = { month: 12, quarter: 8, year: 5 }[type];
  const periods = [periodContaining(type, now)];
  while (periods.length < count) {
    const before = previousPeriod(periods[periods.length - 1]);
    if (!before) break;
    periods.push(before);
  }
  return periods;
}
