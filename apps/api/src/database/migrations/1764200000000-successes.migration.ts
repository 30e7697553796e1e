import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The successes wall (libs/domain/src/successes.ts). A success celebrates a completed klus, a held
 * checkpoint or a completed dossier, once each; its audience (organisation, partnerships) is fixed
 * when it is shared, like the organisations involved and the skills. The people are asked whether
 * they may be named (nobody is until they agree); applause is one row per person.
 */
export class Successes1764200000000 implements MigrationInterface {
  name = 'Successes1764200000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE successes (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        milestone text NOT NULL CHECK (milestone IN ('task-completed', 'checkpoint-held', 'dossier-completed')),
        task_id uuid REFERENCES tasks(id) ON DELETE CASCADE,
        dossier_id uuid REFERENCES dossiers(id) ON DELETE CASCADE,
        checkpoint_id uuid REFERENCES dossier_checkpoints(id) ON DELETE CASCADE,
        title text NOT NULL,
        story text NOT NULL CHECK (char_length(story) <= 4000),
        story_html text NOT NULL,
        organisation_id uuid REFERENCES organisations(id) ON DELETE CASCADE,
        shared_by uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((milestone = 'task-completed') = (task_id IS NOT NULL)),
        CHECK ((milestone = 'checkpoint-held') = (checkpoint_id IS NOT NULL)),
        CHECK (milestone = 'task-completed' OR dossier_id IS NOT NULL)
      )`);
    // Each milestone is celebrated once.
    await db.query(
      `CREATE UNIQUE INDEX successes_task_once ON successes (task_id) WHERE milestone = 'task-completed'`,
    );
    await db.query(
      `CREATE UNIQUE INDEX successes_checkpoint_once ON successes (checkpoint_id) WHERE milestone = 'checkpoint-held'`,
    );
    await db.query(
      `CREATE UNIQUE INDEX successes_dossier_once ON successes (dossier_id) WHERE milestone = 'dossier-completed'`,
    );
    await db.query(`CREATE INDEX successes_newest ON successes (created_at DESC, id DESC)`);
    await db.query(`CREATE INDEX successes_dossier ON successes (dossier_id) WHERE dossier_id IS NOT NULL`);
    await db.query(`
      CREATE TABLE success_partnerships (
        success_id uuid NOT NULL REFERENCES successes(id) ON DELETE CASCADE,
        partnership_id uuid NOT NULL REFERENCES partnerships(id) ON DELETE CASCADE,
        PRIMARY KEY (success_id, partnership_id)
      )`);
    await db.query(`CREATE INDEX success_partnerships_partnership ON success_partnerships (partnership_id)`);
    await db.query(`
      CREATE TABLE success_organisations (
        success_id uuid NOT NULL REFERENCES successes(id) ON DELETE CASCADE,
        organisation_id uuid NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
        PRIMARY KEY (success_id, organisation_id)
      )`);
    await db.query(
      `CREATE INDEX success_organisations_organisation ON success_organisations (organisation_id)`,
    );
    await db.query(`
      CREATE TABLE success_skills (
        success_id uuid NOT NULL REFERENCES successes(id) ON DELETE CASCADE,
        skill_id uuid NOT NULL REFERENCES skills(id) ON DELETE CASCADE,
        PRIMARY KEY (success_id, skill_id)
      )`);
    await db.query(`CREATE INDEX success_skills_skill ON success_skills (skill_id)`);
    await db.query(`
      CREATE TABLE success_people (
        success_id uuid NOT NULL REFERENCES successes(id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        naming text NOT NULL DEFAULT 'asked' CHECK (naming IN ('asked', 'agreed', 'declined')),
        answered_at timestamptz,
        PRIMARY KEY (success_id, user_id)
      )`);
    await db.query(`CREATE INDEX success_people_user ON success_people (user_id)`);
    await db.query(`
      CREATE TABLE success_applause (
        success_id uuid NOT NULL REFERENCES successes(id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (success_id, user_id)
      )`);
    await db.query(`
      CREATE TABLE success_comments (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        success_id uuid NOT NULL REFERENCES successes(id) ON DELETE CASCADE,
        author_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        body text NOT NULL CHECK (char_length(body) BETWEEN 1 AND 500),
        created_at timestamptz NOT NULL DEFAULT now(),
        hidden_at timestamptz,
        hidden_by uuid REFERENCES users(id) ON DELETE SET NULL
      )`);
    await db.query(`CREATE INDEX success_comments_success ON success_comments (success_id, created_at)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE success_comments`);
    await db.query(`DROP TABLE success_applause`);
    await db.query(`DROP TABLE success_people`);
    await db.query(`DROP TABLE success_skills`);
    await db.query(`DROP TABLE success_organisations`);
    await db.query(`DROP TABLE success_partnerships`);
    await db.query(`DROP TABLE successes`);
  }
}
