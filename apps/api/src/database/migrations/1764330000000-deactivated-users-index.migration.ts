import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The people of an organisation who were switched off: few, and asked for by every match (they keep
 * their skills, in case they come back, but are never candidates).
 */
export class DeactivatedUsersIndex1764330000000 implements MigrationInterface {
  name = 'DeactivatedUsersIndex1764330000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(
      `CREATE INDEX users_deactivated_idx ON users (organisation_id) WHERE deactivated_at IS NOT NULL`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX users_deactivated_idx`);
  }
}
