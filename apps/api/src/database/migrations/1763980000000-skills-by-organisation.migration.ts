import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A person's skills and learning goals carry their organisation, so the candidates of a klus are found
 * by skill and organisation in one index-only scan, without reading 250k users to learn where each
 * candidate works (docs/matching-performance.md). Kept true by the database itself: a composite foreign
 * key to users (id, organisation_id) ON UPDATE CASCADE follows a person who moves, and a trigger fills
 * the organisation in on insert, so no code that writes skills or goals has to know. Each candidate's
 * profile is then read index-only.
 * Plan it as downtime on a large database: the unique constraint locks `users` until the migration
 * commits (about 40 s for 250k people with 1.6 million skills on a 2-vCPU machine).
 */
export class SkillsByOrganisation1763980000000 implements MigrationInterface {
  name = 'SkillsByOrganisation1763980000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE users ADD CONSTRAINT users_id_organisation_key UNIQUE (id, organisation_id)`);
    await db.query(`
      CREATE FUNCTION fill_organisation_from_user() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        SELECT organisation_id INTO NEW.organisation_id FROM users WHERE id = NEW.user_id;
        RETURN NEW;
      END $$`);
    for (const table of ['user_skills', 'learning_goals']) {
      await db.query(`ALTER TABLE ${table} ADD COLUMN organisation_id uuid`);
      await db.query(
        `UPDATE ${table} t SET organisation_id = u.organisation_id FROM users u WHERE u.id = t.user_id`,
      );
      await db.query(`ALTER TABLE ${table} ALTER COLUMN organisation_id SET NOT NULL`);
      await db.query(`
        ALTER TABLE ${table} ADD CONSTRAINT ${table}_user_organisation_fkey
          FOREIGN KEY (user_id, organisation_id) REFERENCES users (id, organisation_id)
          ON UPDATE CASCADE ON DELETE CASCADE`);
      await db.query(`
        CREATE TRIGGER ${table}_organisation BEFORE INSERT ON ${table}
          FOR EACH ROW WHEN (NEW.organisation_id IS NULL) EXECUTE FUNCTION fill_organisation_from_user()`);
    }
    await db.query(`DROP INDEX user_skills_skill_idx`);
    await db.query(
      `CREATE INDEX user_skills_skill_idx ON user_skills (skill_id, organisation_id, user_id) INCLUDE (level, source)`,
    );
    await db.query(`DROP INDEX learning_goals_skill_idx`);
    await db.query(
      `CREATE INDEX learning_goals_skill_idx ON learning_goals (skill_id, organisation_id, user_id)`,
    );
    // What scoring reads of each candidate's profile, index-only (one probe per candidate).
    await db.query(
      `CREATE INDEX profiles_matching_idx ON profiles (user_id) INCLUDE (hours_per_month, location_preference, max_distance_km)`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX profiles_matching_idx`);
    await db.query(`DROP INDEX learning_goals_skill_idx`);
    await db.query(`CREATE INDEX learning_goals_skill_idx ON learning_goals (skill_id, user_id)`);
    await db.query(`DROP INDEX user_skills_skill_idx`);
    await db.query(
      `CREATE INDEX user_skills_skill_idx ON user_skills (skill_id, user_id) INCLUDE (level, source)`,
    );
    for (const table of ['user_skills', 'learning_goals']) {
      await db.query(`DROP TRIGGER ${table}_organisation ON ${table}`);
      await db.query(`ALTER TABLE ${table} DROP COLUMN organisation_id`); // and its foreign key
    }
    await db.query(`DROP FUNCTION fill_organisation_from_user()`);
    await db.query(`ALTER TABLE users DROP CONSTRAINT users_id_organisation_key`);
  }
}
