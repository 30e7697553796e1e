import type { MigrationInterface, QueryRunner } from 'typeorm';

const DOSSIER_STATUS: [dutch: string, english: string][] = [
  ['verkennen', 'exploring'],
  ['actief', 'active'],
  ['afgerond', 'completed'],
  ['gestopt', 'stopped'],
];
const SKILL_LEVEL: [dutch: string, english: string][] = [
  ['basis', 'basic'],
  ['gevorderd', 'advanced'],
  ['expert', 'expert'],
];

const list = (values: string[]) => values.map((v) => `'${v}'`).join(', ');
const mapping = (column: string, pairs: [string, string][]) =>
  `CASE ${column} ${pairs.map(([from, to]) => `WHEN '${from}' THEN '${to}'`).join(' ')} ELSE ${column} END`;

/**
 * Enum values in English like the rest of the code (the UI keeps its Dutch labels): dossier status
 * verkennen/actief/afgerond/gestopt → exploring/active/completed/stopped, skill level
 * basis/gevorderd/expert → basic/advanced/expert. Converts stored rows, the status in dossier
 * activity ("status-changed") and the CHECK constraints; down converts back.
 */
export class EnglishEnumValues1764010000000 implements MigrationInterface {
  name = 'EnglishEnumValues1764010000000';

  async up(db: QueryRunner): Promise<void> {
    await this.convert(db, DOSSIER_STATUS, SKILL_LEVEL);
  }

  async down(db: QueryRunner): Promise<void> {
    const back = (pairs: [string, string][]) =>
      pairs.map(([dutch, english]): [string, string] => [english, dutch]);
    await this.convert(db, back(DOSSIER_STATUS), back(SKILL_LEVEL));
  }

  private async convert(
    db: QueryRunner,
    status: [string, string][],
    level: [string, string][],
  ): Promise<void> {
    const to = (pairs: [string, string][]) => pairs.map(([, target]) => target);
    await db.query(`ALTER TABLE dossiers DROP CONSTRAINT dossiers_status_check`);
    await db.query(`ALTER TABLE dossiers ALTER COLUMN status DROP DEFAULT`);
    await db.query(`UPDATE dossiers SET status = ${mapping('status', status)}`);
    await db.query(`ALTER TABLE dossiers ALTER COLUMN status SET DEFAULT '${to(status)[0]}'`);
    await db.query(
      `ALTER TABLE dossiers ADD CONSTRAINT dossiers_status_check CHECK (status IN (${list(to(status))}))`,
    );
    await db.query(
      `UPDATE dossier_activity SET data = jsonb_set(data, '{status}', to_jsonb(${mapping("data->>'status'", status)}))
        WHERE type = 'status-changed' AND data ? 'status'`,
    );
    await db.query(`ALTER TABLE user_skills DROP CONSTRAINT user_skills_level_check`);
    await db.query(`UPDATE user_skills SET level = ${mapping('level', level)}`);
    await db.query(
      `ALTER TABLE user_skills ADD CONSTRAINT user_skills_level_check CHECK (level IN (${list(to(level))}))`,
    );
  }
}
