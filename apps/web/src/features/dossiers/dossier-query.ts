import { DOSSIER_STATUSES, type DossierStatus } from '@klussenbank/domain';
import type { DossierListQuery } from './dossier-api';

/** What the API shows when no status is asked for: the dossiers one can still join. */
export const DEFAULT_DOSSIER_STATUSES: readonly DossierStatus[] = ['exploring', 'active'];
export const DOSSIER_PAGE_SIZE = 20;

/** A search on the dossier list. The URL holds it with the API's own parameter names. */
export interface DossierQuery {
  q: string;
  partnershipId: string;
  /** Empty: the API's default (exploring and active). */
  statuses: DossierStatus[];
  skill: string;
  mine: boolean;
  page: number;
}

function statuses(params: URLSearchParams): DossierStatus[] {
  const asked = params
    .getAll('status')
    .flatMap((value) => value.split(','))
    .map((value) => value.trim());
  const known = DOSSIER_STATUSES.filter((status) => asked.includes(status));
  const isDefault =
    known.length === DEFAULT_DOSSIER_STATUSES.length &&
    DEFAULT_DOSSIER_STATUSES.every((status) => known.includes(status));
  return isDefault ? [] : known;
}

/** Reads a query string leniently: whatever is unknown or malformed falls back to its default. */
export function parseDossierQuery(params: URLSearchParams): DossierQuery {
  const text = (name: string, max: number) => (params.get(name) ?? '').trim().slice(0, max);
  const page = Number(params.get('page'));
  return {
    q: text('q', 200),
    partnershipId: text('partnershipId', 64),
    statuses: statuses(params),
    skill: text('skill', 80),
    mine: params.get('mine') === 'true',
    page: Number.isInteger(page) && page > 1 ? page : 1,
  };
}

/** How many filters the URL sets ("Filters (2)"); the words are no filter. */
export function activeDossierFilterCount(query: DossierQuery): number {
  return [query.partnershipId, query.statuses.length > 0, query.skill, query.mine].filter(Boolean).length;
}

/** The canonical query string: defaults left out, so equal searches have equal URLs. */
export function toDossierSearchParams(query: DossierQuery): URLSearchParams {
  const params = new URLSearchParams();
  if (query.q) params.set('q', query.q);
  if (query.partnershipId) params.set('partnershipId', query.partnershipId);
  // Repeated, as the API takes it.
  for (const status of query.statuses) params.append('status', status);
  if (query.skill) params.set('skill', query.skill);
  if (query.mine) params.set('mine', 'true');
  if (query.page > 1) params.set('page', String(query.page));
  return params;
}

/** The parameters of GET /dossiers for one page of the search; defaults left out, as in the URL. */
export function toDossierApiQuery(query: DossierQuery): DossierListQuery {
  return {
    q: query.q || undefined,
    partnershipId: query.partnershipId || undefined,
    status: query.statuses.length > 0 ? query.statuses : undefined,
    skill: query.skill || undefined,
    mine: query.mine || undefined,
    page: query.page > 1 ? query.page : undefined,
    pageSize: DOSSIER_PAGE_SIZE,
  };
}
