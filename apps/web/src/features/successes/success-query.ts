import type { SuccessListQuery } from './success-api';
import { SUCCESS_PAGE_SIZE } from './success-api';

/** The wall's filters as they stand in the address: `?organisatie=…&samenwerkingsverband=…&dossier=…&vaardigheid=…&pagina=2`. */
export interface SuccessQuery {
  organisationId: string;
  partnershipId: string;
  dossierId: string;
  skillId: string;
  page: number;
}

const PARAMS = {
  organisationId: 'organisatie',
  partnershipId: 'samenwerkingsverband',
  dossierId: 'dossier',
  skillId: 'vaardigheid',
} as const;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const id = (value: string | null) => (value && UUID.test(value) ? value : '');

export function parseSuccessQuery(params: URLSearchParams): SuccessQuery {
  const page = Number(params.get('pagina'));
  return {
    organisationId: id(params.get(PARAMS.organisationId)),
    partnershipId: id(params.get(PARAMS.partnershipId)),
    dossierId: id(params.get(PARAMS.dossierId)),
    skillId: id(params.get(PARAMS.skillId)),
    page: Number.isInteger(page) && page > 1 ? page : 1,
  };
}

export function toSuccessSearchParams(query: SuccessQuery): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, name] of Object.entries(PARAMS) as [keyof typeof PARAMS, string][]) {
    if (query[key]) params.set(name, query[key]);
  }
  if (query.page > 1) params.set('pagina', String(query.page));
  return params;
}

export function toSuccessApiQuery(query: SuccessQuery): SuccessListQuery {
  return {
    page: query.page,
    pageSize: SUCCESS_PAGE_SIZE,
    ...(query.organisationId ? { organisationId: query.organisationId } : {}),
    ...(query.partnershipId ? { partnershipId: query.partnershipId } : {}),
    ...(query.dossierId ? { dossierId: query.dossierId } : {}),
    ...(query.skillId ? { skillId: query.skillId } : {}),
  };
}
