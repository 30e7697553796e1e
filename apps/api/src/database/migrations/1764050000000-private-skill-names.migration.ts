import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Free skill names stay private. A name someone gave a klus or dossier that the taxonomy did not know
 * used to become a global unverified skill that every organisation saw and matching used; now it is
 * `proposed` for the organisation that brought it (`organisation_id`) until an admin of that
 * organisation accepts it (`accepted`: shared) or rejects it (`rejected`: stays private on what named
 * it). Everything else — ESCO concepts, platform admins' additions, org-admins' proposals — is
 * `accepted`.
 *
 * Existing free names are found as the unverified skills without an ESCO URI that no org-admin or
 * platform admin created (those came through POST /skills, the proposal route): created by a person,
 * they belong to that person's organisation; created by the task-skills migration (no creator), to the
 * organisation of the first klus that names them. A name nothing ties to an organisation stays shared.
 */
export class PrivateSkillNames1764050000000 implements MigrationInterface {
  name = 'PrivateSkillNames1764050000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE skills
        ADD COLUMN status text NOT NULL DEFAULT 'accepted' CHECK (status IN ('accepted', 'proposed', 'rejected')),
        ADD COLUMN organisation_id uuid REFERENCES organisations (id),
        ADD CONSTRAINT skills_private_has_organisation CHECK (status = 'accepted' OR organisation_id IS NOT NULL)`);
    // The proposals an organisation's admin reviews; the skills list and search read only accepted ones.
    await db.query(
      `CREATE INDEX skills_private_idx ON skills (organisation_id, status) WHERE status <> 'accepted'`,
    );
    await db.query(`
      WITH free AS (
        SELECT s.id,
               coalesce(
                 (SELECT u.organisation_id FROM users u
                   WHERE u.id = s.created_by AND NOT u.roles && ARRAY['org-admin', 'platform-admin']),
                 CASE WHEN s.created_by IS NULL THEN
                   (SELECT t.organisation_id FROM task_skills ts JOIN tasks t ON t.id = ts.task_id
                     WHERE ts.skill_id = s.id ORDER BY t.created_at, t.id LIMIT 1)
                 END) AS organisation_id
          FROM skills s
         WHERE NOT s.verified AND s.esco_uri IS NULL AND s.active AND s.merged_into IS NULL
      )
      UPDATE skills s SET status = 'proposed', organisation_id = free.organisation_id
        FROM free WHERE free.id = s.id AND free.organisation_id IS NOT NULL`);
  }

  async down(db: QueryRunner): Promise<void> {
    // Private names become shared unverified skills again, as they were.
    await db.query(`DROP INDEX skills_private_idx`);
    await db.query(`
      ALTER TABLE skills DROP CONSTRAINT skills_private_has_organisation,
        DROP COLUMN organisation_id, DROP COLUMN status`);
  }
}
