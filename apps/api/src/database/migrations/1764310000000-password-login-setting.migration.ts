import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Whether an organisation's people may sign in with a password. An organisation switches it off
 * once single sign-on works; platform admins keep their password login whatever their
 * organisation says (break-glass).
 */
export class PasswordLoginSetting1764310000000 implements MigrationInterface {
  name = 'PasswordLoginSetting1764310000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE organisations ADD COLUMN password_login boolean NOT NULL DEFAULT true`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE organisations DROP COLUMN password_login`);
  }
}
