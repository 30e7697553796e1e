import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One-time links to set a password (a newcomer's first, or a reset an org-admin sends). Only the
 * SHA-256 of the token is stored; a link is used once, expires, and a newer one supersedes it.
 */
export class PasswordLinks1764030000000 implements MigrationInterface {
  name = 'PasswordLinks1764030000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE password_links (
        id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id       uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        purpose       text NOT NULL CHECK (purpose IN ('invite', 'reset')),
        token_hash    bytea NOT NULL UNIQUE,
        created_by    uuid REFERENCES users (id) ON DELETE SET NULL,
        created_at    timestamptz NOT NULL DEFAULT now(),
        expires_at    timestamptz NOT NULL,
        used_at       timestamptz,
        superseded_at timestamptz
      )`);
    await db.query(
      `CREATE INDEX password_links_open_idx ON password_links (user_id) WHERE used_at IS NULL AND superseded_at IS NULL`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE password_links`);
  }
}
