// Writes the API's OpenAPI document to apps/api/openapi.json without PostgreSQL or Redis: Nest's
// preview mode resolves the modules and routes but instantiates no provider. With --check it only
// compares, and fails when the committed document is not what the code produces.
import 'reflect-metadata';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { format, resolveConfig } from 'prettier';
import { AppModule } from '../src/app.module.js';
import { buildOpenApiDocument } from '../src/common/openapi/openapi-document.js';
import { loadConfig } from '../src/config/app-config.js';
import { useApiPrefix } from '../src/create-app.js';

const target = fileURLToPath(new URL('../openapi.json', import.meta.url));
const check = process.argv.includes('--check');

const config = loadConfig({}, { requireServices: false });
const app = await NestFactory.create<NestFastifyApplication>(
  AppModule.forRoot(config),
  new FastifyAdapter(),
  {
    preview: true,
    logger: false,
  },
);
useApiPrefix(app);
const document = buildOpenApiDocument(app);
await app.close();

const text = await format(JSON.stringify(document), {
  ...(await resolveConfig(target)),
  filepath: target,
});
if (!check) {
  writeFileSync(target, text);
  process.stdout.write(`Wrote ${target}\n`);
} else {
  let committed = '';
  try {
    committed = readFileSync(target, 'utf8');
  } catch {
    // missing: reported below like any difference
  }
  if (committed !== text) {
    process.stderr.write(
      'apps/api/openapi.json is not what the code produces: run npm run openapi and commit the result.\n',
    );
    process.exit(1);
  }
  process.stdout.write('apps/api/openapi.json matches the code.\n');
}
