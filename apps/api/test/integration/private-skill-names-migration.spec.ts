import pg from 'pg';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { dataSourceOptions, MIGRATIONS } from '../../src/database/data-source-options.js';
import { withDatabase } from '../support/global-setup.js';

/** The migration that makes existing free skill names private proposals of their organisation. */
describe('making existing free skill names private', () => {
  const name = `kb_private_skills_${process.pid}_${Date.now()}`;
  let admin: pg.Client;
  let db: DataSource;
  let oss: string;
  const skill: Record<string, string> = {};

  beforeAll(async () => {
    // The schema as it was when this migration came: later ones are left out.
    const upTo = MIGRATIONS.findIndex((m) => m.name === 'PrivateSkillNames1764050000000');
    expect(upTo).toBeGreaterThan(0);
    admin = new pg.Client({ connectionString: inject('databaseUrl') });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    db = new DataSource({
      ...dataSourceOptions(withDatabase(inject('databaseUrl'), name)),
      migrations: MIGRATIONS.slice(0, upTo + 1),
    });
    await db.initialize();
    await db.runMigrations({ transaction: 'each' });
    await db.undoLastMigration({ transaction: 'each' });

    [{ id: oss }] = await db.query<[{ id: string }]>(
      `INSERT INTO organisations (name, slug, kind) VALUES ('Gemeente Oss', 'gemeente-oss', 'municipality') RETURNING id`,
    );
    const person = async (email: string, roles: string) =>
      (
        await db.query<[{ id: string }]>(
          `INSERT INTO users (organisation_id, email, display_name, roles) VALUES ($1, $2, 'X', $3) RETURNING id`,
          [oss, email, roles],
        )
      )[0].id;
    const employee = await person('m@oss.test', '{employee,manager}');
    const orgAdmin = await person('a@oss.test', '{employee,org-admin}');
    const [{ id: taskId }] = await db.query<[{ id: string }]>(
      `INSERT INTO tasks (organisation_id, poster_id, title, description, estimated_hours, start_date, end_date,
                          location_type, status)
       VALUES ($1, $2, 'Kaarten', 'Kaarten maken', 8, '2026-12-01', '2026-12-31', 'remote', 'open') RETURNING id`,
      [oss, employee],
    );
    const add = async (key: string, columns: string, values: unknown[]) => {
      [{ id: skill[key] }] = await db.query<[{ id: string }]>(
        `INSERT INTO skills (label_nl, ${columns}) VALUES ($1, ${values.map((_, i) => `$${i + 2}`).join(', ')}) RETURNING id`,
        [key, ...values],
      );
    };
    await add('free name of a klus', 'verified, created_by', [false, employee]);
    await add('from the task-skills migration', 'verified', [false]);
    await add('org-admin proposal', 'verified, created_by', [false, orgAdmin]);
    await add('esco', 'verified, esco_uri', [true, 'http://data.europa.eu/esco/skill/x']);
    await add('orphan', 'verified', [false]);
    await db.query(
      `INSERT INTO task_skills (task_id, skill_id, required) VALUES ($1, $2, true), ($1, $3, false)`,
      [taskId, skill['from the task-skills migration'], skill['free name of a klus']],
    );
  });
  afterAll(async () => {
    await db?.destroy();
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  });

  it('turns free names into proposals of their organisation and leaves the rest shared', async () => {
    await db.runMigrations({ transaction: 'each' });
    const rows = await db.query<{ label_nl: string; status: string; organisation_id: string | null }[]>(
      `SELECT label_nl, status, organisation_id FROM skills ORDER BY label_nl`,
    );
    expect(rows).toEqual([
      { label_nl: 'esco', status: 'accepted', organisation_id: null },
      { label_nl: 'free name of a klus', status: 'proposed', organisation_id: oss },
      { label_nl: 'from the task-skills migration', status: 'proposed', organisation_id: oss },
      { label_nl: 'org-admin proposal', status: 'accepted', organisation_id: null },
      { label_nl: 'orphan', status: 'accepted', organisation_id: null },
    ]);
  });

  it('goes back to shared unverified skills', async () => {
    await db.undoLastMigration({ transaction: 'each' });
    const columns = await db.query<{ column_name: string }[]>(
      `SELECT column_name FROM information_schema.columns WHERE table_name = 'skills' AND column_name IN ('status', 'organisation_id')`,
    );
    expect(columns).toEqual([]);
    const [{ count }] = await db.query<[{ count: number }]>(`SELECT count(*)::int AS count FROM skills`);
    expect(count).toBe(5);
  });
});
