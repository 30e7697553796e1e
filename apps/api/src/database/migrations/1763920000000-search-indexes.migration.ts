import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Indexes for finding klussen (GET /tasks), measured in docs/search-performance.md.
 * - Open and full klussen in each sort order of the list, so a page stops after its rows, and their
 *   own full-text index (a fifth of the size of the one over every klus).
 * - The klussen of a set of organisations, index-only for the count of a list (tasks_visibility_idx),
 *   and those meant for a partnership, index-only for the few an organisation left behind in a
 *   partnership it has left (tasks_partnership_idx, now covering).
 * Plain CREATE INDEX: it blocks writes to tasks while it builds, about a second for 100,000 klussen.
 */
export class SearchIndexes1763920000000 implements MigrationInterface {
  name = 'SearchIndexes1763920000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE INDEX tasks_live_newest_idx ON tasks (published_at DESC NULLS LAST, created_at DESC, id DESC)
       WHERE status IN ('open', 'full')`);
    await db.query(
      `CREATE INDEX tasks_live_end_date_idx ON tasks (end_date, id) WHERE status IN ('open', 'full')`,
    );
    await db.query(
      `CREATE INDEX tasks_live_search_idx ON tasks USING gin (search_vector) WHERE status IN ('open', 'full')`,
    );
    await db.query(
      `CREATE INDEX tasks_visibility_idx ON tasks (status, organisation_id) INCLUDE (visibility, partnership_id, id)`,
    );
    await db.query(`DROP INDEX tasks_partnership_idx`);
    await db.query(`
      CREATE INDEX tasks_partnership_idx ON tasks (partnership_id, status) INCLUDE (organisation_id, id)
       WHERE partnership_id IS NOT NULL`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX tasks_partnership_idx`);
    await db.query(
      `CREATE INDEX tasks_partnership_idx ON tasks (partnership_id, status) WHERE partnership_id IS NOT NULL`,
    );
    await db.query(`DROP INDEX tasks_visibility_idx`);
    await db.query(`DROP INDEX tasks_live_search_idx`);
    await db.query(`DROP INDEX tasks_live_end_date_idx`);
    await db.query(`DROP INDEX tasks_live_newest_idx`);
  }
}
