import {
  LOCATION_TYPES,
  type LocationType,
  TASK_LIMITS,
  TASK_STATUSES,
  type TaskStatus,
} from '@klussenbank/domain';
import { parseDecimal } from '../../shared/numbers';
import type { TaskListQuery } from '../tasks/task-api';

export const TASK_SORTS = ['relevance', 'newest', 'endDate'] as const;
export type TaskSort = (typeof TASK_SORTS)[number];

/** What the API shows when no status is asked for. */
export const DEFAULT_STATUSES: readonly TaskStatus[] = ['open', 'full'];
/** Others' drafts are never visible, so browsing by draft makes no sense. */
export const BROWSABLE_STATUSES = TASK_STATUSES.filter((status) => status !== 'draft');
export const PAGE_SIZE = 20;

/** A search on the browse page. The URL holds it with the API's own parameter names. */
export interface BrowseQuery {
  q: string;
  skill: string;
  organisationId: string;
  partnershipId: string;
  /** Empty: the API's default (open and full). */
  statuses: TaskStatus[];
  minHours: string;
  maxHours: string;
  from: string;
  to: string;
  location: LocationType | '';
  learningSuitable: boolean;
  hasPlaces: boolean;
  /** Empty: relevance when searching for words, newest otherwise. */
  sort: TaskSort | '';
  page: number;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const HOURS = /^\d+([.,]\d+)?$/;

const isOneOf = <T extends string>(options: readonly T[], value: string | null): value is T =>
  value !== null && (options as readonly string[]).includes(value);

function hours(value: string | null): string {
  const trimmed = value?.trim() ?? '';
  if (!HOURS.test(trimmed)) return '';
  const number = parseDecimal(trimmed);
  return number <= TASK_LIMITS.hoursMax ? String(number) : '';
}

function statuses(params: URLSearchParams): TaskStatus[] {
  const asked = params
    .getAll('status')
    .flatMap((value) => value.split(','))
    .map((value) => value.trim());
  const known = TASK_STATUSES.filter((status) => asked.includes(status));
  const isDefault =
    known.length === DEFAULT_STATUSES.length && DEFAULT_STATUSES.every((status) => known.includes(status));
  return isDefault ? [] : known;
}

/** Reads a query string leniently: whatever is unknown or malformed falls back to its default. */
export function parseBrowseQuery(params: URLSearchParams): BrowseQuery {
  const text = (name: string, max: number) => (params.get(name) ?? '').trim().slice(0, max);
  const date = (name: string) => {
    const value = params.get(name) ?? '';
    return DATE.test(value) ? value : '';
  };
  const location = params.get('location');
  const sort = params.get('sort');
  const q = text('q', 200);
  const page = Number(params.get('page'));
  return {
    q,
    skill: text('skill', 80),
    organisationId: text('organisationId', 64),
    partnershipId: text('partnershipId', 64),
    statuses: statuses(params),
    minHours: hours(params.get('minHours')),
    maxHours: hours(params.get('maxHours')),
    from: date('from'),
    to: date('to'),
    location: isOneOf(LOCATION_TYPES, location) ? location : '',
    learningSuitable: params.get('learningSuitable') === 'true',
    hasPlaces: params.get('hasPlaces') === 'true',
    // Relevance needs words to be relevant to.
    sort: isOneOf(TASK_SORTS, sort) && !(sort === 'relevance' && !q) ? sort : '',
    page: Number.isInteger(page) && page > 1 ? page : 1,
  };
}

/** How many filters the URL sets ("Filters (2)"): the words and the order are no filters; a range counts once. */
export function activeFilterCount(query: BrowseQuery): number {
  return [
    query.skill,
    query.organisationId,
    query.partnershipId,
    query.statuses.length > 0,
    query.minHours || query.maxHours,
    query.from || query.to,
    query.location,
    query.learningSuitable,
    query.hasPlaces,
  ].filter(Boolean).length;
}

export const defaultSort = (query: Pick<BrowseQuery, 'q'>): TaskSort => (query.q ? 'relevance' : 'newest');

/** The canonical query string: defaults left out, so equal searches have equal URLs. */
export function toSearchParams(query: BrowseQuery): URLSearchParams {
  const params = new URLSearchParams();
  const put = (name: string, value: string) => {
    if (value) params.set(name, value);
  };
  put('q', query.q);
  put('skill', query.skill);
  put('organisationId', query.organisationId);
  put('partnershipId', query.partnershipId);
  put('status', query.statuses.join(','));
  put('minHours', query.minHours);
  put('maxHours', query.maxHours);
  put('from', query.from);
  put('to', query.to);
  put('location', query.location);
  if (query.learningSuitable) params.set('learningSuitable', 'true');
  if (query.hasPlaces) params.set('hasPlaces', 'true');
  if (query.sort && query.sort !== defaultSort(query)) params.set('sort', query.sort);
  if (query.page > 1) params.set('page', String(query.page));
  return params;
}

/** The parameters of GET /tasks for one page of the search; defaults left out, as in the URL. */
export function toApiQuery(query: BrowseQuery): TaskListQuery {
  const put = (value: string) => value || undefined;
  return {
    q: put(query.q),
    skill: put(query.skill),
    organisationId: put(query.organisationId),
    partnershipId: put(query.partnershipId),
    status: query.statuses.length > 0 ? query.statuses : undefined,
    minHours: put(query.minHours) === undefined ? undefined : Number(query.minHours),
    maxHours: put(query.maxHours) === undefined ? undefined : Number(query.maxHours),
    from: put(query.from),
    to: put(query.to),
    location: query.location || undefined,
    learningSuitable: query.learningSuitable || undefined,
    hasPlaces: query.hasPlaces || undefined,
    sort: query.sort && query.sort !== defaultSort(query) ? query.sort : undefined,
    page: query.page > 1 ? query.page : undefined,
    pageSize: PAGE_SIZE,
  };
}

export type BrowseField = 'minHours' | 'maxHours' | 'to';
export type BrowseErrorKey = 'hoursInvalid' | 'hoursTooMany' | 'maxBelowMin' | 'toBeforeFrom';
export type BrowseErrors = Partial<Record<BrowseField, BrowseErrorKey>>;

/** The filter form as typed: catches what the API would refuse, before the URL changes. */
export function validateFilters(form: URLSearchParams): BrowseErrors {
  const errors: BrowseErrors = {};
  const read = (name: 'minHours' | 'maxHours') => {
    const value = form.get(name)?.trim() ?? '';
    if (value === '') return undefined;
    if (!HOURS.test(value)) {
      errors[name] = 'hoursInvalid';
      return undefined;
    }
    const number = parseDecimal(value);
    if (number > TASK_LIMITS.hoursMax) errors[name] = 'hoursTooMany';
    return number;
  };
  const min = read('minHours');
  const max = read('maxHours');
  if (min !== undefined && max !== undefined && !errors.maxHours && max < min)
    errors.maxHours = 'maxBelowMin';
  const from = form.get('from') ?? '';
  const to = form.get('to') ?? '';
  if (DATE.test(from) && DATE.test(to) && to < from) errors.to = 'toBeforeFrom';
  return errors;
}
