import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Lists of klussen in other statuses than open and full (`status=completed`, `status=open,full,completed`,
 * `status=cancelled`), newest first, stop after a page as the live lists do, instead of sorting every
 * match: on the national data set 783 → 48 ms (completed), 1,198 → 46 ms (open, full and completed),
 * 172 → 7 ms (cancelled), docs/search-performance.md. Two orders of the same columns: one with the
 * status first (a single status, however rare), one over every status (a set of them).
 * Plain CREATE INDEX: it blocks writes to tasks while it builds (a few seconds at national scale).
 */
export class SearchClosedKlussen1764360000000 implements MigrationInterface {
  name = 'SearchClosedKlussen1764360000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(
      `CREATE INDEX tasks_status_newest_idx ON tasks (status, published_at DESC NULLS LAST, created_at DESC, id DESC)`,
    );
    await db.query(
      `CREATE INDEX tasks_newest_idx ON tasks (published_at DESC NULLS LAST, created_at DESC, id DESC)`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX tasks_newest_idx`);
    await db.query(`DROP INDEX tasks_status_newest_idx`);
  }
}
