import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The hour rate a partnership's members may agree for settling hours (euros per hour). Null, the
 * default, means hours are not money: the settlement export then has no amount column.
 */
export class PartnershipHourRate1764120000000 implements MigrationInterface {
  name = 'PartnershipHourRate1764120000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(
      `ALTER TABLE partnerships ADD COLUMN hour_rate numeric(8,2)
         CONSTRAINT partnerships_hour_rate_positive CHECK (hour_rate > 0)`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE partnerships DROP COLUMN hour_rate`);
  }
}
