import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The quarterly mirror (issue 16) counts klussen by the moment things happened to them, which the
 * tasks table did not keep: `first_claimed_at` (the first claim or application, for the time to the
 * first claim) and `closed_at` (when it became completed, cancelled or expired). The database sets
 * both, whoever writes: a claim's insert sets its klus's first claim once; a status change to a
 * closing status sets closed_at. Existing rows are filled from the claims and the last update.
 * Indexes let a report read one organisation's period without scanning others' history.
 */
export class MirrorFacts1764210000000 implements MigrationInterface {
  name = 'MirrorFacts1764210000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(
      `ALTER TABLE tasks ADD COLUMN first_claimed_at timestamptz, ADD COLUMN closed_at timestamptz`,
    );
    await db.query(`
      UPDATE tasks t SET first_claimed_at = c.first
        FROM (SELECT task_id, min(created_at) AS first FROM claims GROUP BY task_id) c
       WHERE c.task_id = t.id`);
    await db.query(
      `UPDATE tasks SET closed_at = updated_at WHERE status IN ('completed', 'cancelled', 'expired')`,
    );
    await db.query(`
      CREATE FUNCTION kb_task_first_claim() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE tasks SET first_claimed_at = NEW.created_at WHERE id = NEW.task_id AND first_claimed_at IS NULL;
        RETURN NULL;
      END $$`);
    await db.query(`
      CREATE TRIGGER claims_first_claim AFTER INSERT ON claims
      FOR EACH ROW EXECUTE FUNCTION kb_task_first_claim()`);
    await db.query(`
      CREATE FUNCTION kb_task_closed_at() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.status IN ('completed', 'cancelled', 'expired') AND NEW.status IS DISTINCT FROM OLD.status THEN
          NEW.closed_at := now();
        ELSIF NEW.status NOT IN ('completed', 'cancelled', 'expired') THEN
          NEW.closed_at := NULL;
        END IF;
        RETURN NEW;
      END $$`);
    await db.query(`
      CREATE TRIGGER tasks_closed_at BEFORE UPDATE OF status ON tasks
      FOR EACH ROW EXECUTE FUNCTION kb_task_closed_at()`);
    await db.query(
      `CREATE INDEX tasks_mirror_published_idx ON tasks (organisation_id, published_at) INCLUDE (first_claimed_at)
        WHERE published_at IS NOT NULL`,
    );
    await db.query(
      `CREATE INDEX tasks_mirror_first_claim_idx ON tasks (organisation_id, first_claimed_at) INCLUDE (published_at)
        WHERE first_claimed_at IS NOT NULL`,
    );
    await db.query(
      `CREATE INDEX tasks_mirror_closed_idx ON tasks (organisation_id, closed_at) INCLUDE (status)
        WHERE closed_at IS NOT NULL`,
    );
    // Participation reads who took part, per organisation and period, from the index alone.
    await db.query(
      `CREATE INDEX ledger_entries_mirror_giving ON ledger_entries (giving_organisation_id, entry_date)
        INCLUDE (receiving_organisation_id, participant_id, task_id) WHERE kind = 'original'`,
    );
    await db.query(
      `CREATE INDEX ledger_entries_mirror_receiving ON ledger_entries (receiving_organisation_id, entry_date)
        INCLUDE (giving_organisation_id, participant_id, task_id) WHERE kind = 'original'`,
    );
    await db.query(
      `CREATE INDEX ledger_entries_mirror_participant ON ledger_entries (participant_id, entry_date)
        WHERE kind = 'original'`,
    );
    await db.query(
      `CREATE INDEX user_skills_demonstrated_idx ON user_skills (organisation_id, created_at)
        WHERE source = 'demonstrated'`,
    );
    // The skill gap counts the skills of a scope's own people: by organisation first.
    await db.query(
      `CREATE INDEX user_skills_organisation_skill_idx ON user_skills (organisation_id, skill_id, user_id)`,
    );
    await db.query(
      `CREATE INDEX dossier_checkpoints_held_idx ON dossier_checkpoints (held_on, dossier_id) WHERE status = 'held'`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX dossier_checkpoints_held_idx`);
    await db.query(`DROP INDEX user_skills_organisation_skill_idx`);
    await db.query(`DROP INDEX user_skills_demonstrated_idx`);
    await db.query(`DROP INDEX ledger_entries_mirror_participant`);
    await db.query(`DROP INDEX ledger_entries_mirror_receiving`);
    await db.query(`DROP INDEX ledger_entries_mirror_giving`);
    await db.query(`DROP INDEX tasks_mirror_closed_idx`);
    await db.query(`DROP INDEX tasks_mirror_first_claim_idx`);
    await db.query(`DROP INDEX tasks_mirror_published_idx`);
    await db.query(`DROP TRIGGER tasks_closed_at ON tasks`);
    await db.query(`DROP FUNCTION kb_task_closed_at()`);
    await db.query(`DROP TRIGGER claims_first_claim ON claims`);
    await db.query(`DROP FUNCTION kb_task_first_claim()`);
    await db.query(`ALTER TABLE tasks DROP COLUMN closed_at, DROP COLUMN first_claimed_at`);
  }
}
