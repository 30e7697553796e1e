import { API_BASE, api, apiQuery, unwrap } from '../../api/client';
import type { components } from '../../api/schema.gen';

type Schemas = components['schemas'];
export type Person = Schemas['UserSummaryDto'];
export type Partnership = Schemas['PartnershipDto'];
export type MemberImpact = Schemas['PartnershipMemberImpactDto'];
export type Organisation = Schemas['OrganisationDto'];
export type SkillMerge = Schemas['SkillMergeDto'];
export type SkillImportReport = Schemas['SkillImportReportDto'];
export type OrganisationKind = Organisation['kind'];

export const PEOPLE_PAGE_SIZE = 20;

export const peopleQuery = (filter: { organisationId: string; q: string; page: number }) =>
  apiQuery('/users', {
    params: {
      query: {
        organisationId: filter.organisationId,
        page: filter.page,
        pageSize: PEOPLE_PAGE_SIZE,
        ...(filter.q ? { q: filter.q } : {}),
      },
    },
  });

/** Line managers are chosen among the organisation's managers. */
export const managersQuery = (organisationId: string) =>
  apiQuery('/users', { params: { query: { organisationId, role: 'manager', pageSize: 100 } } });

export const organisationsQuery = (page = 1, pageSize = 100) =>
  apiQuery('/organisations', { params: { query: { page, pageSize } } });

export const partnershipsQuery = (page: number) =>
  apiQuery('/partnerships', { params: { query: { page, pageSize: 20 } } });

export const partnershipQuery = (id: string) => apiQuery('/partnerships/{id}', { params: { path: { id } } });

export function updatePerson(
  id: string,
  body: { roles?: Person['roles']; lineManagerId?: string | null },
): Promise<Person> {
  return unwrap(api.PATCH('/users/{id}', { params: { path: { id } }, body }));
}

export function deactivatePerson(id: string): Promise<Person> {
  return unwrap(api.POST('/users/{id}/deactivation', { params: { path: { id } } }));
}

export function reactivatePerson(id: string): Promise<Person> {
  return unwrap(api.POST('/users/{id}/reactivation', { params: { path: { id } } }));
}

export function createOrganisation(body: { name: string; kind: OrganisationKind }): Promise<Organisation> {
  return unwrap(api.POST('/organisations', { body }));
}

export function createPartnership(body: { name: string; description?: string }): Promise<Partnership> {
  return unwrap(api.POST('/partnerships', { body: { ...body, organisationIds: [] } }));
}

export function memberImpact(partnershipId: string, organisationId: string): Promise<MemberImpact> {
  return unwrap(
    api.GET('/partnerships/{id}/organisations/{organisationId}/impact', {
      params: { path: { id: partnershipId, organisationId } },
    }),
  );
}

export async function addMember(partnershipId: string, organisationId: string): Promise<void> {
  await api.PUT('/partnerships/{id}/organisations/{organisationId}', {
    params: { path: { id: partnershipId, organisationId } },
  });
}

export async function removeMember(partnershipId: string, organisationId: string): Promise<void> {
  await api.DELETE('/partnerships/{id}/organisations/{organisationId}', {
    params: { path: { id: partnershipId, organisationId } },
  });
}

export const skillSearchQuery = (q: string) =>
  apiQuery('/skills', { params: { query: { q, pageSize: 10 } } });

export function previewSkillMerge(sourceId: string, targetId: string): Promise<SkillMerge> {
  return unwrap(
    api.GET('/skills/{id}/merge-preview', { params: { path: { id: sourceId }, query: { targetId } } }),
  );
}

export function mergeSkill(sourceId: string, targetId: string): Promise<SkillMerge> {
  return unwrap(api.POST('/skills/{id}/merges', { params: { path: { id: sourceId } }, body: { targetId } }));
}

/** The ESCO CSV as multipart: the field lang before the file, as the API asks. */
export function importSkills(lang: 'nl' | 'en', file: File): Promise<SkillImportReport> {
  const form = new FormData();
  form.append('lang', lang);
  form.append('file', file);
  // openapi-fetch sends a FormData as it is; the browser writes the multipart boundary.
  return unwrap(api.POST('/skill-imports', { body: form as never }));
}

export type PeopleImportPreview = Schemas['PeopleImportPreviewDto'];
export type PeopleImportRow = Schemas['PeopleImportRowDto'];
export type PeopleImportResult = Schemas['PeopleImportResultDto'];

/** What the CSV would do to the organisation's people; nothing is written. */
export function previewPeopleImport(organisationId: string, csv: string): Promise<PeopleImportPreview> {
  return unwrap(
    api.POST('/organisations/{id}/people-imports/preview', {
      params: { path: { id: organisationId } },
      body: { csv },
    }),
  );
}

export function applyPeopleImport(
  organisationId: string,
  body: { csv: string; deactivateMissing: boolean; sendInvitations: boolean },
): Promise<PeopleImportResult> {
  return unwrap(
    api.POST('/organisations/{id}/people-imports', { params: { path: { id: organisationId } }, body }),
  );
}
export type AuditEvent = Schemas['AuditEventDto'];
export type AuditAction = AuditEvent['action'];
export const AUDIT_PAGE_SIZE = 25;

export interface AuditFilter {
  action?: AuditAction;
  actorId?: string;
  objectId?: string;
  from?: string;
  to?: string;
  organisationId?: string;
}

const auditParams = (filter: AuditFilter) =>
  Object.fromEntries(Object.entries(filter).filter(([, value]) => Boolean(value))) as AuditFilter;

export const auditEventsQuery = (filter: AuditFilter, page: number) => {
  const { action, ...rest } = auditParams(filter);
  return apiQuery('/audit-events', {
    params: { query: { ...rest, ...(action ? { action: [action] } : {}), page, pageSize: AUDIT_PAGE_SIZE } },
  });
};

/** The CSV download of the same filters (a plain link: the browser sends the session cookie). */
export const auditExportUrl = (filter: AuditFilter) => {
  const search = new URLSearchParams(auditParams(filter) as Record<string, string>).toString();
  return `${API_BASE}/audit-events/export${search ? `?${search}` : ''}`;
};
