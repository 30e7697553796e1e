import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { dataSourceOptions, MIGRATIONS } from '../../src/database/data-source-options.js';
import { DEMO_USERS, demoUsersMarkdownTable } from '../../src/seed/demo-network.js';
import { DEMO_DOSSIERS } from '../../src/seed/demo-dossiers.js';
import { DEMO_PROFILES } from '../../src/seed/demo-skills.js';
import { seedDemoData } from '../../src/seed/demo-seed.js';
import { DEMO_SUCCESSES } from '../../src/seed/demo-successes.js';
import type { Placeholder } from '../../src/common/sql-params.js';
import { successVisible } from '../../src/successes/successes.repository.js';
import { DEMO_COMPLETED_TASKS } from '../../src/seed/demo-ledger.js';
import { DEMO_TASKS } from '../../src/seed/demo-tasks.js';
import { withDatabase } from '../support/global-setup.js';

describe('database', () => {
  const name = `kb_empty_${process.pid}_${Date.now()}`;
  let admin: pg.Client;
  let db: DataSource;

  beforeAll(async () => {
    admin = new pg.Client({ connectionString: inject('databaseUrl') });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    db = new DataSource(dataSourceOptions(withDatabase(inject('databaseUrl'), name)));
    await db.initialize();
  });
  afterAll(async () => {
    await db.destroy();
    await admin.query(`DROP DATABASE ${name} WITH (FORCE)`);
    await admin.end();
  });

  const tables = async () =>
    (
      await db.query<{ tablename: string }[]>(
        `SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'migrations' ORDER BY 1`,
      )
    ).map((row) => row.tablename);

  it('migrates up, all the way down, and up again', async () => {
    await db.runMigrations({ transaction: 'each' });
    const migratedTables = (await tables()).length;
    expect(await tables()).toEqual([
      'audit_events',
      'calendar_feeds',
      'claims',
      'data_exports',
      'deliveries',
      'dossier_activity',
      'dossier_checkpoints',
      'dossier_members',
      'dossier_skills',
      'dossiers',
      'evaluation_requests',
      'evaluations',
      'external_identities',
      'learning_goals',
      'ledger_confirmations',
      'ledger_disputes',
      'ledger_entries',
      'live_task_skills',
      'municipalities',
      'notification_preferences',
      'notifications',
      'oidc_login_flows',
      'oidc_pending_links',
      'oidc_providers',
      'organisation_statements',
      'organisations',
      'outbox',
      'partnership_members',
      'partnerships',
      'password_links',
      'profiles',
      'scim_tokens',
      'sessions',
      'skill_labels',
      'skills',
      'success_applause',
      'success_comments',
      'success_organisations',
      'success_partnerships',
      'success_people',
      'success_skills',
      'successes',
      'task_skills',
      'tasks',
      'user_skills',
      'users',
    ]);
    for (let i = 0; i < MIGRATIONS.length; i++) await db.undoLastMigration({ transaction: 'each' });
    expect(await tables()).toEqual([]);
    await db.runMigrations({ transaction: 'each' });
    expect(await tables()).toHaveLength(migratedTables);
  });

  it('has the schema the entities describe (no drift between migrations and entities)', async () => {
    await db.runMigrations({ transaction: 'each' });
    const pending = await db.driver.createSchemaBuilder().log();
    // Indexes and checks written by hand in SQL are not known to the entities; tables and columns are.
    const drift = pending.upQueries
      .map((q) => q.query)
      .filter((sql) => /^(CREATE TABLE|ALTER TABLE .* (ADD|DROP|ALTER) COLUMN)/.test(sql));
    expect(drift).toEqual([]);
  });

  it('seeds the demo network once, with the users the README lists, open and completed klussen and dossiers', async () => {
    expect(await seedDemoData(db)).toBe(true);
    expect(await seedDemoData(db)).toBe(false);
    const [counts] = await db.query<[Record<string, number>]>(`
      SELECT (SELECT count(*)::int FROM organisations) AS organisations,
             (SELECT count(*)::int FROM partnerships) AS partnerships,
             (SELECT count(*)::int FROM users) AS users,
             (SELECT count(*)::int FROM users WHERE line_manager_id IS NOT NULL) AS "withLineManager",
             (SELECT count(*)::int FROM tasks WHERE status IN ('open', 'full')) AS "liveTasks",
             (SELECT count(*)::int FROM tasks t
               WHERE t.status <> 'completed'
                 AND t.taken <> (SELECT count(*) FROM claims c WHERE c.task_id = t.id AND c.status = 'active'))
               AS "miscountedTasks",
             (SELECT count(*)::int FROM tasks WHERE status = 'completed') AS "completedTasks",
             (SELECT count(*)::int FROM ledger_entries) AS "ledgerEntries",
             (SELECT count(*)::int FROM ledger_entries WHERE giving_organisation_id <> receiving_organisation_id)
               AS "betweenOrganisations",
             (SELECT count(*)::int FROM claims WHERE status = 'completed') AS "completedClaims",
             (SELECT max(entry_date) - min(entry_date) FROM ledger_entries) AS "daysSpanned",
             (SELECT count(*)::int FROM dossiers) AS dossiers,
             (SELECT count(DISTINCT user_id)::int FROM user_skills) AS "withSkills",
             (SELECT count(*)::int FROM dossiers d WHERE NOT EXISTS (SELECT 1 FROM dossier_members m
               WHERE m.dossier_id = d.id AND m.role = 'trekker' AND m.status = 'active')) AS "withoutTrekker"`);
    expect(counts).toMatchObject({
      organisations: 9,
      partnerships: 2,
      users: DEMO_USERS.length,
      liveTasks: DEMO_TASKS.length,
      miscountedTasks: 0,
      dossiers: DEMO_DOSSIERS.length,
      withSkills: DEMO_PROFILES.length,
      withoutTrekker: 0,
      completedTasks: DEMO_COMPLETED_TASKS.length,
      ledgerEntries: DEMO_COMPLETED_TASKS.flatMap((task) => task.participants).length,
      completedClaims: DEMO_COMPLETED_TASKS.flatMap((task) => task.participants).length,
    });
    // A few months of hours between organisations (one demo klus has an internal participant).
    expect(counts['betweenOrganisations']).toBe(counts['ledgerEntries'] - 1);
    expect(counts['daysSpanned']).toBeGreaterThan(90);
    expect(counts['withLineManager']).toBeGreaterThan(25);
    const readme = readFileSync(join(import.meta.dirname, '../../../../README.md'), 'utf8');
    expect(readme).toContain(demoUsersMarkdownTable());
  });

  it('seeds successes whose applause and comments come from people who may see them', async () => {
    // Runs after the test above: the demo network is seeded.
    const rows = await db.query<
      { title: string; partnerships: number; applause: number; named: number; outsiders: number }[]
    >(`
      SELECT s.title,
             (SELECT count(*)::int FROM success_partnerships sp WHERE sp.success_id = s.id) AS partnerships,
             (SELECT count(*)::int FROM success_applause a WHERE a.success_id = s.id) AS applause,
             (SELECT count(*)::int FROM success_people p WHERE p.success_id = s.id AND p.naming = 'agreed') AS named,
             (SELECT count(*)::int FROM (SELECT user_id FROM success_applause WHERE success_id = s.id
                                         UNION SELECT author_id FROM success_comments WHERE success_id = s.id) x
                JOIN users u ON u.id = x.user_id
               WHERE NOT ${successVisible('u.organisation_id' as Placeholder, 'false' as Placeholder)}) AS outsiders
        FROM successes s ORDER BY s.created_at DESC`);
    expect(rows).toHaveLength(DEMO_SUCCESSES.length);
    for (const row of rows) {
      expect(row).toMatchObject({ partnerships: 1, outsiders: 0 });
      expect(row.applause).toBeGreaterThan(0);
      expect(row.named).toBeGreaterThan(0);
    }
  });
});
