import pg from 'pg';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { dataSourceOptions, MIGRATIONS } from '../../src/database/data-source-options.js';
import { withDatabase } from '../support/global-setup.js';

/** The migration that turns klussen's free skill names into references to the taxonomy. */
describe('converting free skill names to taxonomy skills', () => {
  const name = `kb_task_skills_${process.pid}_${Date.now()}`;
  let admin: pg.Client;
  let db: DataSource;
  let taskId: string;
  let gis: string;

  beforeAll(async () => {
    // The schema as it was when this migration came: later ones are left out.
    const upTo = MIGRATIONS.findIndex((m) => m.name === 'TaskSkillsTaxonomy1763960000000');
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

    const [{ org }] = await db.query<[{ org: string }]>(
      `INSERT INTO organisations (name, slug, kind) VALUES ('Gemeente Oss', 'gemeente-oss', 'municipality') RETURNING id AS org`,
    );
    const [{ user }] = await db.query<[{ user: string }]>(
      `INSERT INTO users (organisation_id, email, display_name, roles) VALUES ($1, 'm@oss.test', 'M', '{employee,manager}')
       RETURNING id AS user`,
      [org],
    );
    [{ id: taskId }] = await db.query<[{ id: string }]>(
      `INSERT INTO tasks (organisation_id, poster_id, title, description, estimated_hours, start_date, end_date,
                          location_type, status)
       VALUES ($1, $2, 'Kaarten', 'Kaarten maken', 8, '2026-12-01', '2026-12-31', 'remote', 'open') RETURNING id`,
      [org, user],
    );
    [{ id: gis }] = await db.query<[{ id: string }]>(
      `INSERT INTO skills (label_nl, verified) VALUES ('Geografische informatiesystemen', true) RETURNING id`,
    );
    await db.query(
      `INSERT INTO skill_labels (skill_id, lang, label, kind) VALUES ($1, 'nl', 'Geografische informatiesystemen', 'preferred'),
              ($1, 'nl', 'GIS', 'alt')`,
      [gis],
    );
    // "gis" matches an alternative label; "GIS-analyse" twice (as required and nice) is one new skill.
    await db.query(
      `INSERT INTO task_skills (task_id, name, required) VALUES ($1, 'gis', true), ($1, 'Gïs', false),
              ($1, 'GIS-analyse', true), ($1, 'gis-analyse', false), ($1, 'Inspraak', false)`,
      [taskId],
    );
  });
  afterAll(async () => {
    await db?.destroy();
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  });

  const skillsOfTask = () =>
    db.query<{ label: string; required: boolean; verified: boolean }[]>(
      `SELECT s.label_nl AS label, ts.required, s.verified FROM task_skills ts JOIN skills s ON s.id = ts.skill_id
        WHERE ts.task_id = $1 ORDER BY s.label_nl COLLATE "C"`,
      [taskId],
    );

  it('links known labels, makes unverified skills of the rest, and keeps one row per skill (required first)', async () => {
    await db.runMigrations({ transaction: 'each' });
    expect(await skillsOfTask()).toEqual([
      { label: 'GIS-analyse', required: true, verified: false },
      { label: 'Geografische informatiesystemen', required: true, verified: true },
      { label: 'Inspraak', required: false, verified: false },
    ]);
    const labels = await db.query<{ label: string }[]>(
      `SELECT label FROM skill_labels WHERE kind = 'preferred' ORDER BY label COLLATE "C"`,
    );
    expect(labels.map((l) => l.label)).toEqual([
      'GIS-analyse',
      'Geografische informatiesystemen',
      'Inspraak',
    ]);
  });

  it('goes back to names', async () => {
    await db.undoLastMigration({ transaction: 'each' });
    const rows = await db.query<{ name: string; required: boolean }[]>(
      `SELECT name, required FROM task_skills WHERE task_id = $1 ORDER BY name COLLATE "C"`,
      [taskId],
    );
    expect(rows).toEqual([
      { name: 'GIS-analyse', required: true },
      { name: 'Geografische informatiesystemen', required: true },
      { name: 'Inspraak', required: false },
    ]);
  });
});
