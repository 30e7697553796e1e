import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The skills of the live klussen (open or full) in a table of their own, kept by triggers, for the
 * skill filter of the default list: 50,100 of the 1.6 million klus skills on the national data set, the
 * rest belong to closed klussen. A common skill ("excel": 48,830 klus skills, 1,530 of them live) was
 * matched by hashing all of its rows; now only its live ones (docs/search-performance.md).
 *
 * The invariant: live_task_skills holds exactly the task_skills rows whose klus is open or full.
 * - A klus that becomes live (draft → open or full: the only way in) gets its skills; one that stops
 *   being live (started, cancelled, expired) loses them. Open ↔ full changes nothing and fires nothing.
 * - New klus skills of a live klus are added. Their klussen are locked FOR SHARE first when they are
 *   draft, open or full (those that can enter or leave), so a status change at the same moment either
 *   waits for them and sees them, or goes first and they see its result.
 * - A klus skill that is deleted or moves to another skill (a merge) takes its row along (the foreign
 *   key cascades); a deleted klus deletes its klus skills.
 * Writes with the triggers off (session_replication_role = replica) bypass all of that:
 * `SELECT kb_rebuild_live_task_skills()` afterwards restores the table.
 */
export class LiveTaskSkills1764370000000 implements MigrationInterface {
  name = 'LiveTaskSkills1764370000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE live_task_skills (
        task_id uuid NOT NULL,
        skill_id uuid NOT NULL,
        PRIMARY KEY (skill_id, task_id),
        FOREIGN KEY (task_id, skill_id) REFERENCES task_skills (task_id, skill_id)
          ON DELETE CASCADE ON UPDATE CASCADE
      )`);
    await db.query(`CREATE INDEX live_task_skills_task_idx ON live_task_skills (task_id)`);

    await db.query(`
      CREATE FUNCTION kb_live_task_skills_added() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM 1 FROM tasks
          WHERE id IN (SELECT task_id FROM changed_new) AND status IN ('draft', 'open', 'full')
          ORDER BY id FOR SHARE;
        INSERT INTO live_task_skills (task_id, skill_id)
          SELECT n.task_id, n.skill_id FROM changed_new n JOIN tasks t ON t.id = n.task_id
           WHERE t.status IN ('open', 'full')
          ON CONFLICT DO NOTHING;
        RETURN NULL;
      END $$`);
    await db.query(`
      CREATE TRIGGER task_skills_insert_live AFTER INSERT ON task_skills
        REFERENCING NEW TABLE AS changed_new FOR EACH STATEMENT EXECUTE FUNCTION kb_live_task_skills_added()`);

    await db.query(`
      CREATE FUNCTION kb_live_task_skills_status() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.status IN ('open', 'full') THEN
          INSERT INTO live_task_skills (task_id, skill_id)
            SELECT task_id, skill_id FROM task_skills WHERE task_id = NEW.id
            ON CONFLICT DO NOTHING;
        ELSE
          DELETE FROM live_task_skills WHERE task_id = NEW.id;
        END IF;
        RETURN NULL;
      END $$`);
    await db.query(`
      CREATE TRIGGER tasks_status_live_skills AFTER UPDATE OF status ON tasks
        FOR EACH ROW
        WHEN ((OLD.status IN ('open', 'full')) IS DISTINCT FROM (NEW.status IN ('open', 'full')))
        EXECUTE FUNCTION kb_live_task_skills_status()`);

    // Brings the table back to its definition after writes that bypassed the triggers (a bulk load
    // with session_replication_role = replica, as the national benchmark seed does).
    await db.query(`
      CREATE FUNCTION kb_rebuild_live_task_skills() RETURNS void LANGUAGE sql AS $$
        DELETE FROM live_task_skills l
         WHERE NOT EXISTS (SELECT 1 FROM task_skills ts JOIN tasks t ON t.id = ts.task_id
                            WHERE ts.task_id = l.task_id AND ts.skill_id = l.skill_id
                              AND t.status IN ('open', 'full'));
        INSERT INTO live_task_skills (task_id, skill_id)
          SELECT ts.task_id, ts.skill_id FROM task_skills ts JOIN tasks t ON t.id = ts.task_id
           WHERE t.status IN ('open', 'full')
          ON CONFLICT DO NOTHING;
      $$`);
    await db.query(`SELECT kb_rebuild_live_task_skills()`);
    await db.query(`ANALYZE live_task_skills`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP FUNCTION kb_rebuild_live_task_skills()`);
    await db.query(`DROP TRIGGER tasks_status_live_skills ON tasks`);
    await db.query(`DROP FUNCTION kb_live_task_skills_status()`);
    await db.query(`DROP TRIGGER task_skills_insert_live ON task_skills`);
    await db.query(`DROP FUNCTION kb_live_task_skills_added()`);
    await db.query(`DROP TABLE live_task_skills`);
  }
}
