import 'reflect-metadata';
import { once } from 'node:events';
import { createReadStream, createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../src/database/data-source-options.js';
import { type Service, startEmbeddedPostgres } from '../src/launcher/services.js';
import { type ImportReport, SkillImportService } from '../src/skills/skill-import.service.js';
import { SkillsRepository } from '../src/skills/skills.repository.js';
import { type Headline, publishResult } from './bench-result.js';

/*
 * npm run bench:skills-import — does the ESCO import stream? (Not a test: it reports, it does not judge.)
 * Writes synthetic ESCO skills files in the real format (BOM, CRLF, quoted multi-line altLabels, about
 * 1.5 kB and 9 labels a record; the real Dutch file is tens of MB for some 14,000 concepts), imports
 * the first into an empty database, imports it again (nothing may change), then imports one twice as
 * large into another empty database. Flat memory means the peak RSS hardly grows with the file.
 *
 * Settings (environment): BENCH_ROWS (20000), DATABASE_URL (otherwise an embedded PostgreSQL in a
 * temp folder).
 */

const ROWS = Number(process.env['BENCH_ROWS'] ?? 20_000);
const HEADER =
  'conceptType,conceptUri,skillType,reuseLevel,preferredLabel,altLabels,hiddenLabels,status,modifiedDate,scopeNote,definition,inScheme,description';
const WORDS = (
  'beleid advies project archief ruimtelijk ordening vergunning subsidie aanbesteding data analyse ' +
  'participatie evenement financieel rapportage communicatie klant reis begrijpelijk taal gegevens ' +
  'beheer coördinatie toezicht handhaving omgeving wet regelgeving inkoop contract sociaal domein jeugd ' +
  'zorg werk inkomen onderwijs cultuur sport verkeer mobiliteit energie duurzaamheid wonen'
).split(' ');

let seed = 42;
const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
const pick = () => WORDS[Math.floor(random() * WORDS.length)] ?? 'vaardigheid';
const phrase = (words: number) => Array.from({ length: words }, pick).join(' ');
const quote = (cell: string) => (/[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);

async function writeEscoFile(path: string, rows: number): Promise<number> {
  const out = createWriteStream(path);
  const write = async (text: string) => {
    if (!out.write(text)) await once(out, 'drain');
  };
  await write(`\ufeff${HEADER}\r\n`);
  for (let i = 0; i < rows; i++) {
    const uuid = `00000000-0000-4000-8000-${i.toString(16).padStart(12, '0')}`;
    const alt = Array.from({ length: 4 + (i % 9) }, (_, j) => `${phrase(2 + (j % 3))} ${i}-${j}`).join('\n');
    const hidden = i % 5 === 0 ? `${phrase(2)} ${i}` : '';
    const cells = [
      'KnowledgeSkillCompetence',
      `http://data.europa.eu/esco/skill/${uuid}`,
      i % 4 === 0 ? 'knowledge' : 'skill/competence',
      ['cross-sector', 'sector-specific', 'occupation-specific', 'transversal'][i % 4] ?? '',
      `${phrase(3)} ${i}`,
      alt,
      hidden,
      'released',
      '2024-05-15T10:00:00Z',
      i % 7 === 0 ? `Omvat: ${phrase(12)}.\nNiet: ${phrase(8)}.` : '',
      i % 3 === 0 ? `${phrase(20)}.` : '',
      'http://data.europa.eu/esco/concept-scheme/member-skills, http://data.europa.eu/esco/concept-scheme/skills',
      `${phrase(60)}, "${phrase(3)}", ${phrase(40)}.`,
    ];
    await write(`${cells.map(quote).join(',')}\r\n`);
  }
  out.end();
  await once(out, 'finish');
  return statSync(path).size;
}

interface Measured {
  report: ImportReport;
  seconds: number;
  peakRssMb: number;
  peakHeapMb: number;
  startRssMb: number;
}

async function measure(importer: SkillImportService, file: string): Promise<Measured> {
  global.gc?.();
  const mb = (bytes: number) => Math.round(bytes / 1024 / 102.4) / 10;
  const start = process.memoryUsage();
  let peakRss = start.rss;
  let peakHeap = start.heapUsed;
  const sampler = setInterval(() => {
    const now = process.memoryUsage();
    peakRss = Math.max(peakRss, now.rss);
    peakHeap = Math.max(peakHeap, now.heapUsed);
  }, 10);
  const began = process.hrtime.bigint();
  const source = createReadStream(file);
  try {
    const report = await importer.importEsco(source, 'nl');
    const seconds = Number(process.hrtime.bigint() - began) / 1e9;
    return { report, seconds, peakRssMb: mb(peakRss), peakHeapMb: mb(peakHeap), startRssMb: mb(start.rss) };
  } finally {
    clearInterval(sampler);
    source.destroy();
  }
}

async function freshDatabase(adminUrl: string, name: string): Promise<DataSource> {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const dataSource = new DataSource(dataSourceOptions(url.toString()));
  await dataSource.initialize();
  await dataSource.runMigrations({ transaction: 'each' });
  return dataSource;
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(os.tmpdir(), 'kb-skills-bench-'));
  const started: Service[] = [];
  let adminUrl = process.env['DATABASE_URL'];
  if (!adminUrl) {
    const postgres = await startEmbeddedPostgres(join(dir, 'postgres'), 54399);
    started.push(postgres);
    adminUrl = postgres.url;
  }
  const sources: DataSource[] = [];
  try {
    const small = join(dir, 'skills_nl.csv');
    const large = join(dir, 'skills_nl_large.csv');
    const smallBytes = await writeEscoFile(small, ROWS);
    const largeBytes = await writeEscoFile(large, ROWS * 2);

    const first = await freshDatabase(adminUrl, `kb_bench_skills_${process.pid}_a`);
    sources.push(first);
    const second = await freshDatabase(adminUrl, `kb_bench_skills_${process.pid}_b`);
    sources.push(second);
    const runs: [string, number, Measured][] = [
      [
        `${ROWS} rows, empty database`,
        smallBytes,
        await measure(new SkillImportService(new SkillsRepository(first)), small),
      ],
      [
        `${ROWS} rows again (re-import)`,
        smallBytes,
        await measure(new SkillImportService(new SkillsRepository(first)), small),
      ],
      [
        `${ROWS * 2} rows, empty database`,
        largeBytes,
        await measure(new SkillImportService(new SkillsRepository(second)), large),
      ],
    ];

    console.log(`Node ${process.version}, ${os.cpus().length} CPUs, ${os.platform()} ${os.release()}`);
    console.log(
      '| run | file | seconds | rows/s | inserted / updated / unchanged | labels added | RSS before → peak | peak heap |',
    );
    console.log('| --- | --- | --- | --- | --- | --- | --- | --- |');
    for (const [name, bytes, m] of runs) {
      const r = m.report;
      console.log(
        `| ${name} | ${(bytes / 1024 / 1024).toFixed(1)} MB | ${m.seconds.toFixed(1)} | ` +
          `${Math.round(r.rows / m.seconds)} | ${r.inserted} / ${r.updated} / ${r.unchanged} | ${r.labelsAdded} | ` +
          `${m.startRssMb} → ${m.peakRssMb} MB | ${m.peakHeapMb} MB |`,
      );
    }
    const [version] = await first.query<{ v: string }[]>(`SELECT current_setting('server_version') AS v`);
    publishResult({
      benchmark: 'skills-import',
      postgres: version?.v,
      figures: runs.flatMap(([name, , m]): Headline[] => [
        { name: `${name}: rows per second`, value: m.report.rows / m.seconds, unit: 'rows/s' },
        { name: `${name}: peak resident memory`, value: m.peakRssMb, unit: 'MB' },
      ]),
    });
  } finally {
    for (const source of sources) await source.destroy();
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    for (const suffix of ['a', 'b']) {
      await admin.query(`DROP DATABASE IF EXISTS kb_bench_skills_${process.pid}_${suffix} WITH (FORCE)`);
    }
    await admin.end();
    for (const service of started.reverse()) await service.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
