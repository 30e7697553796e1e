import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Evaluations with partners (libs/domain/src/evaluations.ts). A request per person per completed
 * klus (its time starts the reminder's 7 days), and one evaluation per author and subject per klus:
 * given once, then read-only. The organisations are kept as they were, for the admins' aggregate.
 */
export class Evaluations1764140000000 implements MigrationInterface {
  name = 'Evaluations1764140000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE evaluation_requests (
        task_id uuid NOT NULL REFERENCES tasks(id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        requested_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (task_id, user_id)
      )`);
    await db.query(`CREATE INDEX evaluation_requests_requested ON evaluation_requests (requested_at)`);
    await db.query(`
      CREATE TABLE evaluations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        task_id uuid NOT NULL REFERENCES tasks(id) ON DELETE CASCADE,
        author_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        subject_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        author_organisation_id uuid NOT NULL REFERENCES organisations(id),
        subject_organisation_id uuid NOT NULL REFERENCES organisations(id),
        score smallint NOT NULL CHECK (score BETWEEN 1 AND 5),
        went_well text CHECK (char_length(went_well) <= 2000),
        could_be_better text CHECK (char_length(could_be_better) <= 2000),
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT evaluations_once UNIQUE (task_id, author_id, subject_id),
        CHECK (author_id <> subject_id)
      )`);
    await db.query(
      `CREATE INDEX evaluations_author_organisation ON evaluations (author_organisation_id, created_at)`,
    );
    await db.query(
      `CREATE INDEX evaluations_subject_organisation ON evaluations (subject_organisation_id, created_at)`,
    );
    await db.query(`CREATE INDEX evaluations_subject ON evaluations (subject_id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE evaluations`);
    await db.query(`DROP TABLE evaluation_requests`);
  }
}
