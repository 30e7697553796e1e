import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The request that caused an outbox event travels with it into the jobs (logs follow one claim from
 * HTTP to e-mail); and the deliveries that are not finished, or ended badly, are counted from an
 * index for the metrics, without reading the sent ones.
 */
export class RequestIdsAndMetrics1764240000000 implements MigrationInterface {
  name = 'RequestIdsAndMetrics1764240000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE outbox ADD COLUMN request_id text`);
    await db.query(
      `CREATE INDEX deliveries_open_status_idx ON deliveries (status)
        WHERE status IN ('pending', 'sending', 'handed-over', 'uncertain', 'failed')`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX deliveries_open_status_idx`);
    await db.query(`ALTER TABLE outbox DROP COLUMN request_id`);
  }
}
