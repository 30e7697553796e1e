import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Foundation1763900000000 implements MigrationInterface {
  name = 'Foundation1763900000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE organisations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 120),
        slug text NOT NULL UNIQUE,
        kind text NOT NULL CHECK (kind IN ('municipality', 'shared-service-centre', 'joint-body')),
        consent_required boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE UNIQUE INDEX organisations_name_key ON organisations (lower(name))`);

    await db.query(`
      CREATE TABLE partnerships (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 120),
        slug text NOT NULL UNIQUE,
        description text NOT NULL DEFAULT '',
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE UNIQUE INDEX partnerships_name_key ON partnerships (lower(name))`);

    await db.query(`
      CREATE TABLE partnership_members (
        partnership_id uuid NOT NULL REFERENCES partnerships (id) ON DELETE CASCADE,
        organisation_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
        PRIMARY KEY (partnership_id, organisation_id)
      )`);
    await db.query(
      `CREATE INDEX partnership_members_organisation_idx ON partnership_members (organisation_id)`,
    );

    await db.query(`
      CREATE TABLE users (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES organisations (id) ON DELETE RESTRICT,
        email text NOT NULL CHECK (email = lower(email)),
        display_name text NOT NULL CHECK (length(display_name) BETWEEN 1 AND 120),
        job_title text NOT NULL DEFAULT '',
        password_hash text,
        roles text[] NOT NULL CHECK (
          cardinality(roles) > 0
          AND roles <@ ARRAY['employee', 'manager', 'org-admin', 'platform-admin']::text[]
        ),
        line_manager_id uuid REFERENCES users (id) ON DELETE SET NULL CHECK (line_manager_id <> id),
        locale text NOT NULL DEFAULT 'nl' CHECK (locale IN ('nl', 'en')),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE UNIQUE INDEX users_email_key ON users (email)`);
    await db.query(`CREATE INDEX users_organisation_idx ON users (organisation_id, display_name, id)`);
    await db.query(
      `CREATE INDEX users_line_manager_idx ON users (line_manager_id) WHERE line_manager_id IS NOT NULL`,
    );

    await db.query(`
      CREATE TABLE sessions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        token_hash bytea NOT NULL UNIQUE,
        csrf_token text NOT NULL,
        auth_method text NOT NULL CHECK (auth_method IN ('password', 'oidc')),
        created_at timestamptz NOT NULL DEFAULT now(),
        last_seen_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL
      )`);
    await db.query(`CREATE INDEX sessions_user_idx ON sessions (user_id)`);
    await db.query(`CREATE INDEX sessions_expires_idx ON sessions (expires_at)`);

    await db.query(`
      CREATE TABLE notifications (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        type text NOT NULL,
        event_key text NOT NULL,
        data jsonb NOT NULL DEFAULT '{}',
        created_at timestamptz NOT NULL DEFAULT now(),
        read_at timestamptz,
        UNIQUE (user_id, event_key)
      )`);
    await db.query(`CREATE INDEX notifications_user_created_idx ON notifications (user_id, created_at DESC)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE notifications`);
    await db.query(`DROP TABLE sessions`);
    await db.query(`DROP TABLE users`);
    await db.query(`DROP TABLE partnership_members`);
    await db.query(`DROP TABLE partnerships`);
    await db.query(`DROP TABLE organisations`);
  }
}
