import type { DataSource, Migration } from 'typeorm';

/**
 * One session-level advisory lock for every migration run, whichever process runs it: the CLI
 * (`migrate`, `migrate:revert`), the launcher, a compose service or a Kubernetes Job started twice.
 * TypeORM takes no lock of its own: two runs at once on an empty database both begin the first
 * migration and one fails halfway ("duplicate key value violates unique constraint
 * pg_type_typname_nsp_index"). With the lock the second waits, then finds nothing pending.
 */
export const MIGRATION_LOCK_KEY = 'klussenbank:migrations';
const MIGRATION_LOCK = `hashtextextended('${MIGRATION_LOCK_KEY}', 0)`;

async function underMigrationLock<T>(dataSource: DataSource, run: () => Promise<T>): Promise<T> {
  // The lock lives on a connection of its own, held idle while the migrations use the pool.
  const lock = dataSource.createQueryRunner();
  await lock.connect();
  try {
    await lock.query(`SELECT pg_advisory_lock(${MIGRATION_LOCK})`);
    try {
      return await run();
    } finally {
      await lock.query(`SELECT pg_advisory_unlock(${MIGRATION_LOCK})`);
    }
  } finally {
    await lock.release();
  }
}

/** Applies the pending migrations, each in its own transaction; answers those this run applied. */
export function runMigrationsOnce(dataSource: DataSource): Promise<Migration[]> {
  return underMigrationLock(dataSource, () => dataSource.runMigrations({ transaction: 'each' }));
}

/** Reverts the last applied migration, under the same lock. */
export function revertLastMigration(dataSource: DataSource): Promise<void> {
  return underMigrationLock(dataSource, () => dataSource.undoLastMigration({ transaction: 'each' }));
}
