import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { LedgerEntryKind, LedgerView, Period } from '@klussenbank/domain';
import { DataSource } from 'typeorm';
import { SqlParams } from '../common/sql-params.js';
import { ENTRY_IN_DISCUSSION } from './ledger.repository.js';

/** One entry of a pair, with what the domain needs to derive its state. */
export interface PairEntryRow {
  id: string;
  taskId: string;
  taskTitle: string;
  hours: number;
  entryDate: string;
  kind: LedgerEntryKind;
  createdAt: Date;
  confirmedAt: Date | null;
  reversed: boolean;
  inDiscussion: boolean;
}

/** The SQL behind the ledger's reports: the klussen behind a matrix cell and the settlement's partnership. */
@Injectable()
export class LedgerReportsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * The klussen whose entries moved hours from `giving` to `receiving` in the period and view, newest
   * completion first; one page of them with all their entries in the period, and how many klussen.
   */
  async pairTasks(
    pair: { giving: string; receiving: string },
    view: LedgerView,
    period: Period,
    page: { page: number; pageSize: number },
  ): Promise<{ entries: PairEntryRow[]; total: number }> {
    const params = new SqlParams();
    const where = [
      `e.giving_organisation_id = ${params.add(pair.giving)}`,
      `e.receiving_organisation_id = ${params.add(pair.receiving)}`,
      'e.giving_organisation_id <> e.receiving_organisation_id',
    ];
    if (period.from) where.push(`e.entry_date >= ${params.add(period.from)}::date`);
    if (period.to) where.push(`e.entry_date <= ${params.add(period.to)}::date`);
    if (view.kind === 'partnership') where.push(`e.partnership_id = ${params.add(view.partnershipId)}`);
    const filter = where.join(' AND ');
    const limit = params.add(page.pageSize);
    const offset = params.add((page.page - 1) * page.pageSize);
    const entries = await this.db.query<PairEntryRow[]>(
      `WITH shown AS (
         SELECT e.task_id, max(e.entry_date) AS last_date
           FROM ledger_entries e WHERE ${filter}
          GROUP BY e.task_id
          ORDER BY last_date DESC, e.task_id
          LIMIT ${limit} OFFSET ${offset})
       SELECT e.id, e.task_id AS "taskId", t.title AS "taskTitle", e.hours::float8 AS hours,
              to_char(e.entry_date, 'YYYY-MM-DD') AS "entryDate", e.kind, e.created_at AS "createdAt",
              lc.confirmed_at AS "confirmedAt",
              EXISTS (SELECT 1 FROM ledger_entries r WHERE r.reverses_id = e.id) AS reversed,
              ${ENTRY_IN_DISCUSSION} AS "inDiscussion"
         FROM ledger_entries e
         JOIN shown s ON s.task_id = e.task_id
         JOIN tasks t ON t.id = e.task_id
         LEFT JOIN ledger_confirmations lc ON lc.entry_id = e.id
        WHERE ${filter}
        ORDER BY s.last_date DESC, e.task_id, e.entry_date, e.created_at, e.kind DESC, e.id`,
      params.values,
    );
    const [{ total }] = await this.db.query<[{ total: number }]>(
      `SELECT count(DISTINCT e.task_id)::int AS total FROM ledger_entries e WHERE ${filter}`,
      params.values.slice(0, params.values.length - 2),
    );
    return { entries, total };
  }

  /** A partnership's name, slug and agreed hour rate; undefined when it does not exist. */
  async partnership(
    id: string,
  ): Promise<{ name: string; slug: string; hourRate: number | null } | undefined> {
    const [row] = await this.db.query<{ name: string; slug: string; hourRate: number | null }[]>(
      `SELECT name, slug, hour_rate::float8 AS "hourRate" FROM partnerships WHERE id = $1`,
      [id],
    );
    return row;
  }
}
