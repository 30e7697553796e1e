import { pipeline, type Readable, Transform, type TransformCallback } from 'node:stream';
import { Inject, Injectable } from '@nestjs/common';
import {
  type EscoSkill,
  escoHeaderProblem,
  NOT_ESCO_MESSAGE,
  parseEscoRow,
  type SkillLanguage,
} from '@klussenbank/domain';
import { CsvError, parse } from 'csv-parse';
import type { QueryRunner } from 'typeorm';
import { SkillsRepository } from './skills.repository.js';

export interface ImportError {
  /** The line of the file where the bad record starts (the header is line 1). */
  line: number;
  reason: string;
}

export interface ImportReport {
  lang: SkillLanguage;
  /** Records read, the header not counted. */
  rows: number;
  inserted: number;
  updated: number;
  unchanged: number;
  labelsAdded: number;
  errorCount: number;
  /** The first MAX_REPORTED_ERRORS bad records. */
  errors: ImportError[];
}

/** Not CSV, or CSV without ESCO's columns: the whole file is refused with one message. */
export class NotEscoFileError extends Error {
  constructor() {
    super(NOT_ESCO_MESSAGE);
  }
}

export class SkillImportRunningError extends Error {
  constructor() {
    super('Er loopt al een import van vaardigheden; probeer het straks opnieuw.');
  }
}

export const MAX_REPORTED_ERRORS = 100;
const BATCH_SIZE = 500;
/** A text file has no NUL bytes; looking at the start is enough to refuse images, archives and the like. */
const SNIFF_BYTES = 64 * 1024;
/** ESCO's longest records (description, definition, scope note) are a few kB; garbage is cut off here. */
const MAX_RECORD_CHARS = 1_000_000;

const CSV_REASONS: Partial<Record<string, string>> = {
  CSV_INVALID_CLOSING_QUOTE: 'Een aanhalingsteken staat op een verkeerde plek.',
  CSV_QUOTE_NOT_CLOSED: 'Een aanhalingsteken wordt niet gesloten (tot het einde van het bestand).',
  CSV_MAX_RECORD_SIZE: 'Deze regel is te lang.',
  INVALID_OPENING_QUOTE: 'Een aanhalingsteken staat midden in een veld.',
  CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE: 'Na een sluitend aanhalingsteken staat nog tekst.',
};

interface ParsedRecord {
  record: string[];
  info: { lines: number };
}

/**
 * Imports ESCO's skills_<lang>.csv as it streams in: records are validated one by one and written
 * in batches of 500 (one transaction each), so memory stays flat whatever the file's size. Keyed by
 * conceptUri and idempotent: a second run of the same file changes no row. The Dutch file is
 * authoritative for label_nl and the description; the English one adds label_en and English labels
 * to the same concepts, and creates a concept it alone has (with its English label standing in for
 * the Dutch one until the Dutch file brings it). Labels of a concept that a platform admin merged
 * away go to the skill it was merged into, as synonyms.
 */
@Injectable()
export class SkillImportService {
  constructor(@Inject(SkillsRepository) private readonly skills: SkillsRepository) {}

  /** Reads `source` to its end, or stops early on a refused file; the source itself is never closed here. */
  async importEsco(source: Readable, lang: SkillLanguage): Promise<ImportReport> {
    const runner = await this.skills.connect();
    try {
      // One import at a time; the lock lives as long as this connection holds it.
      if (!(await this.skills.tryLockImport(runner))) throw new SkillImportRunningError();
      try {
        return await this.run(runner, source, lang);
      } finally {
        await this.skills.unlockImport(runner);
      }
    } finally {
      await runner.release();
    }
  }

  private async run(runner: QueryRunner, source: Readable, lang: SkillLanguage): Promise<ImportReport> {
    const report: ImportReport = {
      lang,
      rows: 0,
      inserted: 0,
      updated: 0,
      unchanged: 0,
      labelsAdded: 0,
      errorCount: 0,
      errors: [],
    };
    const fail = (line: number, reason: string) => {
      report.errorCount++;
      if (report.errors.length < MAX_REPORTED_ERRORS) report.errors.push({ line, reason });
    };
    let header: string[] | null = null;
    const parser = parse({
      bom: true,
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
      skip_records_with_error: true,
      max_record_size: MAX_RECORD_CHARS,
      on_skip: (error) => {
        // Broken CSV before the header is a file that is not CSV at all.
        if (header === null) {
          parser.destroy(new NotEscoFileError());
          return;
        }
        report.rows++;
        fail(lineOf(error) ?? parser.info.lines, csvReason(error));
      },
    });
    // The source is piped, not put in the pipeline: an early end (a refused file) must not destroy it.
    // Its owner decides: a file is closed, an upload is drained so the client gets its answer.
    const normaliser = new LineEndNormaliser();
    const forwardError = (error: Error) => normaliser.destroy(error);
    source.on('error', forwardError);
    source.pipe(normaliser);
    const records = pipeline(normaliser, parser, () => {});

    const firstLine = new Map<string, number>();
    let batch: EscoSkill[] = [];
    let batches = 0;
    try {
      for await (const { record, info } of records as AsyncIterable<ParsedRecord>) {
        if (header === null) {
          header = record.map((name) => name.trim());
          if (escoHeaderProblem(header) !== null) throw new NotEscoFileError();
          continue;
        }
        report.rows++;
        // The parser counts the line a record ends on; a record spans one line more per newline in a cell.
        const line = info.lines - record.reduce((n, cell) => n + countNewlines(cell), 0);
        if (record.length !== header.length) {
          fail(line, `Deze regel heeft ${record.length} kolommen; de kopregel heeft er ${header.length}.`);
          continue;
        }
        if (record.some((cell) => cell.includes('\ufffd'))) {
          fail(line, 'Deze regel bevat tekens die geen UTF-8 zijn; sla het bestand op als UTF-8.');
          continue;
        }
        const result = parseEscoRow(Object.fromEntries(header.map((name, i) => [name, record[i]])));
        if (!result.ok) {
          fail(line, result.reason);
          continue;
        }
        const seenOn = firstLine.get(result.skill.uri);
        if (seenOn !== undefined) {
          fail(line, `conceptUri ${result.skill.uri} staat ook al op regel ${seenOn}.`);
          continue;
        }
        firstLine.set(result.skill.uri, line);
        batch.push(result.skill);
        if (batch.length >= BATCH_SIZE) {
          await writeBatch(this.skills, runner, batch, lang, report);
          batch = [];
          // Fresh statistics after batch 1, 2, 4, 8…: an import into an empty taxonomy grows the tables
          // far past what the planner last saw.
          batches++;
          if ((batches & (batches - 1)) === 0) await this.skills.analyze(runner);
        }
      }
    } catch (error) {
      if (error instanceof CsvError) {
        if (header === null) throw new NotEscoFileError();
        fail(lineOf(error) ?? parser.info.lines, csvReason(error));
      } else {
        throw error;
      }
    } finally {
      source.unpipe(normaliser);
      source.off('error', forwardError);
    }
    if (header === null) throw new NotEscoFileError();
    if (batch.length > 0) await writeBatch(this.skills, runner, batch, lang, report);
    return report;
  }
}

/** Windows line ends become \n before parsing, so line numbers and multi-line cells count alike; NUL bytes refuse the file. */
class LineEndNormaliser extends Transform {
  private sniffed = 0;
  private pendingCr = false;

  override _transform(chunk: Buffer | string, _encoding: BufferEncoding, done: TransformCallback): void {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    if (this.sniffed < SNIFF_BYTES) {
      const head = bytes.subarray(0, SNIFF_BYTES - this.sniffed);
      this.sniffed += head.length;
      if (head.includes(0)) {
        done(new NotEscoFileError());
        return;
      }
    }
    // latin1 maps bytes one to one, so UTF-8 sequences pass untouched (\r and \n never occur inside them).
    let text = (this.pendingCr ? '\r' : '') + bytes.toString('latin1');
    this.pendingCr = text.endsWith('\r');
    if (this.pendingCr) text = text.slice(0, -1);
    done(null, Buffer.from(text.replace(/\r\n/g, '\n'), 'latin1'));
  }

  override _flush(done: TransformCallback): void {
    done(null, this.pendingCr ? Buffer.from('\r') : undefined);
  }
}

function countNewlines(text: string): number {
  let count = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) count++;
  return count;
}

function lineOf(error: unknown): number | undefined {
  const lines = (error as { lines?: unknown } | undefined)?.lines;
  return typeof lines === 'number' ? lines : undefined;
}

function csvReason(error: unknown): string {
  const code = (error as { code?: unknown } | undefined)?.code;
  return (typeof code === 'string' ? CSV_REASONS[code] : undefined) ?? 'Deze regel is geen geldige CSV.';
}

/** One batch in one transaction; counts what changed per concept. */
async function writeBatch(
  repository: SkillsRepository,
  runner: QueryRunner,
  skills: readonly EscoSkill[],
  lang: SkillLanguage,
  report: ImportReport,
): Promise<void> {
  const uris = skills.map((s) => s.uri);
  await runner.startTransaction();
  try {
    const changed = await repository.upsertEsco(runner.manager, skills, lang);
    const rows = await repository.findByEscoUris(runner.manager, uris);
    const byUri = new Map(rows.map((row) => [row.uri, row]));
    // Later statements work on skill ids, so no plan depends on statistics that a bulk load outdates.
    const live = skills.flatMap((s) => {
      const row = byUri.get(s.uri);
      return row && row.mergedInto === null ? [{ id: row.id, label: s.preferredLabel }] : [];
    });
    const demoted = await repository.demoteOldPreferred(runner.manager, live, lang);
    // Labels of a concept that was merged away go to the skill it was merged into, as synonyms.
    const labels = skills.flatMap((s) => {
      const row = byUri.get(s.uri);
      if (!row) return [];
      return s.labels.map((l) => ({
        owner: row.mergedInto ?? row.id,
        label: l.label,
        kind: row.mergedInto !== null && l.kind === 'preferred' ? 'alt' : l.kind,
      }));
    });
    const upserted = await repository.upsertImportLabels(runner.manager, labels, lang);
    await runner.commitTransaction();

    const inserted = new Set(changed.filter((r) => r.inserted).map((r) => r.uri));
    const touchedOwners = new Set([...demoted, ...upserted].map((r) => r.owner));
    const updated = new Set(changed.filter((r) => !r.inserted).map((r) => r.uri));
    for (const row of rows) if (touchedOwners.has(row.mergedInto ?? row.id)) updated.add(row.uri);
    for (const uri of inserted) updated.delete(uri);
    report.inserted += inserted.size;
    report.updated += updated.size;
    report.unchanged += skills.length - inserted.size - updated.size;
    report.labelsAdded += upserted.filter((r) => r.inserted).length;
  } catch (error) {
    await runner.rollbackTransaction();
    throw error;
  }
}
