import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Privacy (AVG): personal data exports ("Mijn gegevens downloaden", offered 7 days, the JSON kept
 * gzipped), an organisation's own privacy and accessibility statements (Markdown and its rendering;
 * none: the default text), and the indexes the retention job deletes old notifications and
 * deliveries by.
 */
export class Privacy1764300000000 implements MigrationInterface {
  name = 'Privacy1764300000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE data_exports (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'ready', 'expired')),
        requested_at timestamptz NOT NULL DEFAULT now(),
        ready_at timestamptz,
        expires_at timestamptz,
        -- the JSON file, gzipped; null while pending and once expired
        content bytea,
        size_bytes integer,
        CHECK ((status = 'ready') = (content IS NOT NULL))
      )`);
    await db.query(`CREATE INDEX data_exports_user_idx ON data_exports (user_id, requested_at DESC)`);
    await db.query(
      `CREATE INDEX data_exports_expiry_idx ON data_exports (expires_at) WHERE status = 'ready'`,
    );
    await db.query(`
      CREATE TABLE organisation_statements (
        organisation_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('privacy', 'accessibility')),
        markdown text NOT NULL CHECK (char_length(markdown) BETWEEN 1 AND 20000),
        html text NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        updated_by uuid REFERENCES users (id) ON DELETE SET NULL,
        PRIMARY KEY (organisation_id, kind)
      )`);
    await db.query(`CREATE INDEX notifications_created_idx ON notifications (created_at)`);
    await db.query(`CREATE INDEX deliveries_created_idx ON deliveries (created_at)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX deliveries_created_idx`);
    await db.query(`DROP INDEX notifications_created_idx`);
    await db.query(`DROP TABLE organisation_statements`);
    await db.query(`DROP TABLE data_exports`);
  }
}
