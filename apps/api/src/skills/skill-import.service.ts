import { pipeline, type Readable, Transform, type TransformCallback } from 'node:stream';
import { Inject, Injectable, Optional } from '@nestjs/common';
import {
  type EscoSkill,
  escoHeaderProblem,
  NOT_ESCO_MESSAGE,
  parseEscoRow,
  type SkillLanguage,
} from '@klussenbank/domain';
import { CsvError, parse } from 'csv-parse';
import type { EntityManager, QueryRunner } from 'typeorm';
import { type AuditActor, AuditLog, SYSTEM_ACTOR } from '../audit/audit-log.service.js';
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
/** ESCO's longest records (description, definition, scope note) are a few kB; a longer one is a bad line. */
const MAX_RECORD_BYTES = 1_000_000;
const LF = 0x0a;
const QUOTE = 0x22;
const NEWLINE = Buffer.from('\n');

const TOO_LONG_REASON = `Deze regel is langer dan ${MAX_RECORD_BYTES / 1_000_000} MB; de volgende regel is weer gelezen.`;

const CSV_REASONS: Partial<Record<string, string>> = {
  CSV_INVALID_CLOSING_QUOTE: 'Een aanhalingsteken staat op een verkeerde plek.',
  CSV_QUOTE_NOT_CLOSED: 'Een aanhalingsteken wordt niet gesloten (tot het einde van het bestand).',
  INVALID_OPENING_QUOTE: 'Een aanhalingsteken staat midden in een veld.',
  CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE: 'Na een sluitend aanhalingsteken staat nog tekst.',
};

interface ParsedRecord {
  record: string[];
  info: { lines: number };
}

/**
 * Imports ESCO's skills_<lang>.csv as it streams in: records are validated one by one and written
 * in batches of 500, so memory stays flat whatever the file's size. All batches are one transaction:
 * a file that breaks off (an upload over its limit, a lost connection) imports nothing. Keyed by
 * conceptUri and idempotent: a second run of the same file changes no row. The Dutch file is
 * authoritative for label_nl and the description; the English one adds label_en and English labels
 * to the same concepts, and creates a concept it alone has (with its English label standing in for
 * the Dutch one until the Dutch file brings it). Labels of a concept that a platform admin merged
 * away go to the skill it was merged into, as synonyms.
 */
@Injectable()
export class SkillImportService {
  constructor(
    @Inject(SkillsRepository) private readonly skills: SkillsRepository,
    // Optional: the benchmarks build the importer without one.
    @Optional() @Inject(AuditLog) private readonly audit?: AuditLog,
  ) {}

  /** Reads `source` to its end, or stops early on a refused file; the source itself is never closed here. */
  async importEsco(
    source: Readable,
    lang: SkillLanguage,
    by: AuditActor = SYSTEM_ACTOR,
  ): Promise<ImportReport> {
    const runner = await this.skills.connect();
    try {
      // One import at a time; the lock lives as long as this connection holds it.
      if (!(await this.skills.tryLockImport(runner))) throw new SkillImportRunningError();
      try {
        await runner.startTransaction();
        try {
          const report = await this.run(runner, source, lang);
          await this.audit?.record(
            by,
            {
              action: 'skills.imported',
              organisationId: null,
              details: {
                lang,
                rows: report.rows,
                inserted: report.inserted,
                updated: report.updated,
                errorCount: report.errorCount,
              },
            },
            runner.manager,
          );
          await runner.commitTransaction();
          return report;
        } catch (error) {
          await runner.rollbackTransaction();
          throw error;
        }
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
      on_skip: (error) => {
        // Broken CSV before the header is a file that is not CSV at all. (The parser runs ahead of the
        // loop below, so `header` may not be read yet: ask the parser whether it produced a record.)
        if (parser.info.records === 0) {
          parser.destroy(new NotEscoFileError());
          return;
        }
        const line = lineOf(error) ?? parser.info.lines;
        reportTooLong(line);
        report.rows++;
        fail(line, csvReason(error));
      },
    });
    // The source is piped, not put in the pipeline: an early end (a refused file) must not destroy it.
    // Its owner decides: a file is closed, an upload is drained so the client gets its answer.
    const guard = new RecordGuard();
    const forwardError = (error: Error) => guard.destroy(error);
    source.on('error', forwardError);
    source.pipe(guard);
    const records = pipeline(guard, parser, () => {});
    // Records cut out for their length are reported in line order among the others.
    let tooLongReported = 0;
    const reportTooLong = (before: number) => {
      while (tooLongReported < guard.tooLong.length && guard.tooLong[tooLongReported] < before) {
        report.rows++;
        fail(guard.tooLong[tooLongReported++], TOO_LONG_REASON);
      }
    };

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
        // The parser counts the line a record ends on; a record spans one line more per newline in a cell.
        const line = info.lines - record.reduce((n, cell) => n + countNewlines(cell), 0);
        reportTooLong(line);
        report.rows++;
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
          await writeBatch(this.skills, runner.manager, batch, lang, report);
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
        const line = lineOf(error) ?? parser.info.lines;
        reportTooLong(line);
        fail(line, csvReason(error));
      } else {
        throw error;
      }
    } finally {
      source.unpipe(guard);
      source.off('error', forwardError);
    }
    if (header === null) throw new NotEscoFileError();
    reportTooLong(Infinity);
    if (batch.length > 0) await writeBatch(this.skills, runner.manager, batch, lang, report);
    return report;
  }
}

/**
 * Before parsing: Windows line ends become \n, so line numbers and multi-line cells count alike; NUL
 * bytes refuse the file; a record longer than MAX_RECORD_BYTES is cut out up to the end of the line it
 * started on (its line is kept in `tooLong`, the newlines it held pass on so the parser's line count
 * stays right), and the next line is read as a fresh record. csv-parse's own limit cannot do that: it
 * goes on from the middle of the long record and takes the next line into it.
 */
class RecordGuard extends Transform {
  /** Lines (1-based) where a record that was too long started, in order. */
  readonly tooLong: number[] = [];
  private sniffed = 0;
  private pendingCr = false;
  /** The current record's bytes not yet passed on (a record passes on once it is complete). */
  private record: Buffer[] = [];
  private recordBytes = 0;
  private recordLine = 1;
  private line = 1;
  private inQuotes = false;
  private skipping = false;

  override _transform(chunk: Buffer | string, _encoding: BufferEncoding, done: TransformCallback): void {
    let bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
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
    bytes = Buffer.from(text.replace(/\r\n/g, '\n'), 'latin1');
    done(null, this.scan(bytes));
  }

  override _flush(done: TransformCallback): void {
    const tail = this.pendingCr ? this.scan(Buffer.from('\r')) : Buffer.alloc(0);
    done(null, Buffer.concat([tail, ...this.record]));
  }

  /** Answers what may pass on: complete records, and a newline for each line of a cut one. */
  private scan(bytes: Buffer): Buffer {
    const out: Buffer[] = [];
    let start = 0; // where the unpassed part of the current record begins in `bytes`
    for (let i = 0; i < bytes.length; i++) {
      const byte = bytes[i];
      if (this.skipping) {
        if (byte === LF) {
          this.line++;
          out.push(NEWLINE);
          this.skipping = false;
          this.inQuotes = false;
          this.recordLine = this.line;
          start = i + 1;
        }
        continue;
      }
      if (byte === QUOTE) {
        this.inQuotes = !this.inQuotes;
      } else if (byte === LF) {
        this.line++;
        if (!this.inQuotes) {
          out.push(...this.record, bytes.subarray(start, i + 1));
          this.record = [];
          this.recordBytes = 0;
          this.recordLine = this.line;
          start = i + 1;
          continue;
        }
      }
      if (this.recordBytes + (i + 1 - start) > MAX_RECORD_BYTES) {
        this.tooLong.push(this.recordLine);
        // The record's own newlines (inside quotes) still count as lines.
        for (let n = this.recordLine; n < this.line; n++) out.push(NEWLINE);
        this.record = [];
        this.recordBytes = 0;
        this.skipping = true;
      }
    }
    if (!this.skipping && start < bytes.length) {
      const rest = Buffer.from(bytes.subarray(start)); // a copy: the chunk is not ours to keep
      this.record.push(rest);
      this.recordBytes += rest.length;
    }
    return Buffer.concat(out);
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

/** One batch, in the import's transaction; counts what changed per concept. */
async function writeBatch(
  repository: SkillsRepository,
  manager: EntityManager,
  skills: readonly EscoSkill[],
  lang: SkillLanguage,
  report: ImportReport,
): Promise<void> {
  const uris = skills.map((s) => s.uri);
  // A concept an existing skill already names (the demo's "GIS" for "geografische informatiesystemen")
  // joins that skill instead of becoming a second one beside it; each skill takes one concept at most.
  const claimedUris = new Set<string>();
  const claimedSkills = new Set<string>();
  const joins: { uri: string; id: string }[] = [];
  for (const pair of await repository.findExistingForEsco(manager, skills)) {
    if (claimedUris.has(pair.uri) || claimedSkills.has(pair.id)) continue;
    claimedUris.add(pair.uri);
    claimedSkills.add(pair.id);
    joins.push(pair);
  }
  await repository.attachEscoUris(manager, joins);
  const changed = await repository.upsertEsco(manager, skills, lang);
  const rows = await repository.findByEscoUris(manager, uris);
  const byUri = new Map(rows.map((row) => [row.uri, row]));
  // Later statements work on skill ids, so no plan depends on statistics that a bulk load outdates.
  const live = skills.flatMap((s) => {
    const row = byUri.get(s.uri);
    return row && row.mergedInto === null ? [{ id: row.id, label: s.preferredLabel }] : [];
  });
  const demoted = await repository.demoteOldPreferred(manager, live, lang);
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
  const upserted = await repository.upsertImportLabels(manager, labels, lang);

  const inserted = new Set(changed.filter((r) => r.inserted).map((r) => r.uri));
  const touchedOwners = new Set([...demoted, ...upserted].map((r) => r.owner));
  const updated = new Set(changed.filter((r) => !r.inserted).map((r) => r.uri));
  for (const row of rows) if (touchedOwners.has(row.mergedInto ?? row.id)) updated.add(row.uri);
  for (const uri of inserted) updated.delete(uri);
  report.inserted += inserted.size;
  report.updated += updated.size;
  report.unchanged += skills.length - inserted.size - updated.size;
  report.labelsAdded += upserted.filter((r) => r.inserted).length;
}
