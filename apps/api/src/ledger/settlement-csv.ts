import { stringify } from 'csv-stringify/sync';
import type { Language } from '../common/problem/messages.js';

/** One line of the settlement: hours one organisation gave another in the period. */
export interface SettlementLine {
  giving: string;
  receiving: string;
  hours: number;
  disputedHours: number;
}

export interface Settlement {
  period: { label: string; from: string; to: string };
  lines: readonly SettlementLine[];
  /** Euros per hour the partners agreed; null: hours are not money, no amount columns. */
  hourRate: number | null;
  delimiter: 'semicolon' | 'comma';
  language: Language;
}

const HEADERS: Record<Language, { base: string[]; money: string[] }> = {
  nl: {
    base: [
      'Periode',
      'Van',
      'Tot en met',
      'Gevende organisatie',
      'Ontvangende organisatie',
      'Uren',
      'Uren in gesprek',
    ],
    money: ['Uurtarief (EUR)', 'Bedrag (EUR)'],
  },
  en: {
    base: [
      'Period',
      'From',
      'To',
      'Giving organisation',
      'Receiving organisation',
      'Hours',
      'Hours in discussion',
    ],
    money: ['Hour rate (EUR)', 'Amount (EUR)'],
  },
};

/** Hours × rate in whole cents (half a cent rounds up), both kept to hundredths. */
export const amountCents = (hours: number, rate: number): number =>
  Math.round((Math.round(hours * 100) * Math.round(rate * 100)) / 100);

/**
 * A spreadsheet takes a cell that starts with = + - @ (or a tab or carriage return) for a formula:
 * such a name gets a leading apostrophe, so it is read as text (OWASP "CSV injection").
 */
const asText = (value: string): string => (/^[=+\-@\t\r]/.test(value) ? `'${value}` : value);

/**
 * The settlement as CSV (RFC 4180: CRLF line ends, fields with the delimiter, quotes or line breaks
 * quoted, quotes doubled — csv-stringify does it), UTF-8 with a byte order mark so Excel reads the
 * accents. `;` goes with a decimal comma (Dutch spreadsheet settings), `,` with a decimal point.
 */
export function settlementCsv(settlement: Settlement): string {
  const semicolon = settlement.delimiter === 'semicolon';
  const number = (value: number) => {
    const text = value.toFixed(2);
    return semicolon ? text.replace('.', ',') : text;
  };
  const { base, money } = HEADERS[settlement.language];
  const rate = settlement.hourRate;
  const rows = settlement.lines.map((line) => [
    settlement.period.label,
    settlement.period.from,
    settlement.period.to,
    asText(line.giving),
    asText(line.receiving),
    number(line.hours),
    number(line.disputedHours),
    ...(rate === null ? [] : [number(rate), number(amountCents(line.hours, rate) / 100)]),
  ]);
  return stringify([rate === null ? base : [...base, ...money], ...rows], {
    bom: true,
    delimiter: semicolon ? ';' : ',',
    record_delimiter: 'windows',
    quoted_match: /^\s|\s$/,
  });
}
