import { emailBelongsToDomains, normaliseDomain } from './organisations.js';
import { normaliseRoles, type Role } from './roles.js';
import { normaliseEmail } from './users.js';

/**
 * Roles an identity provider may hand out. Platform admin is never among them: an organisation's
 * identity provider must not be able to make someone an administrator of every organisation.
 */
export const SSO_MAPPABLE_ROLES = ['employee', 'manager', 'org-admin'] as const satisfies readonly Role[];
export type SsoMappableRole = (typeof SSO_MAPPABLE_ROLES)[number];

export interface RoleMappingEntry {
  readonly claimValue: string;
  readonly role: SsoMappableRole;
}

/** How many value → role lines one provider may have. */
export const ROLE_MAPPING_MAX = 50;

/** Claim names as providers use them: `roles`, `groups`, `https://example.org/roles`, `realm_access.roles`. */
export function isClaimName(name: string): boolean {
  return /^[\x21-\x7e]{1,200}$/.test(name);
}

/**
 * Where an issuer may live: https, or http only outside production (a provider the tests or a
 * developer start on localhost). No query or fragment (OpenID Connect Discovery 1.0, §4).
 */
export type IssuerProblem = 'not-a-url' | 'https-required' | 'query-or-fragment';

export function issuerProblem(issuer: string, production: boolean): IssuerProblem | null {
  const match = /^([a-z][a-z0-9+.-]*):\/\/([^/?#\s]+)([^\s]*)$/i.exec(issuer);
  if (!match) return 'not-a-url';
  const scheme = (match[1] ?? '').toLowerCase();
  if (scheme !== 'https' && (production || scheme !== 'http')) return 'https-required';
  if (/[?#]/.test(match[3] ?? '')) return 'query-or-fragment';
  return null;
}

/** A claim's value (a string, a list of strings, or a nested path `realm_access.roles`) as strings. */
export function claimValues(claims: Readonly<Record<string, unknown>>, name: string): string[] {
  let value: unknown = claims[name];
  if (value === undefined && name.includes('.')) {
    value = name
      .split('.')
      .reduce<unknown>(
        (node, part) =>
          node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined,
        claims,
      );
  }
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.filter((item): item is string => typeof item === 'string');
  return [];
}

/**
 * The roles a person holds after signing in through a provider. Without a roles claim configured,
 * a new person is an employee and a known person keeps the roles given in Klussenbank. With one,
 * the mapped values decide (employee always included), except that a platform admin stays one:
 * that role is given in Klussenbank only, never by a provider.
 */
export function rolesAfterSso(input: {
  readonly rolesClaim: string | null;
  readonly mapping: readonly RoleMappingEntry[];
  readonly claims: Readonly<Record<string, unknown>>;
  readonly current: readonly Role[] | null;
}): Role[] {
  const kept: Role[] = input.current?.includes('platform-admin') ? ['platform-admin'] : [];
  if (!input.rolesClaim) return normaliseRoles(input.current ?? []);
  const values = new Set(claimValues(input.claims, input.rolesClaim));
  const mapped = input.mapping.filter((entry) => values.has(entry.claimValue)).map((entry) => entry.role);
  return normaliseRoles([...mapped, ...kept]);
}

/** The person a provider's ID token describes, as far as Klussenbank uses it. */
export interface SsoProfile {
  readonly email: string;
  readonly displayName: string;
}

export type SsoProfileProblem = 'email-missing' | 'email-domain-not-allowed';

/**
 * The e-mail and name from the ID token's claims. The e-mail must be there (it is how colleagues
 * reach the person) and, when the provider lists domains, on one of them; the name falls back to
 * the e-mail's local part.
 */
export function ssoProfile(
  claims: Readonly<Record<string, unknown>>,
  allowedDomains: readonly string[],
): SsoProfile | SsoProfileProblem {
  const raw = typeof claims['email'] === 'string' ? claims['email'] : '';
  const email = normaliseEmail(raw);
  if (!/^[^\s@]+@[^\s@]+$/.test(email)) return 'email-missing';
  if (!emailBelongsToDomains(email, allowedDomains.map(normaliseDomain))) return 'email-domain-not-allowed';
  const name = [claims['name'], [claims['given_name'], claims['family_name']].filter(Boolean).join(' ')]
    .find((value): value is string => typeof value === 'string' && value.trim() !== '')
    ?.trim()
    .replace(/\s+/g, ' ')
    .slice(0, 200);
  return { email, displayName: name ?? email.slice(0, email.indexOf('@')) };
}

/** What is known in Klussenbank when a provider vouches for someone. */
export interface SsoSituation {
  /** The person already linked to this issuer and subject. */
  readonly linked: { readonly deactivated: boolean } | null;
  /** The account that holds the token's e-mail, if any. */
  readonly sameEmail: {
    readonly organisationId: string;
    readonly hasPassword: boolean;
    readonly deactivated: boolean;
  } | null;
  /** The organisation that owns the provider. */
  readonly providerOrganisationId: string;
}

export type SsoDecision =
  | 'sign-in'
  | 'create'
  | 'prove-password'
  | 'account-deactivated'
  | 'email-in-other-organisation'
  | 'email-without-password';

/**
 * Who signs in. The key is the provider's (issuer, subject), never the e-mail alone: an e-mail that
 * already belongs to an account of the provider's organisation is linked only after its holder
 * proves that account's password once; an account of another organisation is never taken over.
 */
export function ssoDecision(situation: SsoSituation): SsoDecision {
  if (situation.linked) return situation.linked.deactivated ? 'account-deactivated' : 'sign-in';
  const existing = situation.sameEmail;
  if (!existing) return 'create';
  if (existing.organisationId !== situation.providerOrganisationId) return 'email-in-other-organisation';
  if (existing.deactivated) return 'account-deactivated';
  return existing.hasPassword ? 'prove-password' : 'email-without-password';
}

/** The domain of a typed work e-mail for home realm discovery, or null when it is no address. */
export function discoveryDomain(email: string): string | null {
  const normalised = normaliseEmail(email);
  const at = normalised.lastIndexOf('@');
  if (at <= 0 || at === normalised.length - 1) return null;
  return normaliseDomain(normalised.slice(at + 1));
}

/**
 * An organisation switches password login off only while single sign-on can take its place (an
 * enabled identity provider), so switching off never locks everybody out.
 */
export const canSwitchOffPasswordLogin = (enabledProviders: number): boolean => enabledProviders > 0;

/**
 * Whether a person may sign in with a password: when their organisation allows it, and always for
 * a platform admin (break-glass: the way in when single sign-on fails).
 */
export function mayUsePasswordLogin(
  person: { readonly roles: readonly Role[] },
  organisationAllows: boolean,
): boolean {
  return organisationAllows || person.roles.includes('platform-admin');
}
