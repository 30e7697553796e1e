import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Dossiers: a theme of one partnership (not of one member: partners are equals), its team
 * (trekkers, members, advisers; requests and invitations wait in the same table), the skills it
 * needs, its checkpoints (ijkmomenten) and an activity feed. Klussen already carry `dossier_id`;
 * it now references a dossier.
 */
export class Dossiers1763970000000 implements MigrationInterface {
  name = 'Dossiers1763970000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE dossiers (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        partnership_id uuid NOT NULL REFERENCES partnerships (id),
        title text NOT NULL CHECK (length(title) BETWEEN 1 AND 120),
        goal text NOT NULL CHECK (length(goal) BETWEEN 1 AND 1000),
        description text NOT NULL DEFAULT '',
        status text NOT NULL DEFAULT 'verkennen' CHECK (status IN ('verkennen', 'actief', 'afgerond', 'gestopt')),
        start_date date NOT NULL,
        end_date date,
        team_cap integer CHECK (team_cap BETWEEN 1 AND 200),
        join_policy text NOT NULL DEFAULT 'open' CHECK (join_policy IN ('open', 'on-request')),
        created_by uuid NOT NULL REFERENCES users (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        search_vector tsvector,
        CONSTRAINT dossiers_dates_check CHECK (end_date IS NULL OR end_date >= start_date)
      )`);
    await db.query(`
      CREATE FUNCTION dossiers_search_vector() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.search_vector := setweight(kb_search_lexemes(NEW.title), 'A')
          || setweight(kb_search_lexemes(NEW.goal), 'B') || setweight(kb_search_lexemes(NEW.description), 'C');
        RETURN NEW;
      END $$`);
    await db.query(`
      CREATE TRIGGER dossiers_search_vector BEFORE INSERT OR UPDATE OF title, goal, description ON dossiers
      FOR EACH ROW EXECUTE FUNCTION dossiers_search_vector()`);
    await db.query(`CREATE INDEX dossiers_search_idx ON dossiers USING gin (search_vector)`);
    await db.query(`CREATE INDEX dossiers_partnership_idx ON dossiers (partnership_id, updated_at DESC, id)`);

    await db.query(`
      CREATE TABLE dossier_members (
        dossier_id uuid NOT NULL REFERENCES dossiers (id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        role text NOT NULL CHECK (role IN ('trekker', 'member', 'adviser')),
        status text NOT NULL CHECK (status IN ('active', 'requested', 'invited')),
        message text CHECK (length(message) <= 1000),
        invited_by uuid REFERENCES users (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (dossier_id, user_id)
      )`);
    await db.query(`CREATE INDEX dossier_members_user_idx ON dossier_members (user_id, dossier_id)`);

    await db.query(`
      CREATE TABLE dossier_skills (
        dossier_id uuid NOT NULL REFERENCES dossiers (id) ON DELETE CASCADE,
        skill_id uuid NOT NULL REFERENCES skills (id) ON DELETE CASCADE,
        PRIMARY KEY (dossier_id, skill_id)
      )`);
    await db.query(`CREATE INDEX dossier_skills_skill_idx ON dossier_skills (skill_id, dossier_id)`);

    await db.query(`
      CREATE TABLE dossier_checkpoints (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        dossier_id uuid NOT NULL REFERENCES dossiers (id) ON DELETE CASCADE,
        title text NOT NULL CHECK (length(title) BETWEEN 1 AND 120),
        planned_on date NOT NULL,
        status text NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'held')),
        went_well text,
        chafed text,
        changes text,
        held_on date,
        written_by uuid REFERENCES users (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT dossier_checkpoints_held_check CHECK (status = 'planned' OR held_on IS NOT NULL)
      )`);
    await db.query(
      `CREATE INDEX dossier_checkpoints_dossier_idx ON dossier_checkpoints (dossier_id, planned_on)`,
    );
    // The daily reminder looks for planned checkpoints three days ahead.
    await db.query(
      `CREATE INDEX dossier_checkpoints_planned_idx ON dossier_checkpoints (planned_on) WHERE status = 'planned'`,
    );

    await db.query(`
      CREATE TABLE dossier_activity (
        id bigserial PRIMARY KEY,
        dossier_id uuid NOT NULL REFERENCES dossiers (id) ON DELETE CASCADE,
        type text NOT NULL CHECK (type IN ('dossier-created', 'status-changed', 'member-joined', 'member-left',
          'member-invited', 'task-posted', 'task-claimed', 'task-completed', 'checkpoint-planned', 'checkpoint-held')),
        actor_id uuid REFERENCES users (id) ON DELETE SET NULL,
        subject_id uuid REFERENCES users (id) ON DELETE SET NULL,
        task_id uuid REFERENCES tasks (id) ON DELETE SET NULL,
        checkpoint_id uuid REFERENCES dossier_checkpoints (id) ON DELETE SET NULL,
        data jsonb NOT NULL DEFAULT '{}',
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX dossier_activity_feed_idx ON dossier_activity (dossier_id, id DESC)`);

    await db.query(`
      ALTER TABLE tasks ADD CONSTRAINT tasks_dossier_fk FOREIGN KEY (dossier_id) REFERENCES dossiers (id) ON DELETE SET NULL`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE tasks DROP CONSTRAINT tasks_dossier_fk`);
    await db.query(`UPDATE tasks SET dossier_id = NULL WHERE dossier_id IS NOT NULL`);
    await db.query(`DROP TABLE dossier_activity`);
    await db.query(`DROP TABLE dossier_checkpoints`);
    await db.query(`DROP TABLE dossier_skills`);
    await db.query(`DROP TABLE dossier_members`);
    await db.query(`DROP TABLE dossiers`);
    await db.query(`DROP FUNCTION dossiers_search_vector()`);
  }
}
