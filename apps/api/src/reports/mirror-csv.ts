import { stringify } from 'csv-stringify/sync';
import type { Language } from '../common/problem/messages.js';
import type { MirrorReportDto, MirrorTable } from './dto/mirror.dto.js';

const HEADERS: Record<Language, Record<MirrorTable, string[]>> = {
  nl: {
    figures: ['Kengetal', 'Deze periode', 'Vorige periode', 'Verschil', 'Richting'],
    hours: ['Organisatie', 'Gegeven uren', 'Ontvangen uren', 'Interne uren'],
    matrix: ['Gevende organisatie', 'Ontvangende organisatie', 'Uren', 'Uren in gesprek'],
    skills: ['Vaardigheid', 'Gevraagd', 'Beschikbaar', 'Tekort'],
    functions: ['Functie', 'Deelnemers'],
    evaluations: ['Score', 'Wat ging goed', 'Wat kan beter'],
    'dossier-teams': ['Organisatie', 'Dossiers', 'Teamleden'],
  },
  en: {
    figures: ['Figure', 'This period', 'Previous period', 'Difference', 'Direction'],
    hours: ['Organisation', 'Hours given', 'Hours received', 'Internal hours'],
    matrix: ['Giving organisation', 'Receiving organisation', 'Hours', 'Hours in discussion'],
    skills: ['Skill', 'Asked', 'Available', 'Gap'],
    functions: ['Function', 'Participants'],
    evaluations: ['Score', 'What went well', 'What could be better'],
    'dossier-teams': ['Organisation', 'Dossiers', 'Team members'],
  },
};

/** A spreadsheet takes a cell starting with = + - @ (or tab, CR) for a formula: prefix an apostrophe. */
const asText = (value: string): string => (/^[=+\-@\t\r]/.test(value) ? `'${value}` : value);

/**
 * One table of the mirror as CSV: RFC 4180 (CRLF, quoting by csv-stringify), UTF-8 with a byte order
 * mark; `;` with decimal commas or `,` with points, as the settlement export does. Figures keep their
 * key (`posted`, `shareFilled`, …) in the first column, so a sheet can refer to them in any language.
 */
export function mirrorCsv(
  report: MirrorReportDto,
  table: MirrorTable,
  delimiter: 'semicolon' | 'comma',
  language: Language,
): string {
  const semicolon = delimiter === 'semicolon';
  const num = (value: number | null) => {
    if (value === null) return '';
    const text = String(value);
    return semicolon ? text.replace('.', ',') : text;
  };
  const rows: string[][] = (() => {
    switch (table) {
      case 'figures':
        return report.figures.map((f) => [
          f.key,
          num(f.current),
          num(f.previous),
          num(f.difference),
          f.direction,
        ]);
      case 'hours':
        return report.hours.map((h) => [
          asText(h.organisation.name),
          num(h.given),
          num(h.received),
          num(h.internal),
        ]);
      case 'matrix':
        return report.matrix.map((c) => [
          asText(c.giving.name),
          asText(c.receiving.name),
          num(c.hours),
          num(c.disputedHours),
        ]);
      case 'skills':
        return report.skills.map((s) => [asText(s.skill), num(s.asked), num(s.available), num(s.gap)]);
      case 'functions':
        return report.functions.map((f) => [asText(f.jobTitle), num(f.people)]);
      case 'evaluations':
        return report.evaluationTexts.map((e) => [
          num(e.score),
          asText(e.wentWell ?? ''),
          asText(e.couldBeBetter ?? ''),
        ]);
      case 'dossier-teams':
        return report.dossierTeams.map((t) => [asText(t.organisation.name), num(t.dossiers), num(t.members)]);
    }
  })();
  return stringify([HEADERS[language][table], ...rows], {
    bom: true,
    delimiter: semicolon ? ';' : ',',
    record_delimiter: 'windows',
    quoted_match: /^\s|\s$/,
  });
}
