import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Every outbox row gets a random job key. BullMQ job ids were built from the bigserial id, which
 * starts at 1 again in every new or restored database, while Redis keeps finished jobs for a day:
 * BullMQ ignores a job whose id it already holds, so a new database next to a Redis that remembered
 * an earlier one notified nobody. A UUID is unique across databases, clones and restored backups.
 */
export class OutboxJobKey1763995000000 implements MigrationInterface {
  name = 'OutboxJobKey1763995000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE outbox ADD COLUMN job_key uuid NOT NULL DEFAULT gen_random_uuid()`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE outbox DROP COLUMN job_key`);
  }
}
