import 'reflect-metadata';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { withDatabase } from '@klussenbank/test-support';
import pg from 'pg';
import { DataSource } from 'typeorm';
import type { TestProject } from 'vitest/node';
import { dataSourceOptions } from '../../src/database/data-source-options.js';
import { coverageReport } from './openapi-contract.js';
import { startTestServices } from './services.js';

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string;
    templateDatabase: string;
    redisUrl: string;
    /** Where each test process writes the OpenAPI operations it exercised (openapi-contract.ts). */
    openapiCoverageDir: string;
  }
}

export { withDatabase };

/** Migrates one template database; every test file then copies it (CREATE DATABASE … TEMPLATE). */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const services = await startTestServices();
  const templateDatabase = `kb_template_${process.pid}_${Date.now()}`;
  const admin = new pg.Client({ connectionString: services.databaseUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${templateDatabase}`);
  const dataSource = new DataSource(dataSourceOptions(withDatabase(services.databaseUrl, templateDatabase)));
  await dataSource.initialize();
  await dataSource.runMigrations({ transaction: 'each' });
  await dataSource.destroy();

  project.provide('databaseUrl', services.databaseUrl);
  project.provide('templateDatabase', templateDatabase);
  project.provide('redisUrl', services.redisUrl);
  const coverageDir = mkdtempSync(join(tmpdir(), 'kb-openapi-coverage-'));
  project.provide('openapiCoverageDir', coverageDir);

  return async () => {
    process.stdout.write(`\n${coverageReport(coverageDir)}\n`);
    rmSync(coverageDir, { recursive: true, force: true });
    const { rows } = await admin.query<{ datname: string }>(
      `SELECT datname FROM pg_database WHERE datname LIKE $1 ORDER BY datname DESC`,
      [`${templateDatabase}%`],
    );
    for (const { datname } of rows) await admin.query(`DROP DATABASE IF EXISTS ${datname} WITH (FORCE)`);
    await admin.end();
    await services.stop();
  };
}
