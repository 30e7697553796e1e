import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Klussen's skills become references to the taxonomy. Free names that equal a label of an active
 * skill (preferred before alternative, Dutch before English) link to it; the rest become new
 * unverified skills, one per distinct name, so nothing a poster wrote is lost.
 */
export class TaskSkillsTaxonomy1763960000000 implements MigrationInterface {
  name = 'TaskSkillsTaxonomy1763960000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(
      `ALTER TABLE task_skills ADD COLUMN skill_id uuid REFERENCES skills (id) ON DELETE RESTRICT`,
    );
    const link = `
      UPDATE task_skills ts SET skill_id = (
        SELECT sl.skill_id FROM skill_labels sl JOIN skills s ON s.id = sl.skill_id
         WHERE sl.normalised = kb_normalise_label(ts.name) AND s.active AND s.merged_into IS NULL
         ORDER BY sl.kind = 'preferred' DESC, sl.lang = 'nl' DESC, s.verified DESC, s.id
         LIMIT 1)
       WHERE ts.skill_id IS NULL`;
    await db.query(link);
    await db.query(`
      WITH unknown AS (
        SELECT DISTINCT ON (kb_normalise_label(name)) name FROM task_skills WHERE skill_id IS NULL
         ORDER BY kb_normalise_label(name), name
      ), created AS (
        INSERT INTO skills (label_nl, verified) SELECT name, false FROM unknown RETURNING id, label_nl
      )
      INSERT INTO skill_labels (skill_id, lang, label, kind) SELECT id, 'nl', label_nl, 'preferred' FROM created`);
    await db.query(link);
    // Two names of one klus may now point at the same skill ("GIS" and "gis"): keep one, required first.
    await db.query(`
      DELETE FROM task_skills ts USING task_skills other
       WHERE ts.task_id = other.task_id AND ts.skill_id = other.skill_id AND ts.name <> other.name
         AND (other.required, other.name) > (ts.required, ts.name)`);
    await db.query(`ALTER TABLE task_skills DROP CONSTRAINT task_skills_pkey`);
    await db.query(`DROP INDEX task_skills_name_idx`);
    await db.query(`ALTER TABLE task_skills DROP COLUMN name`);
    await db.query(`ALTER TABLE task_skills ALTER COLUMN skill_id SET NOT NULL`);
    await db.query(`ALTER TABLE task_skills ADD PRIMARY KEY (task_id, skill_id)`);
    // Filtering klussen by skill, and finding the klussen of a person's skills.
    await db.query(`CREATE INDEX task_skills_skill_idx ON task_skills (skill_id, task_id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX task_skills_skill_idx`);
    await db.query(`ALTER TABLE task_skills DROP CONSTRAINT task_skills_pkey`);
    await db.query(`ALTER TABLE task_skills ADD COLUMN name text CHECK (length(name) BETWEEN 1 AND 80)`);
    await db.query(
      `UPDATE task_skills ts SET name = left(s.label_nl, 80) FROM skills s WHERE s.id = ts.skill_id`,
    );
    await db.query(`ALTER TABLE task_skills ALTER COLUMN name SET NOT NULL`);
    await db.query(`ALTER TABLE task_skills DROP COLUMN skill_id`);
    await db.query(`ALTER TABLE task_skills ADD PRIMARY KEY (task_id, name)`);
    await db.query(`CREATE INDEX task_skills_name_idx ON task_skills (lower(name), task_id)`);
  }
}
