import {
  detectDelimiter,
  type ImportColumn,
  type ImportRow,
  PEOPLE_IMPORT_MAX_ROWS,
  readImportHeader,
} from '@klussenbank/domain';
import { CsvError, parse } from 'csv-parse/sync';
import type { FieldError } from '../common/problem/problem.js';

export interface ImportFile {
  delimiter: ';' | ',';
  /** The columns the file has (and the import reads), in the file's order. */
  columns: ImportColumn[];
  rows: ImportRow[];
}

/** The file could not be read as people: one or more problems with the `csv` field. */
export class ImportFileError extends Error {
  constructor(readonly problems: FieldError[]) {
    super('people import file refused');
  }
}

const COLUMN_NAMES: Record<ImportColumn, string> = {
  email: 'e-mailadres (email)',
  name: 'naam (name)',
  jobTitle: 'functie (function)',
  lineManagerEmail: 'e-mailadres leidinggevende (line manager e-mail)',
  roles: 'rollen (roles)',
};

/**
 * Reads the CSV text of a people import with csv-parse: UTF-8 with or without BOM, `;` (Excel in
 * Dutch) or `,`, quoted cells with line breaks, Dutch or English headers. Blank lines are skipped;
 * each row keeps the line where it starts, which the preview shows.
 */
export function readImportFile(text: string): ImportFile {
  const body = text.replace(/^\uFEFF/, '');
  const delimiter = detectDelimiter(body);
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(body, {
      delimiter,
      relax_column_count: true,
      skip_empty_lines: false,
      info: true,
    }) as unknown as { record: string[]; info: { lines: number } }[];
  } catch (error) {
    if (error instanceof CsvError) {
      const line = (error as CsvError & { lines?: number }).lines ?? 1;
      throw new ImportFileError([{ name: 'csv', key: 'invalid-csv', params: { line } }]);
    }
    throw error;
  }
  // The line where a record starts is the one after the previous record's last line.
  let previousEnd = 0;
  const lines = records.map(({ info }) => {
    const start = previousEnd + 1;
    previousEnd = info.lines;
    return start;
  });
  const filled = records
    .map(({ record }, i) => ({ record, line: lines[i] ?? 0 }))
    .filter(({ record }) => record.some((cell) => cell.trim() !== ''));
  const [header, ...data] = filled;
  if (!header) throw new ImportFileError([{ name: 'csv', key: 'people-import-empty' }]);

  const { columns, missing, duplicates } = readImportHeader(header.record);
  const problems: FieldError[] = [];
  if (missing.length > 0) {
    problems.push({
      name: 'csv',
      key: 'people-import-columns',
      params: { missing: missing.map((column) => COLUMN_NAMES[column]).join(', ') },
    });
  }
  for (const column of duplicates) {
    problems.push({
      name: 'csv',
      key: 'people-import-columns.duplicate',
      params: { column: COLUMN_NAMES[column] },
    });
  }
  if (problems.length === 0 && data.length === 0) problems.push({ name: 'csv', key: 'people-import-empty' });
  if (data.length > PEOPLE_IMPORT_MAX_ROWS) {
    problems.push({
      name: 'csv',
      key: 'people-import-too-many-rows',
      params: { count: data.length, max: PEOPLE_IMPORT_MAX_ROWS },
    });
  }
  if (problems.length > 0) throw new ImportFileError(problems);

  const rows = data.map(({ record, line }): ImportRow => {
    const row: ImportRow = { line, email: '', name: '' };
    columns.forEach((column, i) => {
      if (column) row[column] = record[i] ?? '';
    });
    return row;
  });
  return {
    delimiter,
    columns: columns.filter((column): column is ImportColumn => column !== null),
    rows,
  };
}
