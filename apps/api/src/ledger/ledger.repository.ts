import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { HourFlow, LedgerEntryKind, LedgerView, Period } from '@klussenbank/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { SqlParams } from '../common/sql-params.js';

/** One entry as the ledger's reads need it, with what the domain needs to derive its state. */
export interface LedgerEntryRow {
  id: string;
  taskId: string;
  taskTitle: string;
  participantId: string;
  givingOrganisationId: string;
  givingOrganisationName: string;
  receivingOrganisationId: string;
  receivingOrganisationName: string;
  partnershipId: string | null;
  dossierId: string | null;
  hours: number;
  entryDate: string;
  kind: LedgerEntryKind;
  reversesId: string | null;
  reason: string | null;
  createdAt: Date;
  confirmedAt: Date | null;
  reversed: boolean;
  /** A dispute over this entry waits for the two org-admins. */
  inDiscussion: boolean;
}

/** The hours of one participant on one klus are in discussion: an open dispute in its chain. */
export const OPEN_DISPUTE_IN_CHAIN = `EXISTS (
  SELECT 1 FROM ledger_disputes d JOIN ledger_entries de ON de.id = d.entry_id
   WHERE d.event = 'opened' AND de.task_id = e.task_id AND de.participant_id = e.participant_id
     AND NOT EXISTS (SELECT 1 FROM ledger_disputes s WHERE s.entry_id = d.entry_id AND s.event = 'settled'))`;

/** Entry `e` itself waits for the two org-admins: a dispute over it was opened and not settled. */
export const ENTRY_IN_DISCUSSION = `EXISTS (
  SELECT 1 FROM ledger_disputes d WHERE d.entry_id = e.id AND d.event = 'opened'
     AND NOT EXISTS (SELECT 1 FROM ledger_disputes s WHERE s.entry_id = e.id AND s.event = 'settled'))`;

const ENTRY_COLUMNS = `
  e.id, e.task_id AS "taskId", t.title AS "taskTitle", e.participant_id AS "participantId",
  e.giving_organisation_id AS "givingOrganisationId", go.name AS "givingOrganisationName",
  e.receiving_organisation_id AS "receivingOrganisationId", ro.name AS "receivingOrganisationName",
  e.partnership_id AS "partnershipId", e.dossier_id AS "dossierId", e.hours::float8 AS hours,
  to_char(e.entry_date, 'YYYY-MM-DD') AS "entryDate", e.kind, e.reverses_id AS "reversesId", e.reason,
  e.created_at AS "createdAt", lc.confirmed_at AS "confirmedAt",
  EXISTS (SELECT 1 FROM ledger_entries r WHERE r.reverses_id = e.id) AS reversed,
  ${ENTRY_IN_DISCUSSION} AS "inDiscussion"`;
const ENTRY_JOINS = `
  JOIN tasks t ON t.id = e.task_id
  JOIN organisations go ON go.id = e.giving_organisation_id
  JOIN organisations ro ON ro.id = e.receiving_organisation_id
  LEFT JOIN ledger_confirmations lc ON lc.entry_id = e.id`;

/** The SQL of the ledger: appends entries and confirmations, sums hours per pair. Never updates or deletes. */
@Injectable()
export class LedgerRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  transaction<T>(work: (tx: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }

  /**
   * The original entries of a completed klus: each completed participant's hours, given by their
   * organisation to the poster's, dated on the completion day (Europe/Amsterdam). Exactly once per
   * participant: a retried completion meets the unique index and adds nothing. `completedOn` (YYYY-MM-DD)
   * dates a completion that happened earlier (the demo seed's history); the API never passes it.
   */
  async recordCompletion(
    tx: EntityManager,
    taskId: string,
    actorId: string,
    completedOn?: string,
  ): Promise<number> {
    const rows = await tx.query<{ id: string }[]>(
      `INSERT INTO ledger_entries (task_id, participant_id, giving_organisation_id, receiving_organisation_id,
                                   partnership_id, dossier_id, hours, entry_date, kind, state, created_by)
       SELECT t.id, c.user_id, u.organisation_id, t.organisation_id, t.partnership_id, t.dossier_id,
              c.actual_hours, COALESCE($3::date, (now() AT TIME ZONE 'Europe/Amsterdam')::date), 'original',
              'recorded', $2
         FROM claims c JOIN tasks t ON t.id = c.task_id JOIN users u ON u.id = c.user_id
        WHERE c.task_id = $1 AND c.status = 'completed' AND c.actual_hours > 0
       ON CONFLICT (task_id, participant_id) WHERE kind = 'original' DO NOTHING
       RETURNING id`,
      [taskId, actorId, completedOn ?? null],
    );
    return rows.length;
  }

  /** One entry, its row locked for this transaction (a lock, not a change) so two answers queue. */
  async lockEntry(tx: EntityManager, id: string): Promise<LedgerEntryRow | undefined> {
    await tx.query(`SELECT 1 FROM ledger_entries WHERE id = $1 FOR UPDATE`, [id]);
    return this.entry(id, tx);
  }

  async entry(id: string, db: EntityManager | DataSource = this.db): Promise<LedgerEntryRow | undefined> {
    const [row] = await db.query<LedgerEntryRow[]>(
      `SELECT ${ENTRY_COLUMNS} FROM ledger_entries e ${ENTRY_JOINS} WHERE e.id = $1`,
      [id],
    );
    return row;
  }

  async confirm(tx: EntityManager, entryId: string, userId: string): Promise<void> {
    await tx.query(`INSERT INTO ledger_confirmations (entry_id, confirmed_by) VALUES ($1, $2)`, [
      entryId,
      userId,
    ]);
  }

  /** Appends the reversal of `entry` and the participant's corrected figure; answers the new entry's id. */
  async appendCorrection(
    tx: EntityManager,
    entryId: string,
    hours: number,
    reason: string,
    actorId: string,
  ): Promise<string> {
    await tx.query(
      `INSERT INTO ledger_entries (task_id, participant_id, giving_organisation_id, receiving_organisation_id,
                                   partnership_id, dossier_id, hours, entry_date, kind, reverses_id, state, reason, created_by)
       SELECT task_id, participant_id, giving_organisation_id, receiving_organisation_id, partnership_id, dossier_id,
              -hours, entry_date, 'reversal', id, 'confirmed', $2, $3
         FROM ledger_entries WHERE id = $1`,
      [entryId, reason, actorId],
    );
    const [{ id }] = await tx.query<[{ id: string }]>(
      `INSERT INTO ledger_entries (task_id, participant_id, giving_organisation_id, receiving_organisation_id,
                                   partnership_id, dossier_id, hours, entry_date, kind, state, reason, created_by)
       SELECT task_id, participant_id, giving_organisation_id, receiving_organisation_id, partnership_id, dossier_id,
              $2, entry_date, 'correction', 'confirmed', $3, $4
         FROM ledger_entries WHERE id = $1
       RETURNING id`,
      [entryId, hours, reason, actorId],
    );
    return id;
  }

  /** A participant's entries, newest first. */
  async entriesOf(
    userId: string,
    page: { page: number; pageSize: number },
  ): Promise<{ items: LedgerEntryRow[]; total: number }> {
    const items = await this.db.query<LedgerEntryRow[]>(
      `SELECT ${ENTRY_COLUMNS} FROM ledger_entries e ${ENTRY_JOINS}
        WHERE e.participant_id = $1
        ORDER BY e.created_at DESC, e.kind DESC, e.id
        LIMIT $2 OFFSET $3`,
      [userId, page.pageSize, (page.page - 1) * page.pageSize],
    );
    const [{ total }] = await this.db.query<[{ total: number }]>(
      `SELECT count(*)::int AS total FROM ledger_entries WHERE participant_id = $1`,
      [userId],
    );
    return { items, total };
  }

  /**
   * Hours per pair of organisations (internal hours left out) in a period and view, disputed apart;
   * the domain turns these sums into balances and the matrix.
   */
  async pairSums(view: LedgerView, period: Period): Promise<(HourFlow & { partnershipId: string | null })[]> {
    const params = new SqlParams();
    const where = ['e.giving_organisation_id <> e.receiving_organisation_id'];
    if (period.from) where.push(`e.entry_date >= ${params.add(period.from)}::date`);
    if (period.to) where.push(`e.entry_date <= ${params.add(period.to)}::date`);
    if (view.kind === 'organisation') {
      const org = params.add(view.organisationId);
      where.push(`(e.giving_organisation_id = ${org} OR e.receiving_organisation_id = ${org})`);
    }
    if (view.kind === 'partnership') {
      where.push(`e.partnership_id = ${params.add(view.partnershipId)}`);
      if (view.organisationId) {
        const org = params.add(view.organisationId);
        where.push(`(e.giving_organisation_id = ${org} OR e.receiving_organisation_id = ${org})`);
      }
    }
    // The hours of a chain with an open dispute count apart (the domain's withDisputes, in SQL).
    return this.db.query(
      `SELECT e.giving_organisation_id AS "givingOrganisationId", e.receiving_organisation_id AS "receivingOrganisationId",
              ${view.kind === 'partnership' ? 'e.partnership_id' : 'NULL::uuid'} AS "partnershipId",
              sum(e.hours)::float8 AS hours, ${OPEN_DISPUTE_IN_CHAIN} AS disputed
         FROM ledger_entries e
        WHERE ${where.join(' AND ')}
        GROUP BY 1, 2, 3, 5`,
      params.values,
    );
  }

  async organisationNames(ids: string[]): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    const rows = await this.db.query<{ id: string; name: string }[]>(
      `SELECT id, name FROM organisations WHERE id = ANY($1::uuid[])`,
      [ids],
    );
    return new Map(rows.map((r) => [r.id, r.name]));
  }

  async organisationExists(id: string): Promise<boolean> {
    const rows = await this.db.query<unknown[]>(`SELECT 1 FROM organisations WHERE id = $1`, [id]);
    return rows.length > 0;
  }

  /** The member organisations of a partnership, or undefined when it does not exist. */
  async partnershipMembers(id: string): Promise<string[] | undefined> {
    const rows = await this.db.query<{ exists: boolean; members: string[] | null }[]>(
      `SELECT EXISTS (SELECT 1 FROM partnerships WHERE id = $1) AS exists,
              (SELECT array_agg(organisation_id) FROM partnership_members WHERE partnership_id = $1) AS members`,
      [id],
    );
    return rows[0]?.exists ? (rows[0].members ?? []) : undefined;
  }
}
