import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { amountCents, settlementCsv } from './settlement-csv.js';

const period = { label: '2026-Q3', from: '2026-07-01', to: '2026-09-30' };

describe(settlementCsv.name, () => {
  it('computes hours × rate in cents, half a cent up', () => {
    expect(amountCents(4.5, 75.25)).toBe(33863);
    expect(amountCents(15, 75.25)).toBe(112875);
    expect(amountCents(0.1, 0.05)).toBe(1); // 0.005 euro
    expect(amountCents(1999.9, 100000)).toBe(19999000000);
  });

  it('keeps a name that starts like a formula as text', () => {
    const csv = settlementCsv({
      period,
      lines: [{ giving: '=HYPERLINK("x")', receiving: '+Gemeente', hours: 1, disputedHours: 0 }],
      hourRate: null,
      delimiter: 'comma',
      language: 'en',
    });
    const rows: string[][] = parse(csv, { bom: true });
    expect(rows[1]?.slice(3, 5)).toEqual(['\'=HYPERLINK("x")', "'+Gemeente"]);
  });

  it('writes CRLF line ends after a BOM, and an amount only with a rate', () => {
    const lines = [{ giving: 'A', receiving: 'B', hours: 2.5, disputedHours: 1 }];
    const plain = settlementCsv({ period, lines, hourRate: null, delimiter: 'semicolon', language: 'nl' });
    expect(plain).toBe(
      '\uFEFFPeriode;Van;Tot en met;Gevende organisatie;Ontvangende organisatie;Uren;Uren in gesprek\r\n' +
        '2026-Q3;2026-07-01;2026-09-30;A;B;2,50;1,00\r\n',
    );
    const money = settlementCsv({ period, lines, hourRate: 80, delimiter: 'comma', language: 'nl' });
    expect(money.split('\r\n')[1]).toBe('2026-Q3,2026-07-01,2026-09-30,A,B,2.50,1.00,80.00,200.00');
  });
});
