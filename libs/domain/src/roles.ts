/** What a person may do in Klussenbank. Everybody is an employee; the other roles add to that. */
export const ROLES = ['employee', 'manager', 'org-admin', 'platform-admin'] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/**
 * A manager is also an employee and may take klussen elsewhere, so every user holds
 * `employee`; duplicates go and the order is the canonical one, so stored roles compare equal.
 */
export function normaliseRoles(roles: readonly Role[]): Role[] {
  const wanted = new Set<Role>(['employee', ...roles]);
  return ROLES.filter((role) => wanted.has(role));
}

export interface Actor {
  readonly id: string;
  readonly organisationId: string;
  readonly roles: readonly Role[];
}

export function hasRole(actor: Actor, role: Role): boolean {
  return actor.roles.includes(role);
}

export const isPlatformAdmin = (actor: Actor): boolean => hasRole(actor, 'platform-admin');

/** Organisation admins run their own organisation; platform admins run every organisation. */
export function canAdministerOrganisation(actor: Actor, organisationId: string): boolean {
  return isPlatformAdmin(actor) || (hasRole(actor, 'org-admin') && actor.organisationId === organisationId);
}

/** Roles an actor may hand out: nobody but a platform admin creates another platform admin. */
export function canGrantRoles(actor: Actor, organisationId: string, roles: readonly Role[]): boolean {
  if (!canAdministerOrganisation(actor, organisationId)) return false;
  return isPlatformAdmin(actor) || !roles.includes('platform-admin');
}
