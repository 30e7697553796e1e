import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What a person needs to recognise a session in "Mijn sessies": the browser's user agent (cut to
 * 512 characters; the label "Chrome op Windows" is derived when read) and the address it began from.
 */
export class SessionDevices1764290000000 implements MigrationInterface {
  name = 'SessionDevices1764290000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE sessions ADD COLUMN user_agent text, ADD COLUMN ip_address inet`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE sessions DROP COLUMN user_agent, DROP COLUMN ip_address`);
  }
}
