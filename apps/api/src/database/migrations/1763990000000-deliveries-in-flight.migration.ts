import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The deliveries on their way to the mail server, by lease: what the sweep of given-up sends reads. */
export class DeliveriesInFlight1763990000000 implements MigrationInterface {
  name = 'DeliveriesInFlight1763990000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(
      `CREATE INDEX deliveries_in_flight_idx ON deliveries (locked_until) WHERE status IN ('sending', 'handed-over')`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX deliveries_in_flight_idx`);
  }
}
