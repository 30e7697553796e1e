/** Municipalities, their shared service centres and the joint bodies they run together. */
export const ORGANISATION_KINDS = ['municipality', 'shared-service-centre', 'joint-body'] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

export const NAME_MAX_LENGTH = 120;

export interface PartnershipMembership {
  readonly organisationId: string;
  readonly partnershipId: string;
}

/** The partnerships an organisation belongs to (zero or more). */
export function partnershipsOf(
  organisationId: string,
  memberships: readonly PartnershipMembership[],
): Set<string> {
  return new Set(memberships.filter((m) => m.organisationId === organisationId).map((m) => m.partnershipId));
}

/**
 * Organisations that share at least one partnership with the given one, itself excluded.
 * Partners are equals: the relation is symmetric by construction.
 */
export function partnersOf(
  organisationId: string,
  memberships: readonly PartnershipMembership[],
): Set<string> {
  const own = partnershipsOf(organisationId, memberships);
  const partners = new Set<string>();
  for (const m of memberships) {
    if (m.organisationId !== organisationId && own.has(m.partnershipId)) partners.add(m.organisationId);
  }
  return partners;
}

export function arePartners(a: string, b: string, memberships: readonly PartnershipMembership[]): boolean {
  return a !== b && partnersOf(a, memberships).has(b);
}

/** Trims and folds inner whitespace so that "Gemeente  Oss " and "Gemeente Oss" are one name. */
export function normaliseName(name: string): string {
  return name.trim().replace(/\s+/g, ' ');
}

/** A URL-safe identifier made from a Dutch name: "'s-Hertogenbosch" → "s-hertogenbosch". */
export function slugify(name: string): string {
  return normaliseName(name)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** How many e-mail domains one organisation may list. */
export const EMAIL_DOMAINS_MAX = 20;

// Labels of letters, digits and hyphens (not at either end), at least two of them, the last one
// (the top-level domain) letters only or punycode; 253 characters in all, as in DNS.
const DOMAIN_LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;
const TOP_LEVEL = /^([a-z]{2,63}|xn--[a-z0-9-]{1,59})$/;

/** A domain name as an organisation lists it: trimmed and in lower case ("Oss.NL " → "oss.nl"). */
export function normaliseDomain(domain: string): string {
  return domain.trim().toLowerCase();
}

/** Whether a (normalised) text is a domain name an e-mail address can end in: `gemeente.nl`, not `@gemeente.nl` or `nl`. */
export function isEmailDomain(domain: string): boolean {
  if (domain.length === 0 || domain.length > 253) return false;
  const labels = domain.split('.');
  const top = labels[labels.length - 1] ?? '';
  return labels.length >= 2 && labels.every((label) => DOMAIN_LABEL.test(label)) && TOP_LEVEL.test(top);
}

/**
 * Whether an e-mail address belongs to an organisation with these domains. The part after the last
 * `@` must equal one of them, case-insensitively; subdomains do not count (`oss.nl` does not admit
 * `x@afdeling.oss.nl`: an organisation lists every domain it uses). An organisation that lists no
 * domains accepts any address.
 */
export function emailBelongsToDomains(email: string, domains: readonly string[]): boolean {
  if (domains.length === 0) return true;
  const at = email.lastIndexOf('@');
  if (at < 0) return false;
  const domain = normaliseDomain(email.slice(at + 1));
  return domains.some((allowed) => normaliseDomain(allowed) === domain);
}
