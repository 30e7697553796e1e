/** The web client's addresses of the "Beheer" pages, and who may open them (the API's rules). */
export const ADMIN_URL = '/beheer';
export const ADMIN_PEOPLE_URL = '/beheer/mensen';
export const ADMIN_ORGANISATION_URL = '/beheer/organisatie';
export const ADMIN_PARTNERSHIPS_URL = '/beheer/samenwerkingsverbanden';
export const ADMIN_ORGANISATIONS_URL = '/beheer/organisaties';
export const ADMIN_SKILLS_URL = '/beheer/vaardigheden';
export const ADMIN_AUDIT_URL = '/beheer/auditlog';
/** Bull Board, served by the API itself (not a route of this client). */
export const QUEUE_DASHBOARD_URL = '/admin/queues';

/** Org-admins (their own organisation) and platform admins (everything). */
export const canOpenAdmin = (roles: readonly string[]) =>
  roles.includes('org-admin') || roles.includes('platform-admin');

export const isPlatformAdmin = (roles: readonly string[]) => roles.includes('platform-admin');

export const adminPeopleUrl = ({
  q,
  page,
  organisationId,
}: {
  q?: string;
  page?: number;
  organisationId?: string;
}) => {
  const params = new URLSearchParams();
  if (organisationId) params.set('organisatie', organisationId);
  if (q) params.set('zoek', q);
  if (page && page > 1) params.set('pagina', String(page));
  const search = params.toString();
  return search ? `${ADMIN_PEOPLE_URL}?${search}` : ADMIN_PEOPLE_URL;
};
