// Writes apps/web/src/api/schema.gen.ts, the web client's types, from the API's OpenAPI document
// (apps/api/openapi.json) with openapi-typescript. With --check it only compares, and fails when the
// committed file is not what the current document produces. `npm run openapi` runs both steps.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import { format, resolveConfig } from 'prettier';

const source = new URL('../../api/openapi.json', import.meta.url);
const target = fileURLToPath(new URL('../src/api/schema.gen.ts', import.meta.url));
const check = process.argv.includes('--check');

const header = `// Generated from apps/api/openapi.json by openapi-typescript (apps/web/scripts/api-types.mjs).
// Do not edit: change the API, then run \`npm run openapi\`, which rewrites the document and this file.
`;
// defaultNonNullable off: a field with a default may be left out of a request (`capacity` in a
// PATCH); the document lists what an answer always carries under `required`.
const ast = await openapiTS(JSON.parse(readFileSync(source, 'utf8')), { defaultNonNullable: false });
const text = await format(header + astToString(ast), {
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
      'apps/web/src/api/schema.gen.ts is not what apps/api/openapi.json produces: run npm run openapi and commit the result.\n',
    );
    process.exit(1);
  }
  process.stdout.write('apps/web/src/api/schema.gen.ts matches apps/api/openapi.json.\n');
}
