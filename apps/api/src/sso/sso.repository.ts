import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Role, RoleMappingEntry } from '@klussenbank/domain';
import type { DataSource, EntityManager } from 'typeorm';

export interface ProviderRow {
  id: string;
  organisationId: string;
  organisationName: string;
  name: string;
  issuer: string;
  clientId: string;
  clientSecretEncrypted: Buffer;
  secretUpdatedAt: Date;
  emailDomains: string[];
  rolesClaim: string | null;
  roleMapping: RoleMappingEntry[];
  enabled: boolean;
  createdAt: Date;
  updatedAt: Date;
}

export interface ProviderWrite {
  name: string;
  issuer: string;
  clientId: string;
  clientSecretEncrypted?: Buffer;
  emailDomains: string[];
  rolesClaim: string | null;
  roleMapping: RoleMappingEntry[];
  enabled: boolean;
}

export interface LoginFlowRow {
  providerId: string;
  state: string;
  nonce: string;
  codeVerifier: string;
  returnPath: string;
}

export interface PendingLinkRow {
  userId: string;
  providerId: string;
  subject: string;
  claims: Record<string, unknown>;
  sid: string | null;
  returnPath: string;
  email: string;
  organisationName: string;
  providerName: string;
}

export interface SsoUserRow {
  id: string;
  organisationId: string;
  email: string;
  roles: Role[];
  hasPassword: boolean;
  deactivated: boolean;
}

const PROVIDER_COLUMNS = `
  p.id, p.organisation_id AS "organisationId", o.name AS "organisationName", p.name, p.issuer,
  p.client_id AS "clientId", p.client_secret_encrypted AS "clientSecretEncrypted",
  p.secret_updated_at AS "secretUpdatedAt", p.email_domains AS "emailDomains",
  p.roles_claim AS "rolesClaim", p.role_mapping AS "roleMapping", p.enabled,
  p.created_at AS "createdAt", p.updated_at AS "updatedAt"`;
const FROM_PROVIDERS = `FROM oidc_providers p JOIN organisations o ON o.id = p.organisation_id`;

const USER_COLUMNS = `u.id, u.organisation_id AS "organisationId", u.email, u.roles,
  u.password_hash IS NOT NULL AS "hasPassword", u.deactivated_at IS NOT NULL AS deactivated`;

/** The SQL of single sign-on: providers, external identities, login flows and pending links. */
@Injectable()
export class SsoRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  transaction<T>(work: (tx: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }

  async organisationExists(id: string): Promise<boolean> {
    const rows = await this.db.query<unknown[]>(`SELECT 1 FROM organisations WHERE id = $1`, [id]);
    return rows.length > 0;
  }

  providersOf(organisationId: string): Promise<ProviderRow[]> {
    return this.db.query<ProviderRow[]>(
      `SELECT ${PROVIDER_COLUMNS} ${FROM_PROVIDERS} WHERE p.organisation_id = $1 ORDER BY p.name, p.id`,
      [organisationId],
    );
  }

  async provider(id: string, tx: EntityManager | DataSource = this.db): Promise<ProviderRow | undefined> {
    const [row] = await tx.query<ProviderRow[]>(
      `SELECT ${PROVIDER_COLUMNS} ${FROM_PROVIDERS} WHERE p.id = $1`,
      [id],
    );
    return row;
  }

  /** The enabled providers whose issuer is this one (back-channel logout finds its provider so). */
  providersByIssuer(issuer: string): Promise<ProviderRow[]> {
    return this.db.query<ProviderRow[]>(
      `SELECT ${PROVIDER_COLUMNS} ${FROM_PROVIDERS} WHERE p.issuer = $1 AND p.enabled`,
      [issuer],
    );
  }

  /**
   * Home realm discovery: the enabled provider for an e-mail domain. A provider's own domains come
   * first; a provider that lists none stands for its organisation's domains.
   */
  async providerForDomain(domain: string): Promise<ProviderRow | undefined> {
    const [row] = await this.db.query<ProviderRow[]>(
      `SELECT ${PROVIDER_COLUMNS} ${FROM_PROVIDERS}
        WHERE p.enabled
          AND ($1 = ANY (p.email_domains) OR (p.email_domains = '{}' AND $1 = ANY (o.email_domains)))
        ORDER BY ($1 = ANY (p.email_domains)) DESC, p.created_at, p.id
        LIMIT 1`,
      [domain],
    );
    return row;
  }

  /** Domains of `domains` that another provider already lists (discovery must lead to one provider). */
  async domainsOfOtherProviders(tx: EntityManager, providerId: string, domains: string[]): Promise<string[]> {
    if (domains.length === 0) return [];
    const rows = await tx.query<{ domain: string }[]>(
      `SELECT DISTINCT d.domain FROM oidc_providers p, unnest(p.email_domains) AS d(domain)
        WHERE p.id <> $1 AND d.domain = ANY ($2::text[])`,
      [providerId, domains],
    );
    return rows.map((row) => row.domain);
  }

  /** Serialises writes that list domains, so two providers cannot take one domain at the same time. */
  async lockDomains(tx: EntityManager, domains: string[]): Promise<void> {
    for (const domain of [...domains].sort()) {
      await tx.query(`SELECT pg_advisory_xact_lock(hashtext('oidc-domain:' || $1))`, [domain]);
    }
  }

  async insertProvider(
    tx: EntityManager,
    id: string,
    organisationId: string,
    write: ProviderWrite & { clientSecretEncrypted: Buffer },
  ): Promise<void> {
    await tx.query(
      `INSERT INTO oidc_providers (id, organisation_id, name, issuer, client_id, client_secret_encrypted,
                                   email_domains, roles_claim, role_mapping, enabled)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
      [
        id,
        organisationId,
        write.name,
        write.issuer,
        write.clientId,
        write.clientSecretEncrypted,
        write.emailDomains,
        write.rolesClaim,
        JSON.stringify(write.roleMapping),
        write.enabled,
      ],
    );
  }

  async updateProvider(tx: EntityManager, id: string, write: ProviderWrite): Promise<void> {
    await tx.query(
      `UPDATE oidc_providers
          SET name = $2, issuer = $3, client_id = $4, email_domains = $5, roles_claim = $6, role_mapping = $7,
              enabled = $8, updated_at = now(),
              client_secret_encrypted = COALESCE($9, client_secret_encrypted),
              secret_updated_at = CASE WHEN $9::bytea IS NULL THEN secret_updated_at ELSE now() END
        WHERE id = $1`,
      [
        id,
        write.name,
        write.issuer,
        write.clientId,
        write.emailDomains,
        write.rolesClaim,
        JSON.stringify(write.roleMapping),
        write.enabled,
        write.clientSecretEncrypted ?? null,
      ],
    );
  }

  async deleteProvider(tx: EntityManager, id: string): Promise<void> {
    await tx.query(`DELETE FROM oidc_providers WHERE id = $1`, [id]);
  }

  /**
   * Whether the organisation would be left without any way in if this provider went (password login
   * off and no other enabled provider). Locks the organisation's row, as switching password login
   * off does, so the two checks cannot pass each other.
   */
  async wouldLockOut(
    tx: EntityManager,
    organisationId: string,
    providerId: string,
  ): Promise<{ lockedOut: boolean; organisation: string }> {
    const [row] = await tx.query<[{ name: string; passwordLogin: boolean; others: number }]>(
      `SELECT o.name, o.password_login AS "passwordLogin",
              (SELECT count(*)::int FROM oidc_providers p
                WHERE p.organisation_id = o.id AND p.enabled AND p.id <> $2) AS others
         FROM organisations o WHERE o.id = $1 FOR UPDATE`,
      [organisationId, providerId],
    );
    return { lockedOut: !row.passwordLogin && row.others === 0, organisation: row.name };
  }

  /** Records one authorization request; expired ones go at the same time. */
  async insertFlow(browserKeyHash: Buffer, flow: LoginFlowRow, ttlSeconds: number): Promise<void> {
    await this.db.query(`DELETE FROM oidc_login_flows WHERE expires_at <= now()`);
    await this.db.query(
      `INSERT INTO oidc_login_flows (browser_key_hash, provider_id, state, nonce, code_verifier, return_path, expires_at)
       VALUES ($1, $2, $3, $4, $5, $6, now() + make_interval(secs => $7))`,
      [
        browserKeyHash,
        flow.providerId,
        flow.state,
        flow.nonce,
        flow.codeVerifier,
        flow.returnPath,
        ttlSeconds,
      ],
    );
  }

  /** The flow of this browser, removed as it is read: a state can be used once. */
  async takeFlow(browserKeyHash: Buffer): Promise<LoginFlowRow | undefined> {
    const [rows] = await this.db.query<[LoginFlowRow[], number]>(
      `DELETE FROM oidc_login_flows WHERE browser_key_hash = $1 AND expires_at > now()
       RETURNING provider_id AS "providerId", state, nonce, code_verifier AS "codeVerifier", return_path AS "returnPath"`,
      [browserKeyHash],
    );
    return rows[0];
  }

  async identity(issuer: string, subject: string): Promise<{ id: string; user: SsoUserRow } | undefined> {
    const [row] = await this.db.query<(SsoUserRow & { identityId: string })[]>(
      `SELECT i.id AS "identityId", ${USER_COLUMNS}
         FROM external_identities i JOIN users u ON u.id = i.user_id
        WHERE i.issuer = $1 AND i.subject = $2`,
      [issuer, subject],
    );
    if (!row) return undefined;
    const { identityId, ...user } = row;
    return { id: identityId, user };
  }

  async userByEmail(email: string): Promise<SsoUserRow | undefined> {
    const [row] = await this.db.query<SsoUserRow[]>(
      `SELECT ${USER_COLUMNS} FROM users u WHERE u.email = $1`,
      [email],
    );
    return row;
  }

  async insertUser(
    tx: EntityManager,
    user: { organisationId: string; email: string; displayName: string; roles: Role[] },
  ): Promise<string> {
    const [row] = await tx.query<[{ id: string }]>(
      `INSERT INTO users (organisation_id, email, display_name, password_hash, roles)
       VALUES ($1, $2, $3, NULL, $4) RETURNING id`,
      [user.organisationId, user.email, user.displayName, user.roles],
    );
    return row.id;
  }

  /** Name, e-mail and roles as the provider says now; an e-mail another account holds is left as it was. */
  async updateUserFromProvider(
    tx: EntityManager,
    userId: string,
    profile: { email: string; displayName: string; roles: Role[] },
  ): Promise<void> {
    await tx.query(
      `UPDATE users
          SET display_name = $2, roles = $4, updated_at = now(),
              email = CASE WHEN EXISTS (SELECT 1 FROM users other WHERE other.email = $3 AND other.id <> $1)
                           THEN email ELSE $3 END
        WHERE id = $1`,
      [userId, profile.displayName, profile.email, profile.roles],
    );
  }

  async insertIdentity(
    tx: EntityManager,
    identity: { userId: string; providerId: string; issuer: string; subject: string },
  ): Promise<string> {
    const [row] = await tx.query<[{ id: string }]>(
      `INSERT INTO external_identities (user_id, provider_id, issuer, subject) VALUES ($1, $2, $3, $4) RETURNING id`,
      [identity.userId, identity.providerId, identity.issuer, identity.subject],
    );
    return row.id;
  }

  async touchIdentity(tx: EntityManager, id: string, providerId: string): Promise<void> {
    await tx.query(`UPDATE external_identities SET last_login_at = now(), provider_id = $2 WHERE id = $1`, [
      id,
      providerId,
    ]);
  }

  async insertPendingLink(
    browserKeyHash: Buffer,
    link: Omit<PendingLinkRow, 'email' | 'organisationName' | 'providerName'>,
    ttlSeconds: number,
  ): Promise<void> {
    await this.db.query(`DELETE FROM oidc_pending_links WHERE expires_at <= now() OR user_id = $1`, [
      link.userId,
    ]);
    await this.db.query(
      `INSERT INTO oidc_pending_links (browser_key_hash, user_id, provider_id, subject, claims, sid, return_path, expires_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, now() + make_interval(secs => $8))`,
      [
        browserKeyHash,
        link.userId,
        link.providerId,
        link.subject,
        JSON.stringify(link.claims),
        link.sid,
        link.returnPath,
        ttlSeconds,
      ],
    );
  }

  async pendingLink(browserKeyHash: Buffer): Promise<PendingLinkRow | undefined> {
    const [row] = await this.db.query<PendingLinkRow[]>(
      `SELECT l.user_id AS "userId", l.provider_id AS "providerId", l.subject, l.claims, l.sid,
              l.return_path AS "returnPath", u.email, o.name AS "organisationName", p.name AS "providerName"
         FROM oidc_pending_links l
         JOIN users u ON u.id = l.user_id
         JOIN oidc_providers p ON p.id = l.provider_id
         JOIN organisations o ON o.id = p.organisation_id
        WHERE l.browser_key_hash = $1 AND l.expires_at > now()`,
      [browserKeyHash],
    );
    return row;
  }

  async deletePendingLink(tx: EntityManager, browserKeyHash: Buffer): Promise<boolean> {
    const [, count] = await tx.query<[unknown[], number]>(
      `DELETE FROM oidc_pending_links WHERE browser_key_hash = $1 AND expires_at > now()`,
      [browserKeyHash],
    );
    return count > 0;
  }

  async passwordHash(userId: string): Promise<{ email: string; passwordHash: string | null } | undefined> {
    const [row] = await this.db.query<{ email: string; passwordHash: string | null }[]>(
      `SELECT email, password_hash AS "passwordHash" FROM users WHERE id = $1`,
      [userId],
    );
    return row;
  }

  /** The SSO part of a session: which identity, and the provider's session id (for back-channel logout). */
  async sessionIdentity(
    sessionId: string,
  ): Promise<{ providerId: string | null; issuer: string } | undefined> {
    const [row] = await this.db.query<{ providerId: string | null; issuer: string }[]>(
      `SELECT i.provider_id AS "providerId", i.issuer
         FROM sessions s JOIN external_identities i ON i.id = s.external_identity_id
        WHERE s.id = $1`,
      [sessionId],
    );
    return row;
  }

  /** Sessions a provider's logout token names: by its session id (sid), or every one of the subject. */
  async sessionsForLogout(issuer: string, subject: string | null, sid: string | null): Promise<string[]> {
    const rows = await this.db.query<{ id: string }[]>(
      `SELECT s.id FROM sessions s JOIN external_identities i ON i.id = s.external_identity_id
        WHERE i.issuer = $1 AND ($2::text IS NULL OR i.subject = $2) AND ($3::text IS NULL OR s.oidc_sid = $3)`,
      [issuer, subject, sid],
    );
    return rows.map((row) => row.id);
  }
}
