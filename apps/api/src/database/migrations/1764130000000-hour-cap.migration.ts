import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The hour cap per person: an organisation's monthly cap of klus hours per employee (none by
 * default) and whether a claim over it is refused or only reported to the line manager; a person's
 * own, lower cap set by their line manager or an org-admin.
 */
export class HourCap1764130000000 implements MigrationInterface {
  name = 'HourCap1764130000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE organisations
        ADD COLUMN hour_cap_per_month integer CHECK (hour_cap_per_month BETWEEN 0 AND 744),
        ADD COLUMN hour_cap_mode text NOT NULL DEFAULT 'refuse' CHECK (hour_cap_mode IN ('refuse', 'warn'))`);
    await db.query(`
      ALTER TABLE users
        ADD COLUMN hour_cap_per_month integer CHECK (hour_cap_per_month BETWEEN 0 AND 744)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE users DROP COLUMN hour_cap_per_month`);
    await db.query(`ALTER TABLE organisations DROP COLUMN hour_cap_per_month, DROP COLUMN hour_cap_mode`);
  }
}
