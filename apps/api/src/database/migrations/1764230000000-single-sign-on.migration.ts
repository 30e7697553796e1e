import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Single sign-on per organisation (OpenID Connect): the providers a platform admin configures, the
 * external identities that key a person by (issuer, subject), the short-lived records that bind an
 * authorization request's state, nonce and PKCE verifier to one browser, and the links that wait
 * for the holder of an existing account to prove its password.
 */
export class SingleSignOn1764230000000 implements MigrationInterface {
  name = 'SingleSignOn1764230000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE oidc_providers (
        id uuid PRIMARY KEY,
        organisation_id uuid NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
        name text NOT NULL,
        issuer text NOT NULL,
        client_id text NOT NULL,
        -- AES-256-GCM: version byte, 12-byte IV, 16-byte tag, ciphertext; the provider id is the AAD
        client_secret_encrypted bytea NOT NULL,
        secret_updated_at timestamptz NOT NULL DEFAULT now(),
        email_domains text[] NOT NULL DEFAULT '{}',
        roles_claim text,
        role_mapping jsonb NOT NULL DEFAULT '[]',
        enabled boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (issuer, client_id)
      )`);
    await db.query(`CREATE INDEX oidc_providers_organisation ON oidc_providers (organisation_id)`);
    await db.query(`CREATE INDEX oidc_providers_domains ON oidc_providers USING gin (email_domains)`);
    await db.query(`
      CREATE TABLE external_identities (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        provider_id uuid REFERENCES oidc_providers(id) ON DELETE SET NULL,
        issuer text NOT NULL,
        subject text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        last_login_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (issuer, subject)
      )`);
    await db.query(`CREATE INDEX external_identities_user ON external_identities (user_id)`);
    await db.query(`
      CREATE TABLE oidc_login_flows (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        -- SHA-256 of the random value in the browser's HttpOnly cookie; the value itself is not stored
        browser_key_hash bytea NOT NULL UNIQUE,
        provider_id uuid NOT NULL REFERENCES oidc_providers(id) ON DELETE CASCADE,
        state text NOT NULL,
        nonce text NOT NULL,
        code_verifier text NOT NULL,
        return_path text NOT NULL,
        expires_at timestamptz NOT NULL
      )`);
    await db.query(`
      CREATE TABLE oidc_pending_links (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        browser_key_hash bytea NOT NULL UNIQUE,
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        provider_id uuid NOT NULL REFERENCES oidc_providers(id) ON DELETE CASCADE,
        subject text NOT NULL,
        claims jsonb NOT NULL,
        sid text,
        return_path text NOT NULL,
        expires_at timestamptz NOT NULL
      )`);
    await db.query(`
      ALTER TABLE sessions
        ADD COLUMN external_identity_id uuid REFERENCES external_identities(id) ON DELETE CASCADE,
        ADD COLUMN oidc_sid text`);
    await db.query(
      `CREATE INDEX sessions_external_identity ON sessions (external_identity_id) WHERE external_identity_id IS NOT NULL`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE sessions DROP COLUMN oidc_sid, DROP COLUMN external_identity_id`);
    await db.query(`DROP TABLE oidc_pending_links`);
    await db.query(`DROP TABLE oidc_login_flows`);
    await db.query(`DROP TABLE external_identities`);
    await db.query(`DROP TABLE oidc_providers`);
  }
}
