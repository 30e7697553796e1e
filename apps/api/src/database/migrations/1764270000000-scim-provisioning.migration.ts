import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * SCIM 2.0 provisioning: bearer tokens per organisation (only their SHA-256 is kept), and on users
 * the identity system's `externalId`, its `userName` when that is not the e-mail address, and the moment a SCIM client deleted the person (the row stays:
 * ledger entries and claims point at it; SCIM no longer finds it).
 */
export class ScimProvisioning1764270000000 implements MigrationInterface {
  name = 'ScimProvisioning1764270000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE scim_tokens (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
        prefix text NOT NULL,
        token_hash bytea NOT NULL UNIQUE,
        created_by uuid REFERENCES users (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        last_used_at timestamptz,
        revoked_at timestamptz
      )`);
    await db.query(`CREATE INDEX scim_tokens_organisation ON scim_tokens (organisation_id, created_at)`);
    await db.query(
      `ALTER TABLE users ADD COLUMN scim_external_id text, ADD COLUMN scim_user_name text,
                         ADD COLUMN scim_deleted_at timestamptz`,
    );
    await db.query(
      `CREATE UNIQUE INDEX users_scim_user_name ON users (organisation_id, lower(scim_user_name))
        WHERE scim_user_name IS NOT NULL`,
    );
    await db.query(
      `CREATE INDEX users_scim_external_id ON users (organisation_id, scim_external_id) WHERE scim_external_id IS NOT NULL`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX users_scim_user_name`);
    await db.query(`DROP INDEX users_scim_external_id`);
    await db.query(
      `ALTER TABLE users DROP COLUMN scim_deleted_at, DROP COLUMN scim_user_name, DROP COLUMN scim_external_id`,
    );
    await db.query(`DROP TABLE scim_tokens`);
  }
}
