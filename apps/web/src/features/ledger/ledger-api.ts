import { API_BASE, apiQuery } from '../../api/client';
import type { components } from '../../api/schema.gen';

type Schemas = components['schemas'];

export type LedgerBalance = Schemas['LedgerBalanceDto'];
export type LedgerPair = Schemas['LedgerPairDto'];
export type LedgerPairTasks = Schemas['LedgerPairTasksDto'];
export type LedgerPairTask = Schemas['LedgerPairTaskDto'];

/** Enough for every pair of a network of this size; the page says so when there are more. */
export const LEDGER_PAGE_SIZE = 100;
export const PAIR_TASKS_PAGE_SIZE = 20;

interface Scope {
  from?: string;
  to?: string;
  partnershipId?: string;
}

const scope = ({ from, to, partnershipId }: Scope) => ({
  ...(from ? { from } : {}),
  ...(to ? { to } : {}),
  ...(partnershipId ? { partnershipId } : {}),
});

export const balancesQuery = (filters: Scope & { organisationId?: string }) =>
  apiQuery('/ledger/balances', {
    params: {
      query: {
        ...scope(filters),
        ...(filters.organisationId ? { organisationId: filters.organisationId } : {}),
        pageSize: LEDGER_PAGE_SIZE,
      },
    },
  });

export const matrixQuery = (filters: Scope) =>
  apiQuery('/ledger/matrix', { params: { query: { ...scope(filters), pageSize: LEDGER_PAGE_SIZE } } });

export const pairTasksQuery = (giving: string, receiving: string, filters: Scope & { page: number }) =>
  apiQuery('/ledger/pairs/{givingOrganisationId}/{receivingOrganisationId}/tasks', {
    params: {
      path: { givingOrganisationId: giving, receivingOrganisationId: receiving },
      query: { ...scope(filters), page: filters.page, pageSize: PAIR_TASKS_PAGE_SIZE },
    },
  });

export const partnershipQuery = (id: string) => apiQuery('/partnerships/{id}', { params: { path: { id } } });

export type CsvDelimiter = 'semicolon' | 'comma';

/** The settlement download: a plain link, so the browser saves the file the API names. */
export function settlementUrl(
  partnershipId: string,
  period: { label?: string; from?: string; to?: string },
  delimiter: CsvDelimiter,
): string {
  const params = new URLSearchParams({ partnershipId });
  if (period.label) params.set('period', period.label);
  params.set('delimiter', delimiter);
  return `${API_BASE}/ledger/settlement?${params.toString()}`;
}
