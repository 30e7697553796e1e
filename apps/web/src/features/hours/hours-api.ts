import { api, apiQuery, unwrap } from '../../api/client';
import type { components } from '../../api/schema.gen';

type Schemas = components['schemas'];

export type LedgerEntry = Schemas['LedgerEntryDto'];
export type TaskHoursEntry = Schemas['TaskHoursEntryDto'];
export type LedgerDispute = Schemas['LedgerDisputeDto'];
export type EntryState = LedgerEntry['state'];

export { DISPUTES_URL } from './hours-url';

/** My entries, newest first; enough to find the current one of each klus on "Mijn klussen". */
export const myHoursQuery = () => apiQuery('/me/hours', { params: { query: { pageSize: 100 } } });

export const taskHoursQuery = (taskId: string) =>
  apiQuery('/tasks/{id}/hours', { params: { path: { id: taskId } } });

export const disputesQuery = (status: 'open' | 'settled', page: number) =>
  apiQuery('/ledger/disputes', { params: { query: { status, page } } });

const entryPath = (id: string) => ({ params: { path: { id } } });

export function confirmHours(entryId: string): Promise<LedgerEntry> {
  return unwrap(api.POST('/ledger/entries/{id}/confirmation', entryPath(entryId)));
}

export function correctHours(entryId: string, hours: number, reason: string): Promise<LedgerEntry> {
  return unwrap(
    api.POST('/ledger/entries/{id}/correction', { ...entryPath(entryId), body: { hours, reason } }),
  );
}

export function acceptCorrection(entryId: string): Promise<TaskHoursEntry> {
  return unwrap(api.POST('/ledger/entries/{id}/acceptance', entryPath(entryId)));
}

export function disputeCorrection(entryId: string, reason: string): Promise<LedgerDispute> {
  return unwrap(api.POST('/ledger/entries/{id}/dispute', { ...entryPath(entryId), body: { reason } }));
}

export function settleDispute(disputeId: string, hours: number, note: string): Promise<LedgerDispute> {
  return unwrap(
    api.POST('/ledger/disputes/{id}/settlement', { ...entryPath(disputeId), body: { hours, note } }),
  );
}

/**
 * The entry that holds a participant's hours on a klus now: neither a reversal nor reversed
 * (a corrected entry has been replaced by the correction).
 */
export function currentEntries<T extends LedgerEntry>(entries: readonly T[]): T[] {
  return entries.filter((e) => e.kind !== 'reversal' && e.state !== 'corrected');
}
