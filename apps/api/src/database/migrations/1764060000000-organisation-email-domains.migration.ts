import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The e-mail domains of an organisation (`{oss.nl}`), set by its org-admins: a user it adds must have
 * an address on one of them. Empty (every existing organisation) means any address, as before.
 */
export class OrganisationEmailDomains1764060000000 implements MigrationInterface {
  name = 'OrganisationEmailDomains1764060000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE organisations ADD COLUMN email_domains text[] NOT NULL DEFAULT '{}'`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE organisations DROP COLUMN email_domains`);
  }
}
