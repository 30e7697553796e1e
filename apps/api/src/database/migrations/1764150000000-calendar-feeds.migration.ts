import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A person's secret calendar feed URL. Only the SHA-256 of its token is kept, so the URL can be
 * shown once (right after it is made) and never again; revoking deletes the row, regenerating
 * replaces it, and the old URL answers 404 from then on. One feed per person.
 */
export class CalendarFeeds1764150000000 implements MigrationInterface {
  name = 'CalendarFeeds1764150000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE calendar_feeds (
        user_id uuid PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
        token_hash bytea NOT NULL UNIQUE CHECK (length(token_hash) = 32),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE calendar_feeds`);
  }
}
