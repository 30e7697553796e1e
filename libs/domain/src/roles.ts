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

/** The "Beheer" pages are for the admins of an organisation and for platform admins. */
export function isAdmin(actor: Pick<Actor, 'roles'>): boolean {
  return actor.roles.includes('org-admin') || actor.roles.includes('platform-admin');
}

/** Why an actor may not change or (de)activate someone's account; null when they may. */
export type AccountChangeProblem = 'forbidden' | 'platform-admin-only' | 'self';

interface AccountHolder {
  readonly id: string;
  readonly organisationId: string;
  readonly roles: readonly Role[];
}

/**
 * Org-admins change the accounts of their own organisation, platform admins any account; only a
 * platform admin touches a platform admin's account or hands out that role.
 */
function accountProblem(actor: Actor, holder: AccountHolder): AccountChangeProblem | null {
  if (!canAdministerOrganisation(actor, holder.organisationId)) return 'forbidden';
  if (holder.roles.includes('platform-admin') && !isPlatformAdmin(actor)) return 'platform-admin-only';
  return null;
}

/**
 * Changing someone's roles. An admin never takes away their own admin role (nobody would be left to
 * give it back, and the page they are on would vanish under them).
 */
export function roleChangeProblem(
  actor: Actor,
  holder: AccountHolder,
  roles: readonly Role[],
): AccountChangeProblem | null {
  const problem = accountProblem(actor, holder);
  if (problem) return problem;
  if (!canGrantRoles(actor, holder.organisationId, roles)) return 'platform-admin-only';
  if (holder.id === actor.id) {
    const lost = holder.roles.filter((role) => !roles.includes(role));
    if (lost.includes('org-admin') || lost.includes('platform-admin')) return 'self';
  }
  return null;
}

/** Deactivating (or reactivating) an account; nobody deactivates themselves. */
export function deactivationProblem(actor: Actor, holder: AccountHolder): AccountChangeProblem | null {
  return accountProblem(actor, holder) ?? (holder.id === actor.id ? 'self' : null);
}

/**
 * Seeing or ending someone else's sessions: the same admins who change the account (an org-admin in
 * their own organisation, never a platform admin's; a platform admin anyone's). Their own sessions
 * they manage under "Mijn sessies" too, so `self` is no problem here.
 */
export function sessionsAdminProblem(actor: Actor, holder: AccountHolder): AccountChangeProblem | null {
  return accountProblem(actor, holder);
}
