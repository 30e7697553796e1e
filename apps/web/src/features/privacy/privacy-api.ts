import type { StatementKind } from '@klussenbank/domain';
import { api, apiQuery, unwrap } from '../../api/client';
import type { components } from '../../api/schema.gen';

type Schemas = components['schemas'];

/** One of my personal data exports: pending, ready (with its download URL) or expired. */
export type DataExport = Schemas['DataExportDto'];
export type Erasure = Schemas['ErasureDto'];
export type Statement = Schemas['StatementDto'];

export const dataExportsQuery = () => apiQuery('/me/data-exports');

export function requestDataExport(): Promise<DataExport> {
  return unwrap(api.POST('/me/data-exports'));
}

/** "Account verwijderen" by the person: their e-mail typed again, their password if they have one. */
export function eraseMyAccount(confirmation: string, password: string): Promise<Erasure> {
  return unwrap(api.DELETE('/me', { body: { confirmation, ...(password !== '' ? { password } : {}) } }));
}

/** "Account verwijderen" by an admin. */
export function eraseAccount(userId: string): Promise<Erasure> {
  return unwrap(api.POST('/users/{id}/erasure', { params: { path: { id: userId } } }));
}

export const statementQuery = (organisationId: string, kind: StatementKind) =>
  apiQuery('/organisations/{id}/statements/{kind}', { params: { path: { id: organisationId, kind } } });

export function saveStatement(
  organisationId: string,
  kind: StatementKind,
  markdown: string,
): Promise<Statement> {
  return unwrap(
    api.PUT('/organisations/{id}/statements/{kind}', {
      params: { path: { id: organisationId, kind } },
      body: { markdown },
    }),
  );
}
