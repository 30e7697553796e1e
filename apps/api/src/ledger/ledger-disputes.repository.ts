import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { LedgerEntryKind } from '@klussenbank/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { SqlParams } from '../common/sql-params.js';
import { type LedgerEntryRow } from './ledger.repository.js';

/** A klus's current hours of one participant, with what the poster's side needs to answer a correction. */
export interface TaskHoursRow extends LedgerEntryRow {
  participantName: string;
  posterId: string;
  recordedHours: number;
  correctionAnswer: 'accepted' | 'disputed' | null;
  disputeId: string | null;
}

export interface DisputeRow {
  id: string;
  entryId: string;
  taskId: string;
  taskTitle: string;
  participantId: string;
  participantName: string;
  givingOrganisationId: string;
  givingOrganisationName: string;
  receivingOrganisationId: string;
  receivingOrganisationName: string;
  partnershipId: string | null;
  dossierId: string | null;
  entryDate: string;
  kind: LedgerEntryKind;
  recordedHours: number;
  correctedHours: number;
  correctionReason: string | null;
  disputeReason: string;
  openedById: string;
  openedByName: string;
  openedAt: Date;
  settledHours: number | null;
  settlementNote: string | null;
  settledById: string | null;
  settledByName: string | null;
  settledAt: Date | null;
}

const ENTRY_SQL = `
  SELECT e.id, e.task_id AS "taskId", t.title AS "taskTitle", e.participant_id AS "participantId",
         p.display_name AS "participantName", t.poster_id AS "posterId",
         e.giving_organisation_id AS "givingOrganisationId", go.name AS "givingOrganisationName",
         e.receiving_organisation_id AS "receivingOrganisationId", ro.name AS "receivingOrganisationName",
         e.partnership_id AS "partnershipId", e.dossier_id AS "dossierId", e.hours::float8 AS hours,
         to_char(e.entry_date, 'YYYY-MM-DD') AS "entryDate", e.kind, e.reverses_id AS "reversesId", e.reason,
         e.created_at AS "createdAt", lc.confirmed_at AS "confirmedAt",
         EXISTS (SELECT 1 FROM ledger_entries r WHERE r.reverses_id = e.id) AS reversed,
         (o.id IS NOT NULL AND s.id IS NULL) AS "inDiscussion",
         (SELECT hours::float8 FROM ledger_entries x
           WHERE x.task_id = e.task_id AND x.participant_id = e.participant_id AND x.kind = 'original') AS "recordedHours",
         CASE a.event WHEN 'accepted' THEN 'accepted' WHEN 'opened' THEN 'disputed' END AS "correctionAnswer",
         CASE WHEN s.id IS NULL THEN o.id END AS "disputeId"
    FROM ledger_entries e
    JOIN tasks t ON t.id = e.task_id
    JOIN users p ON p.id = e.participant_id
    JOIN organisations go ON go.id = e.giving_organisation_id
    JOIN organisations ro ON ro.id = e.receiving_organisation_id
    LEFT JOIN ledger_confirmations lc ON lc.entry_id = e.id
    LEFT JOIN ledger_disputes a ON a.entry_id = e.id AND a.event IN ('accepted', 'opened')
    LEFT JOIN ledger_disputes o ON o.id = a.id AND a.event = 'opened'
    LEFT JOIN ledger_disputes s ON s.entry_id = e.id AND s.event = 'settled'`;

const DISPUTE_SQL = `
  SELECT o.id, e.id AS "entryId", e.task_id AS "taskId", t.title AS "taskTitle",
         e.participant_id AS "participantId", p.display_name AS "participantName",
         e.giving_organisation_id AS "givingOrganisationId", go.name AS "givingOrganisationName",
         e.receiving_organisation_id AS "receivingOrganisationId", ro.name AS "receivingOrganisationName",
         e.partnership_id AS "partnershipId", e.dossier_id AS "dossierId", e.kind,
         to_char(e.entry_date, 'YYYY-MM-DD') AS "entryDate",
         (SELECT hours::float8 FROM ledger_entries x
           WHERE x.task_id = e.task_id AND x.participant_id = e.participant_id AND x.kind = 'original') AS "recordedHours",
         e.hours::float8 AS "correctedHours", e.reason AS "correctionReason", o.note AS "disputeReason",
         o.created_by AS "openedById", ob.display_name AS "openedByName", o.created_at AS "openedAt",
         s.hours::float8 AS "settledHours", s.note AS "settlementNote", s.created_by AS "settledById",
         sb.display_name AS "settledByName", s.created_at AS "settledAt"
    FROM ledger_disputes o
    JOIN ledger_entries e ON e.id = o.entry_id
    JOIN tasks t ON t.id = e.task_id
    JOIN users p ON p.id = e.participant_id
    JOIN users ob ON ob.id = o.created_by
    JOIN organisations go ON go.id = e.giving_organisation_id
    JOIN organisations ro ON ro.id = e.receiving_organisation_id
    LEFT JOIN ledger_disputes s ON s.entry_id = o.entry_id AND s.event = 'settled'
    LEFT JOIN users sb ON sb.id = s.created_by`;

/** The SQL of disputes: answers to corrections, disputes and settlements. Appends only. */
@Injectable()
export class LedgerDisputesRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  transaction<T>(work: (tx: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }

  /** The klus's poster and organisation, or undefined when it does not exist. */
  async task(taskId: string): Promise<{ posterId: string; organisationId: string } | undefined> {
    const [row] = await this.db.query<{ posterId: string; organisationId: string }[]>(
      `SELECT poster_id AS "posterId", organisation_id AS "organisationId" FROM tasks WHERE id = $1`,
      [taskId],
    );
    return row;
  }

  /** The current entry of every participant of a klus (neither a reversal nor reversed). */
  taskHours(taskId: string, participantId?: string): Promise<TaskHoursRow[]> {
    return this.db.query<TaskHoursRow[]>(
      `${ENTRY_SQL}
        WHERE e.task_id = $1 AND e.kind <> 'reversal' AND ($2::uuid IS NULL OR e.participant_id = $2)
          AND NOT EXISTS (SELECT 1 FROM ledger_entries r WHERE r.reverses_id = e.id)
        ORDER BY p.display_name, e.participant_id`,
      [taskId, participantId ?? null],
    );
  }

  /** One entry with its answer, its row locked (a lock, not a change) so two answers queue. */
  async lockEntry(tx: EntityManager, id: string): Promise<TaskHoursRow | undefined> {
    await tx.query(`SELECT 1 FROM ledger_entries WHERE id = $1 FOR UPDATE`, [id]);
    const [row] = await tx.query<TaskHoursRow[]>(`${ENTRY_SQL} WHERE e.id = $1`, [id]);
    return row;
  }

  async entry(id: string, db: EntityManager | DataSource = this.db): Promise<TaskHoursRow | undefined> {
    const [row] = await db.query<TaskHoursRow[]>(`${ENTRY_SQL} WHERE e.id = $1`, [id]);
    return row;
  }

  /** The poster's side's answer: `accepted` or `opened` (a dispute); answers the new row's id. */
  async answer(
    tx: EntityManager,
    entryId: string,
    event: 'accepted' | 'opened',
    note: string | null,
    actorId: string,
  ): Promise<string> {
    const [{ id }] = await tx.query<[{ id: string }]>(
      `INSERT INTO ledger_disputes (entry_id, event, note, created_by) VALUES ($1, $2, $3, $4) RETURNING id`,
      [entryId, event, note, actorId],
    );
    return id;
  }

  /** A dispute (its `opened` row), locked with its entry so two settlements queue. */
  async lockDispute(tx: EntityManager, id: string): Promise<DisputeRow | undefined> {
    const [locked] = await tx.query<{ entry_id: string }[]>(
      `SELECT entry_id FROM ledger_disputes WHERE id = $1 AND event = 'opened'`,
      [id],
    );
    if (!locked) return undefined;
    await tx.query(`SELECT 1 FROM ledger_entries WHERE id = $1 FOR UPDATE`, [locked.entry_id]);
    return this.dispute(id, tx);
  }

  async dispute(id: string, db: EntityManager | DataSource = this.db): Promise<DisputeRow | undefined> {
    const [row] = await db.query<DisputeRow[]>(`${DISPUTE_SQL} WHERE o.id = $1 AND o.event = 'opened'`, [id]);
    return row;
  }

  /**
   * Settles a dispute: the settled row, and when the final hours differ, the disputed entry's
   * reversal plus a `settlement` entry (none for zero hours). Appends only.
   */
  async settle(
    tx: EntityManager,
    dispute: DisputeRow,
    hours: number,
    note: string,
    actorId: string,
  ): Promise<void> {
    await tx.query(
      `INSERT INTO ledger_disputes (entry_id, event, hours, note, created_by) VALUES ($1, 'settled', $2, $3, $4)`,
      [dispute.entryId, hours, note, actorId],
    );
    if (Math.round(hours * 100) === Math.round(dispute.correctedHours * 100)) return;
    await tx.query(
      `INSERT INTO ledger_entries (task_id, participant_id, giving_organisation_id, receiving_organisation_id,
                                   partnership_id, dossier_id, hours, entry_date, kind, reverses_id, state, reason, created_by)
       SELECT task_id, participant_id, giving_organisation_id, receiving_organisation_id, partnership_id, dossier_id,
              -hours, entry_date, 'reversal', id, 'confirmed', $2, $3
         FROM ledger_entries WHERE id = $1`,
      [dispute.entryId, note, actorId],
    );
    if (Math.round(hours * 100) === 0) return;
    await tx.query(
      `INSERT INTO ledger_entries (task_id, participant_id, giving_organisation_id, receiving_organisation_id,
                                   partnership_id, dossier_id, hours, entry_date, kind, state, reason, created_by)
       SELECT task_id, participant_id, giving_organisation_id, receiving_organisation_id, partnership_id, dossier_id,
              $2, entry_date, 'settlement', 'confirmed', $3, $4
         FROM ledger_entries WHERE id = $1`,
      [dispute.entryId, hours, note, actorId],
    );
  }

  /**
   * Disputes of one organisation (either side) or all, open or settled; open ones oldest first,
   * settled ones newest first.
   */
  async disputes(
    organisationId: string | null,
    status: 'open' | 'settled',
    page: { page: number; pageSize: number },
  ): Promise<{ items: DisputeRow[]; total: number }> {
    const params = new SqlParams();
    const where = [`o.event = 'opened'`, status === 'open' ? 's.id IS NULL' : 's.id IS NOT NULL'];
    if (organisationId) {
      const org = params.add(organisationId);
      where.push(`(e.giving_organisation_id = ${org} OR e.receiving_organisation_id = ${org})`);
    }
    const filter = where.join(' AND ');
    const [{ total }] = await this.db.query<[{ total: number }]>(
      `SELECT count(*)::int AS total
         FROM ledger_disputes o JOIN ledger_entries e ON e.id = o.entry_id
         LEFT JOIN ledger_disputes s ON s.entry_id = o.entry_id AND s.event = 'settled'
        WHERE ${filter}`,
      params.values,
    );
    const limit = params.add(page.pageSize);
    const offset = params.add((page.page - 1) * page.pageSize);
    const items = await this.db.query<DisputeRow[]>(
      `${DISPUTE_SQL} WHERE ${filter}
        ORDER BY ${status === 'open' ? 'o.created_at ASC' : 's.created_at DESC'}, o.id
        LIMIT ${limit} OFFSET ${offset}`,
      params.values,
    );
    return { items, total };
  }
}
