import { API_BASE, apiQuery } from '../../api/client';
import type { components } from '../../api/schema.gen';

type Schemas = components['schemas'];

export type MirrorReport = Schemas['MirrorReportDto'];
export type MirrorFigure = Schemas['MirrorFigureDto'];
export type MirrorTable =
  'figures' | 'hours' | 'matrix' | 'skills' | 'functions' | 'evaluations' | 'dossier-teams';
export type MirrorScopeKind = 'organisation' | 'partnership';

export const mirrorQuery = (kind: MirrorScopeKind, id: string, period: string) =>
  kind === 'organisation'
    ? apiQuery('/reports/organisations/{organisationId}', {
        params: { path: { organisationId: id }, query: { period } },
      })
    : apiQuery('/reports/partnerships/{partnershipId}', {
        params: { path: { partnershipId: id }, query: { period } },
      });

/** A table as CSV: a plain link, so the browser saves the file the API names. */
export function mirrorCsvUrl(kind: MirrorScopeKind, id: string, period: string, table: MirrorTable): string {
  const params = new URLSearchParams({ period, table, delimiter: 'semicolon' });
  return `${API_BASE}/reports/${kind === 'organisation' ? 'organisations' : 'partnerships'}/${id}/csv?${params.toString()}`;
}
