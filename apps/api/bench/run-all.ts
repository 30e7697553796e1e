import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BenchResult, Headline } from './bench-result.js';

/*
 * npm run bench — every benchmark in turn, each in its own process printing as it does alone, then
 * docs/benchmarks.md: when, on what machine, the load average around each benchmark, and each one's
 * headline figures (which every benchmark hands over as data in BENCH_RESULT_FILE) with floor and ratio.
 *
 * Settings (environment): BENCH_ONLY (comma-separated names, e.g. "search,reports"), BENCH_DOC (where
 * to write; default docs/benchmarks.md), BENCH_SETTLE_S (how long to wait for a quiet machine before
 * each benchmark; 300), and every benchmark's own settings (BENCH_SCALE for all).
 */

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../../../../..');
const DOC = resolve(process.env['BENCH_DOC'] ?? join(root, 'docs/benchmarks.md'));

const BENCHMARKS: { name: string; script: string; node?: string[]; what: string }[] = [
  {
    name: 'search',
    script: 'search.bench.js',
    what: 'GET /api/v1/tasks, filter mix (docs/search-performance.md)',
  },
  {
    name: 'matching',
    script: 'matching.bench.js',
    what: 'candidates and notifications of a published klus (docs/matching-performance.md)',
  },
  {
    name: 'reports',
    script: 'reports.bench.js',
    what: 'quarterly mirror reports (docs/reports-performance.md)',
  },
  { name: 'load', script: 'sustained.bench.js', what: 'sustained load (docs/operations.md#sustained-load)' },
  {
    name: 'skills-import',
    script: 'skills-import.bench.js',
    node: ['--expose-gc'],
    what: 'ESCO CSV import (docs/skills-import.md)',
  },
];

interface Outcome {
  name: string;
  what: string;
  exitCode: number | null;
  seconds: number;
  loadBefore: number[];
  loadAfter: number[];
  result: BenchResult | null;
}

const loadAverage = () => os.loadavg().map((l) => Number(l.toFixed(2)));
const formatLoad = (load: number[]) => load.map((l) => l.toFixed(2)).join(' / ');
const number = (value: number) =>
  Number.isFinite(value)
    ? value.toLocaleString('en-GB', {
        maximumFractionDigits: Math.abs(value) < 10 ? 2 : Math.abs(value) < 1000 ? 1 : 0,
      })
    : '–';

/** A machine is quiet when its one-minute load average is at most half its cores. */
const quiet = () => (os.loadavg()[0] ?? 0) <= os.cpus().length / 2;

/**
 * Waits (up to BENCH_SETTLE_S seconds, 300 by default) until the machine is quiet again, so that a
 * benchmark does not start in the load the previous one left behind: the one-minute average of 9
 * that a search run leaves takes about two minutes to fall below 1. Returns the seconds waited.
 */
async function settle(): Promise<number> {
  const limitMs = Number(process.env['BENCH_SETTLE_S'] ?? 300) * 1000;
  const started = performance.now();
  if (quiet()) return 0;
  console.log(`\nwaiting for the machine to be quiet (load average ${formatLoad(loadAverage())}) …`);
  while (!quiet() && performance.now() - started < limitMs) {
    await new Promise((wake) => setTimeout(wake, 5000));
  }
  return (performance.now() - started) / 1000;
}

async function run(benchmark: (typeof BENCHMARKS)[number], dir: string): Promise<Outcome> {
  const file = join(dir, `${benchmark.name}.json`);
  const settled = await settle();
  if (settled > 0) console.log(`waited ${settled.toFixed(0)} s (load average ${formatLoad(loadAverage())})`);
  const loadBefore = loadAverage();
  const started = performance.now();
  console.log(`\n===== ${benchmark.name} (load average ${formatLoad(loadBefore)}) =====\n`);
  return new Promise((done) => {
    const child = spawn(process.execPath, [...(benchmark.node ?? []), join(here, benchmark.script)], {
      env: { ...process.env, BENCH_RESULT_FILE: file },
      stdio: 'inherit',
    });
    child.once('exit', (code) => {
      let result: BenchResult | null = null;
      try {
        result = JSON.parse(readFileSync(file, 'utf8')) as BenchResult;
      } catch {
        // No result: the benchmark failed before its summary; the document says so.
      }
      done({
        name: benchmark.name,
        what: benchmark.what,
        exitCode: code,
        seconds: (performance.now() - started) / 1000,
        loadBefore,
        loadAfter: loadAverage(),
        result,
      });
    });
  });
}

function figureRow(figure: Headline): string {
  const ratio = figure.ratio ?? (figure.floor ? figure.value / figure.floor : Number.NaN);
  const verdict = figure.met === undefined ? '' : figure.met ? 'met' : '**missed**';
  return (
    `| ${figure.name} | ${number(figure.value)} ${figure.unit} | ` +
    `${figure.floor === undefined ? '–' : `${number(figure.floor)} ${figure.unit}`} | ` +
    `${Number.isFinite(ratio) ? `${ratio.toFixed(3)}×` : '–'} | ${figure.target ?? '–'} | ${verdict} |`
  );
}

function document(outcomes: Outcome[], startedAt: Date): string {
  const cpus = os.cpus();
  const scale = Number(process.env['BENCH_SCALE'] ?? 1);
  const postgres = outcomes.find((o) => o.result?.postgres)?.result?.postgres ?? '?';
  const busy = outcomes.some((o) => (o.loadBefore[0] ?? 0) > cpus.length / 2);
  const lines = [
    '# Benchmarks',
    '',
    'Written by `npm run bench` ([apps/api/bench/run-all.ts](../apps/api/bench/run-all.ts)); each benchmark is',
    'described in its own document (linked below) and runs alone with its `npm run bench:*` script.',
    'Floor: the same work without the API, measured in the same run; ratio = figure / floor (or as the',
    "benchmark's own document says, e.g. the median of the rounds' quotients).",
    '',
  ];
  if (scale !== 1 || busy) {
    lines.push(
      `> **Not the real figures:** ${scale !== 1 ? `BENCH_SCALE ${scale} (not national scale)` : ''}` +
        `${scale !== 1 && busy ? '; ' : ''}${busy ? 'the machine was busy (load average above half its cores)' : ''}. ` +
        'Figures pending a quiet full-scale run.',
      '',
    );
  }
  // Every BENCH_* setting of the run (a shortened run is not the benchmarks' figures either).
  const settings = Object.entries(process.env)
    .filter(([key]) => key.startsWith('BENCH_') && !['BENCH_DOC', 'BENCH_RESULT_FILE'].includes(key))
    .map(([key, value]) => `${key}=${value}`)
    .sort();
  const firstCounts = outcomes.find((o) => o.result?.counts)?.result?.counts;
  lines.push(
    `- Run: ${startedAt.toISOString().replace('T', ' ').slice(0, 16)} UTC – ${new Date().toISOString().slice(11, 16)} UTC, ` +
      `settings: ${settings.length ? settings.join(', ') : 'the defaults'}`,
    `- Machine: ${cpus[0]?.model ?? '?'}, ${cpus.length} cores, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB, ` +
      `${os.type()} ${os.release()}, Node ${process.version}, PostgreSQL ${postgres}`,
    ...(firstCounts
      ? [
          `- Data (apps/api/bench/national-seed.ts; a benchmark's own line below where it differs): ${Object.entries(
            firstCounts,
          )
            .map(([key, value]) => `${key} ${value}`)
            .join(', ')}`,
        ]
      : []),
    '',
    '| benchmark | what | exit | minutes | seeding (s) | load average before → after (1 / 5 / 15 min) |',
    '|---|---|---|---|---|---|',
    ...outcomes.map(
      (o) =>
        `| ${o.name} | ${o.what} | ${o.exitCode === 0 ? 'ok' : `**failed (${o.exitCode})**`} | ${(o.seconds / 60).toFixed(1)} | ` +
        `${o.result?.seedSeconds === undefined ? '–' : o.result.seedSeconds.toFixed(0)} | ${formatLoad(o.loadBefore)} → ${formatLoad(o.loadAfter)} |`,
    ),
  );
  for (const o of outcomes) {
    lines.push('', `## ${o.name}`, '');
    if (!o.result) {
      lines.push('No result: the benchmark ended before its summary (see its output).');
      continue;
    }
    if (o.result.counts && JSON.stringify(o.result.counts) !== JSON.stringify(firstCounts)) {
      lines.push(
        `Data: ${Object.entries(o.result.counts)
          .map(([key, value]) => `${key} ${value}`)
          .join(', ')}.`,
        '',
      );
    }
    lines.push('| figure | value | floor | ratio | target | verdict |', '|---|---|---|---|---|---|');
    lines.push(...o.result.figures.map(figureRow));
    for (const note of o.result.notes ?? []) lines.push('', note);
  }
  return `${lines.join('\n')}\n`;
}

async function main() {
  const only = process.env['BENCH_ONLY']?.split(',').map((name) => name.trim());
  const chosen = BENCHMARKS.filter((b) => !only || only.includes(b.name));
  if (chosen.length === 0)
    throw new Error(`BENCH_ONLY names none of ${BENCHMARKS.map((b) => b.name).join(', ')}`);
  const dir = mkdtempSync(join(os.tmpdir(), 'klussenbank-bench-results-'));
  const startedAt = new Date();
  const outcomes: Outcome[] = [];
  try {
    for (const benchmark of chosen) outcomes.push(await run(benchmark, dir));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  writeFileSync(DOC, document(outcomes, startedAt));
  console.log(`\nwrote ${relative(process.cwd(), DOC)}`);
  for (const o of outcomes) {
    console.log(
      `${o.name}: ${o.exitCode === 0 ? 'ok' : `failed (${o.exitCode})`} in ${(o.seconds / 60).toFixed(1)} min`,
    );
  }
  if (outcomes.some((o) => o.exitCode !== 0)) process.exitCode = 1;
}

await main();
