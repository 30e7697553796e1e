import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { isSkillLanguage } from '@klussenbank/domain';
import type { DataSource } from 'typeorm';
import {
  type ImportReport,
  NotEscoFileError,
  SkillImportRunningError,
  SkillImportService,
} from './skill-import.service.js';
import { AuditLog } from '../audit/audit-log.service.js';
import { AuditRepository } from '../audit/audit.repository.js';
import { SkillsRepository } from './skills.repository.js';

export const SKILL_IMPORT_USAGE = 'Usage: skills:import <file.csv> --lang nl|en';

export interface CommandOutput {
  out(line: string): void;
  err(line: string): void;
}

/**
 * `skills:import <file> --lang nl|en`: imports an ESCO skills file and prints a summary and the bad
 * lines. Exit code 0 when imported (bad lines included), 1 when the file is refused or missing, 2 on
 * wrong usage. A relative path is taken from where npm was started (INIT_CWD), not from apps/api.
 */
export async function skillImportCommand(
  dataSource: DataSource,
  args: readonly string[],
  output: CommandOutput = { out: console.log, err: console.error },
  cwd: string = process.env['INIT_CWD'] ?? process.cwd(),
): Promise<number> {
  const parsed = parseArgs(args);
  if (!parsed) {
    output.err(SKILL_IMPORT_USAGE);
    return 2;
  }
  const path = resolve(cwd, parsed.file);
  if (!(await stat(path).catch(() => null))?.isFile()) {
    output.err(`Bestand niet gevonden: ${path}`);
    return 1;
  }
  const file = createReadStream(path);
  try {
    const audit = new AuditLog(new AuditRepository(dataSource));
    const report = await new SkillImportService(new SkillsRepository(dataSource), audit).importEsco(
      file,
      parsed.lang,
    );
    for (const line of describeReport(basename(path), report)) output.out(line);
    return 0;
  } catch (error) {
    if (error instanceof NotEscoFileError || error instanceof SkillImportRunningError) {
      output.err(`${basename(path)}: ${error.message}`);
      return 1;
    }
    throw error;
  } finally {
    file.destroy();
  }
}

function parseArgs(args: readonly string[]): { file: string; lang: 'nl' | 'en' } | null {
  let file: string | undefined;
  let lang: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (arg === '--lang') lang = args[++i];
    else if (arg.startsWith('--lang=')) lang = arg.slice('--lang='.length);
    else if (!arg.startsWith('--') && file === undefined) file = arg;
    else return null;
  }
  return file !== undefined && isSkillLanguage(lang) ? { file, lang } : null;
}

export function describeReport(name: string, report: ImportReport): string[] {
  const lines = [
    `ESCO-import (${report.lang}) van ${name}: ${report.rows} regels; ${report.inserted} nieuw, ` +
      `${report.updated} bijgewerkt, ${report.unchanged} ongewijzigd; ${report.labelsAdded} labels toegevoegd; ` +
      `${report.errorCount} ${report.errorCount === 1 ? 'foute regel' : 'foute regels'}.`,
  ];
  for (const error of report.errors) lines.push(`  regel ${error.line}: ${error.reason}`);
  if (report.errorCount > report.errors.length) {
    lines.push(`  … en nog ${report.errorCount - report.errors.length} foute regels.`);
  }
  return lines;
}
