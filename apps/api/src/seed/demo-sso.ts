import { randomUUID } from 'node:crypto';
import { normaliseEmail, type Role, type RoleMappingEntry } from '@klussenbank/domain';
import type { DataSource } from 'typeorm';
import { sealSecret } from '../sso/secret-box.js';
import { DEMO_USERS, demoEmailDomain } from './demo-network.js';
import { type DemoPlace, municipalityName } from './vocabulary.js';

/**
 * The demo organisations that sign in through single sign-on under `npm start`: each has an identity
 * provider of its own, a development OpenID provider the launcher starts on this machine. Its group
 * claim carries the roles, as an Entra ID or Keycloak set up for Klussenbank would.
 */
export const DEMO_SSO_PLACES = ['Oss', 'Zeist'] as const satisfies readonly DemoPlace[];
export type DemoSsoPlace = (typeof DEMO_SSO_PLACES)[number];

export const DEMO_SSO_CLIENT_ID = 'klussenbank-ontwikkeling';
export const DEMO_SSO_GROUPS_CLAIM = 'groups';
export const DEMO_SSO_ROLE_MAPPING: readonly RoleMappingEntry[] = [
  { claimValue: 'klussenbank-managers', role: 'manager' },
  { claimValue: 'klussenbank-beheerders', role: 'org-admin' },
];

/** A development client secret per place: it only opens a provider on this machine. */
export const demoSsoClientSecret = (place: DemoSsoPlace): string => `ontwikkelgeheim-${place.toLowerCase()}`;

/** The group claim's values for a person with these roles (the reverse of the role mapping). */
export function demoGroupsFor(roles: readonly Role[]): string[] {
  return DEMO_SSO_ROLE_MAPPING.filter((entry) => roles.includes(entry.role)).map((entry) => entry.claimValue);
}

/** A person the development provider knows: the demo people of the place, by e-mail. */
export interface DemoSsoAccount {
  email: string;
  name: string;
  groups: string[];
}

export function demoSsoAccounts(place: DemoSsoPlace): DemoSsoAccount[] {
  return DEMO_USERS.filter((user) => user.organisation === municipalityName(place)).map((user) => ({
    email: user.email,
    name: user.displayName,
    groups: demoGroupsFor(user.roles),
  }));
}

/**
 * Who typed this login on the development provider's page: a known demo person, or anybody else
 * with an address on the place's domain (a first login then creates the account, just in time).
 * A login without `@` gets the domain added.
 */
export function demoSsoAccountFor(place: DemoSsoPlace, login: string): DemoSsoAccount | null {
  const domain = demoEmailDomain(municipalityName(place));
  const typed = normaliseEmail(login.includes('@') ? login : `${login}@${domain}`);
  if (!typed.endsWith(`@${domain}`) || typed.length <= domain.length + 1) return null;
  const known = demoSsoAccounts(place).find((account) => account.email === typed);
  if (known) return known;
  const name = typed
    .slice(0, typed.indexOf('@'))
    .split(/[._-]+/)
    .filter(Boolean)
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join(' ');
  return { email: typed, name: name || typed, groups: [] };
}

/**
 * Points each demo SSO organisation's provider at the development provider of this start (its
 * issuer carries the port it got). Run at every `npm start`; creates the row the first time.
 */
export async function registerDemoIdentityProviders(
  db: DataSource,
  secretKey: Buffer,
  issuers: ReadonlyMap<DemoSsoPlace, string>,
): Promise<void> {
  for (const [place, issuer] of issuers) {
    await db.transaction(async (tx) => {
      const [organisation] = await tx.query<{ id: string }[]>(
        `SELECT id FROM organisations WHERE name = $1`,
        [municipalityName(place)],
      );
      if (!organisation) return;
      const [existing] = await tx.query<{ id: string }[]>(
        `SELECT id FROM oidc_providers WHERE organisation_id = $1 AND client_id = $2`,
        [organisation.id, DEMO_SSO_CLIENT_ID],
      );
      const id = existing?.id ?? randomUUID();
      const sealed = sealSecret(secretKey, id, demoSsoClientSecret(place));
      if (existing) {
        await tx.query(
          `UPDATE oidc_providers SET issuer = $2, client_secret_encrypted = $3, secret_updated_at = now(),
                  updated_at = now() WHERE id = $1`,
          [id, issuer, sealed],
        );
        return;
      }
      await tx.query(
        `INSERT INTO oidc_providers (id, organisation_id, name, issuer, client_id, client_secret_encrypted,
                                     roles_claim, role_mapping)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
        [
          id,
          organisation.id,
          `${place} (ontwikkel-IdP van npm start)`,
          issuer,
          DEMO_SSO_CLIENT_ID,
          sealed,
          DEMO_SSO_GROUPS_CLAIM,
          JSON.stringify(DEMO_SSO_ROLE_MAPPING),
        ],
      );
    });
  }
}
