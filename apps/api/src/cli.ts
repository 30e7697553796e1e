import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { exitOnConfigError, loadConfig } from './config/app-config.js';
import { dataSourceOptions } from './database/data-source-options.js';
import { revertLastMigration, runMigrationsOnce } from './database/migrate.js';
import { seedDemoData } from './seed/demo-seed.js';
import { skillImportCommand } from './skills/skill-import.command.js';

const USAGE = 'Usage: node dist/cli.js <migrate|migrate:revert|seed|skills:import <file> --lang nl|en>';

async function main(command: string | undefined): Promise<void> {
  let config;
  try {
    config = loadConfig(process.env, { requireRedis: false }); // the CLI only talks to PostgreSQL
  } catch (error) {
    exitOnConfigError(error);
  }
  const dataSource = new DataSource(dataSourceOptions(config.DATABASE_URL));
  await dataSource.initialize();
  try {
    switch (command ?? '') {
      case 'migrate': {
        const done = await runMigrationsOnce(dataSource);
        console.log(
          done.length ? `Applied: ${done.map((m) => m.name).join(', ')}` : 'No pending migrations.',
        );
        break;
      }
      case 'migrate:revert':
        await revertLastMigration(dataSource);
        console.log('Reverted the last migration.');
        break;
      case 'seed':
        if (!config.seedDemoData) throw new Error('Demo data is never seeded in production.');
        console.log(
          (await seedDemoData(dataSource)) ? 'Demo data seeded.' : 'Database not empty; nothing seeded.',
        );
        break;
      case 'skills:import':
        process.exitCode = await skillImportCommand(dataSource, process.argv.slice(3));
        break;
      default:
        console.error(USAGE);
        process.exitCode = 2;
    }
  } finally {
    await dataSource.destroy();
  }
}

main(process.argv[2]).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
