import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An admin deactivates an account instead of deleting it: the person can no longer sign in and their
 * sessions end, while what they did (klussen, claims, hours, dossiers) stays as it was.
 */
export class UserDeactivation1764170000000 implements MigrationInterface {
  name = 'UserDeactivation1764170000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE users ADD COLUMN deactivated_at timestamptz`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE users DROP COLUMN deactivated_at`);
  }
}
