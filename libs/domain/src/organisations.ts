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
