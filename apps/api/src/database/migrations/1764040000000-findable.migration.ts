import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * People decide whether trekkers of other organisations can find them by name in a dossier's skill
 * gap (off by default); an organisation decides the same for its own people (on by default).
 */
export class Findable1764040000000 implements MigrationInterface {
  name = 'Findable1764040000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE profiles ADD COLUMN findable_by_partners boolean NOT NULL DEFAULT false`);
    await db.query(
      `ALTER TABLE organisations ADD COLUMN findable_within_organisation boolean NOT NULL DEFAULT true`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE organisations DROP COLUMN findable_within_organisation`);
    await db.query(`ALTER TABLE profiles DROP COLUMN findable_by_partners`);
  }
}
