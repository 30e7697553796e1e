import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The audit log of security events (BIO 12.4). Append-only: a trigger refuses every UPDATE, and a
 * DELETE unless the retention job said so in its own transaction (`klussenbank.audit_retention`).
 * It keeps ids, not names or e-mail addresses, so erasing a person leaves nothing personal here
 * but the ids (which then point at "oud-medewerker") and the addresses the requests came from.
 */
export class AuditLog1764260000000 implements MigrationInterface {
  name = 'AuditLog1764260000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE audit_events (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        occurred_at timestamptz NOT NULL DEFAULT now(),
        action text NOT NULL,
        -- who: null for the system (a job) or an unknown person (a failed login of no account)
        actor_id uuid,
        -- whose log it is in: an org-admin of this organisation reads it; null for platform-wide events
        organisation_id uuid,
        object_type text,
        object_id text,
        ip_address inet,
        details jsonb NOT NULL DEFAULT '{}'
      )`);
    await db.query(`CREATE INDEX audit_events_time ON audit_events (occurred_at DESC)`);
    await db.query(
      `CREATE INDEX audit_events_organisation ON audit_events (organisation_id, occurred_at DESC)`,
    );
    await db.query(`CREATE INDEX audit_events_actor ON audit_events (actor_id, occurred_at DESC)`);
    await db.query(`CREATE INDEX audit_events_object ON audit_events (object_id, occurred_at DESC)`);
    await db.query(`
      CREATE FUNCTION audit_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'DELETE' AND current_setting('klussenbank.audit_retention', true) = 'on' THEN
          RETURN OLD;
        END IF;
        RAISE EXCEPTION 'audit_events is append-only (%)', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await db.query(`
      CREATE TRIGGER audit_events_append_only BEFORE UPDATE OR DELETE ON audit_events
        FOR EACH ROW EXECUTE FUNCTION audit_events_append_only()`);
    await db.query(`
      CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON audit_events
        FOR EACH STATEMENT EXECUTE FUNCTION audit_events_append_only()`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE audit_events`);
    await db.query(`DROP FUNCTION audit_events_append_only()`);
  }
}
