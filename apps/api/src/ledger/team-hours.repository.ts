import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { LedgerEntryKind, Period, TeamHoursView } from '@klussenbank/domain';
import type { DataSource } from 'typeorm';
import { SqlParams } from '../common/sql-params.js';
import { ENTRY_IN_DISCUSSION } from './ledger.repository.js';

export interface TeamHoursRow {
  id: string;
  personId: string;
  personName: string;
  lineManagerId: string | null;
  taskId: string;
  taskTitle: string;
  givingOrganisationId: string;
  receivingOrganisationId: string;
  receivingOrganisationName: string;
  hours: number;
  entryDate: string;
  kind: LedgerEntryKind;
  createdAt: Date;
  confirmedAt: Date | null;
  reversed: boolean;
  inDiscussion: boolean;
}

/** The ledger entries of a line manager's team (read only; the ledger is append-only anyway). */
@Injectable()
export class TeamHoursRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async entries(
    view: TeamHoursView,
    query: Period & { page: number; pageSize: number },
  ): Promise<{ items: TeamHoursRow[]; total: number }> {
    const params = new SqlParams();
    // The team: the people whose line manager is the viewer (teamHoursView/inTeamView in the domain).
    const manager = params.add(view.lineManagerId);
    const where = [`u.line_manager_id = ${manager}`, `u.id <> ${manager}`];
    if (query.from) where.push(`e.entry_date >= ${params.add(query.from)}::date`);
    if (query.to) where.push(`e.entry_date <= ${params.add(query.to)}::date`);
    const from = `FROM ledger_entries e JOIN users u ON u.id = e.participant_id WHERE ${where.join(' AND ')}`;
    const [{ total }] = await this.db.query<[{ total: number }]>(
      `SELECT count(*)::int AS total ${from}`,
      params.values,
    );
    const limit = params.add(query.pageSize);
    const offset = params.add((query.page - 1) * query.pageSize);
    const items = await this.db.query<TeamHoursRow[]>(
      `SELECT e.id, u.id AS "personId", u.display_name AS "personName", u.line_manager_id AS "lineManagerId",
              e.task_id AS "taskId", t.title AS "taskTitle",
              e.giving_organisation_id AS "givingOrganisationId",
              e.receiving_organisation_id AS "receivingOrganisationId", ro.name AS "receivingOrganisationName",
              e.hours::float8 AS hours, to_char(e.entry_date, 'YYYY-MM-DD') AS "entryDate", e.kind,
              e.created_at AS "createdAt", lc.confirmed_at AS "confirmedAt",
              EXISTS (SELECT 1 FROM ledger_entries r WHERE r.reverses_id = e.id) AS reversed,
              ${ENTRY_IN_DISCUSSION} AS "inDiscussion"
         FROM ledger_entries e
         JOIN users u ON u.id = e.participant_id
         JOIN tasks t ON t.id = e.task_id
         JOIN organisations ro ON ro.id = e.receiving_organisation_id
         LEFT JOIN ledger_confirmations lc ON lc.entry_id = e.id
        WHERE ${where.join(' AND ')}
        ORDER BY e.entry_date DESC, u.display_name, e.created_at DESC, e.kind DESC, e.id
        LIMIT ${limit} OFFSET ${offset}`,
      params.values,
    );
    return { items, total };
  }
}
