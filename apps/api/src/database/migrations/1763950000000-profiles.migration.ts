import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What a person brings and wants: skills with a level (self-declared, or demonstrated in a completed
 * klus), learning goals, hours a month and where they like to work. Municipalities get coordinates,
 * so "on site within N km" can be decided in SQL.
 */
export class Profiles1763950000000 implements MigrationInterface {
  name = 'Profiles1763950000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE municipalities (
        name text PRIMARY KEY,
        latitude double precision NOT NULL CHECK (latitude BETWEEN 50 AND 54),
        longitude double precision NOT NULL CHECK (longitude BETWEEN 3 AND 8)
      )`);
    await db.query(`
      INSERT INTO municipalities (name, latitude, longitude) VALUES
        ('Alblasserdam', 51.8656, 4.6600), ('Dordrecht', 51.8133, 4.6901),
        ('Hendrik-Ido-Ambacht', 51.8442, 4.6394), ('Papendrecht', 51.8317, 4.6875),
        ('Sliedrecht', 51.8217, 4.7733), ('Zwijndrecht', 51.8175, 4.6333),
        ('Oss', 51.7650, 5.5181), ('Zeist', 52.0894, 5.2317),
        ('Amsterdam', 52.3728, 4.8936), ('Rotterdam', 51.9225, 4.4792),
        ('Den Haag', 52.0799, 4.3113), ('Utrecht', 52.0907, 5.1214),
        ('Eindhoven', 51.4416, 5.4697), ('Tilburg', 51.5555, 5.0913),
        ('Groningen', 53.2194, 6.5665), ('Almere', 52.3508, 5.2647),
        ('Breda', 51.5719, 4.7683), ('Nijmegen', 51.8126, 5.8372),
        ('Arnhem', 51.9851, 5.8987), ('Haarlem', 52.3874, 4.6462),
        ('Zwolle', 52.5168, 6.0830), ('Leiden', 52.1601, 4.4970),
        ('Maastricht', 50.8514, 5.6910), ('Gouda', 52.0115, 4.7105),
        ('Gorinchem', 51.8306, 4.9742), ('Den Bosch', 51.6978, 5.3037),
        ('Amersfoort', 52.1561, 5.3878), ('Apeldoorn', 52.2112, 5.9699)`);
    // Where an organisation sits; people are "nearby" relative to their own organisation's municipality.
    await db.query(`ALTER TABLE organisations ADD COLUMN municipality text REFERENCES municipalities (name)`);
    await db.query(`
      UPDATE organisations o SET municipality = m.name
        FROM municipalities m
       WHERE o.name = 'Gemeente ' || m.name OR (o.name ILIKE '%Drechtsteden%' AND m.name = 'Dordrecht')`);

    await db.query(`
      CREATE TABLE profiles (
        user_id uuid PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
        hours_per_month integer CHECK (hours_per_month BETWEEN 0 AND 160),
        location_preference text NOT NULL DEFAULT 'any' CHECK (location_preference IN ('remote', 'nearby', 'any')),
        max_distance_km integer CHECK (max_distance_km BETWEEN 1 AND 300),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT profiles_distance_check CHECK (location_preference <> 'nearby' OR max_distance_km IS NOT NULL)
      )`);
    await db.query(`
      CREATE TABLE user_skills (
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        skill_id uuid NOT NULL REFERENCES skills (id) ON DELETE CASCADE,
        source text NOT NULL CHECK (source IN ('self', 'demonstrated')),
        level text NOT NULL CHECK (level IN ('basis', 'gevorderd', 'expert')),
        task_id uuid REFERENCES tasks (id) ON DELETE SET NULL,
        confirmed_by uuid REFERENCES users (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (user_id, skill_id, source),
        CONSTRAINT user_skills_demonstrated_check CHECK (source = 'self' OR confirmed_by IS NOT NULL)
      )`);
    // Candidates of a klus are found from its skills: by skill first.
    await db.query(
      `CREATE INDEX user_skills_skill_idx ON user_skills (skill_id, user_id) INCLUDE (level, source)`,
    );
    await db.query(`
      CREATE TABLE learning_goals (
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        skill_id uuid NOT NULL REFERENCES skills (id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (user_id, skill_id)
      )`);
    await db.query(`CREATE INDEX learning_goals_skill_idx ON learning_goals (skill_id, user_id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE learning_goals`);
    await db.query(`DROP TABLE user_skills`);
    await db.query(`DROP TABLE profiles`);
    await db.query(`ALTER TABLE organisations DROP COLUMN municipality`);
    await db.query(`DROP TABLE municipalities`);
  }
}
