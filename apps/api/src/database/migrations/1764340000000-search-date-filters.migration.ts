import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The date filter of GET /tasks (`from`/`to`: klussen whose dates overlap a range), measured in
 * docs/search-performance.md: 137 ms → 8–15 ms on the national data set.
 * - tasks_visibility_idx also carries start and end date, so the count of a date-filtered list stays
 *   index-only (it read 2,700 heap pages through a bitmap of 275,000 klussen of the viewer's
 *   organisations in every status).
 * - Statistics over status and end date together (a list of their most common combinations): open
 *   and full klussen all end in the future while most klussen ended long ago, and estimated apart the
 *   two conditions seemed 20 times more selective than they are, so PostgreSQL sorted every live
 *   match by date instead of walking the newest-first index and stopping after a page. It takes a
 *   list of 1,000 combinations to see this (a year of end dates times the statuses); ANALYZE of
 *   tasks then takes about 11 s at 640,000 klussen instead of 1 s, run here once and afterwards by
 *   autovacuum when a tenth of the klussen have changed.
 * Plain CREATE INDEX: it blocks writes to tasks while it builds (a few seconds at national scale).
 */
export class SearchDateFilters1764340000000 implements MigrationInterface {
  name = 'SearchDateFilters1764340000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX tasks_visibility_idx`);
    await db.query(
      `CREATE INDEX tasks_visibility_idx ON tasks (status, organisation_id)
         INCLUDE (visibility, partnership_id, id, start_date, end_date)`,
    );
    await db.query(`CREATE STATISTICS tasks_status_end_date_stats (mcv) ON status, end_date FROM tasks`);
    await db.query(`ALTER STATISTICS tasks_status_end_date_stats SET STATISTICS 1000`);
    await db.query(`ANALYZE tasks`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP STATISTICS tasks_status_end_date_stats`);
    await db.query(`DROP INDEX tasks_visibility_idx`);
    await db.query(
      `CREATE INDEX tasks_visibility_idx ON tasks (status, organisation_id) INCLUDE (visibility, partnership_id, id)`,
    );
  }
}
