import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The other filters of GET /tasks also count index-only: tasks_visibility_idx carries the columns
 * of the hours, location, learning and free-places filters too. A list filtered on them
 * (`location=remote&maxHours=16`, `learningSuitable=true&minHours=8`) counted its matches by reading
 * every live klus of the viewer's organisations from the table (8,958 pages, 13 of its 14.5 ms on
 * the national data set, docs/search-performance.md). The index grows by about a fifth.
 * Plain CREATE INDEX: it blocks writes to tasks while it builds (a few seconds at national scale).
 */
export class SearchFilterColumns1764350000000 implements MigrationInterface {
  name = 'SearchFilterColumns1764350000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX tasks_visibility_idx`);
    await db.query(
      `CREATE INDEX tasks_visibility_idx ON tasks (status, organisation_id)
         INCLUDE (visibility, partnership_id, id, start_date, end_date,
                  location_type, estimated_hours, learning_suitable, taken, capacity)`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX tasks_visibility_idx`);
    await db.query(
      `CREATE INDEX tasks_visibility_idx ON tasks (status, organisation_id)
         INCLUDE (visibility, partnership_id, id, start_date, end_date)`,
    );
  }
}
