import { randomBytes } from 'node:crypto';
import { hash } from '@node-rs/argon2';
import { normaliseRoles, type OrganisationKind, type Role } from '@klussenbank/domain';
import type { DataSource } from 'typeorm';
import {
  FIRST_NAMES,
  LAST_NAMES,
  ORGANISATION_PREFIX,
  PARTNERSHIP_PREFIX,
  PLACE_HEADS,
  PLACE_TAILS,
  REGIONS,
  SAMPLE_KLUS,
} from '../../src/seed/vocabulary.js';
import type { HttpClient } from './http-client.js';

export const TEST_PASSWORD = 'een-lang-testwachtwoord';
let passwordHash: Promise<string> | undefined;
const unique = () => randomBytes(3).toString('hex');
/** Default names come from the seed vocabulary, in turn; the random suffix keeps them unique. */
let serial = 0;
const nth = <T>(words: readonly T[], n: number): T => words[n % words.length];

/** Rows inserted the way the application stores them; no mocks, no shortcuts past the schema. */
export async function createOrganisation(
  db: DataSource,
  fields: { name?: string; kind?: OrganisationKind } = {},
): Promise<{ id: string; name: string }> {
  const n = serial++;
  const kind = fields.kind ?? 'municipality';
  const place = nth(PLACE_HEADS, n) + nth(PLACE_TAILS, n * 7);
  const name = fields.name ?? `${ORGANISATION_PREFIX[kind]} ${place} ${unique()}`;
  const [row] = await db.query<[{ id: string; name: string }]>(
    `INSERT INTO organisations (name, slug, kind) VALUES ($1, $2, $3) RETURNING id, name`,
    [name, name.toLowerCase().replace(/[^a-z0-9]+/g, '-'), kind],
  );
  return row;
}

export async function createPartnership(
  db: DataSource,
  organisationIds: string[],
  name = `${PARTNERSHIP_PREFIX.region} ${nth(REGIONS, serial++)} ${unique()}`,
) {
  const [row] = await db.query<[{ id: string; name: string }]>(
    `INSERT INTO partnerships (name, slug) VALUES ($1, $2) RETURNING id, name`,
    [name, name.toLowerCase().replace(/[^a-z0-9]+/g, '-')],
  );
  await db.query(
    `INSERT INTO partnership_members (partnership_id, organisation_id) SELECT $1, unnest($2::uuid[])`,
    [row.id, organisationIds],
  );
  return row;
}

export interface TestUser {
  id: string;
  email: string;
  organisationId: string;
  roles: Role[];
}

export async function createUser(
  db: DataSource,
  organisationId: string,
  roles: Role[] = ['employee'],
  fields: { email?: string; lineManagerId?: string } = {},
): Promise<TestUser> {
  passwordHash ??= hash(TEST_PASSWORD);
  const email = fields.email ?? `gebruiker-${unique()}@test.klussenbank.test`;
  const n = serial++;
  const displayName = `${nth(FIRST_NAMES, n)} ${nth(LAST_NAMES, n * 11)}`;
  const [row] = await db.query<[{ id: string }]>(
    `INSERT INTO users (organisation_id, email, display_name, password_hash, roles, line_manager_id)
     VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
    [
      organisationId,
      email,
      displayName,
      await passwordHash,
      normaliseRoles(roles),
      fields.lineManagerId ?? null,
    ],
  );
  return { id: row.id, email, organisationId, roles: normaliseRoles(roles) };
}

/**
 * A person created over HTTP has no password until they use the link in their mail; tests that
 * are about something else give them the test password directly.
 */
export async function giveTestPassword(db: DataSource, email: string): Promise<void> {
  passwordHash ??= hash(TEST_PASSWORD);
  await db.query(`UPDATE users SET password_hash = $2 WHERE email = $1`, [email, await passwordHash]);
}

/** A mail with a one-time password link (sent by the API itself, not a notification). */
export const isPasswordLinkMail = (mail: { messageId: string }): boolean =>
  mail.messageId.includes('password-link-');

/** Logs in over HTTP and returns a client that sends the bearer token. */
export async function loginAs(http: HttpClient, user: { email: string }): Promise<HttpClient> {
  const response = await http.post<{ token: string }>('/api/v1/auth/login', {
    email: user.email,
    password: TEST_PASSWORD,
  });
  if (response.status !== 200) throw new Error(`login failed: ${response.status} ${response.text}`);
  return http.withToken(response.body.token);
}

/** A valid klus body; override what a test is about. */
export function taskBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    title: SAMPLE_KLUS.title, // Bestemmingsplan Centrum doorlichten
    description: SAMPLE_KLUS.description,
    requiredSkills: [...SAMPLE_KLUS.requiredSkills],
    niceToHaveSkills: [...SAMPLE_KLUS.niceToHaveSkills],
    estimatedHours: 16,
    startDate: '2026-12-01',
    endDate: '2027-01-31',
    location: { type: 'remote' },
    capacity: 1,
    ...overrides,
  };
}
