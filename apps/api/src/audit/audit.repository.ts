import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AuditAction } from '@klussenbank/domain';
import { DataSource, type EntityManager } from 'typeorm';

type Queryable = Pick<EntityManager, 'query'>;

export interface AuditEventInsert {
  action: AuditAction;
  actorId: string | null;
  organisationId: string | null;
  objectType: string | null;
  objectId: string | null;
  ipAddress: string | null;
  details: Record<string, unknown>;
}

/** The audit log's SQL. Rows are only ever inserted here; the retention job deletes old ones. */
@Injectable()
export class AuditRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async insert(events: readonly AuditEventInsert[], tx: Queryable = this.db): Promise<void> {
    if (events.length === 0) return;
    await tx.query(
      `INSERT INTO audit_events (action, actor_id, organisation_id, object_type, object_id, ip_address, details)
       SELECT e.action, e.actor_id, e.organisation_id, e.object_type, e.object_id, e.ip_address, e.details
         FROM jsonb_to_recordset($1::jsonb) AS e(
           action text, actor_id uuid, organisation_id uuid, object_type text, object_id text,
           ip_address inet, details jsonb)`,
      [
        JSON.stringify(
          events.map((event) => ({
            action: event.action,
            actor_id: event.actorId,
            organisation_id: event.organisationId,
            object_type: event.objectType,
            object_id: event.objectId,
            ip_address: event.ipAddress,
            details: event.details,
          })),
        ),
      ],
    );
  }
}

export interface AuditEventFilter {
  /** null: every organisation's and the platform-wide events (platform admins). */
  organisationId: string | null;
  actions?: readonly AuditAction[];
  actorId?: string;
  objectId?: string;
  /** Days in Europe/Amsterdam, inclusive. */
  from?: string;
  to?: string;
}

export interface AuditEventRow {
  id: string;
  occurredAt: Date;
  action: AuditAction;
  actorId: string | null;
  actorName: string | null;
  organisationId: string | null;
  organisationName: string | null;
  objectType: string | null;
  objectId: string | null;
  ipAddress: string | null;
  details: Record<string, unknown>;
}

function where(filter: AuditEventFilter): { sql: string; values: unknown[] } {
  const values: unknown[] = [];
  const add = (value: unknown) => `$${values.push(value)}`;
  const conditions: string[] = [];
  if (filter.organisationId !== null) conditions.push(`e.organisation_id = ${add(filter.organisationId)}`);
  if (filter.actions?.length) conditions.push(`e.action = ANY(${add(filter.actions)}::text[])`);
  if (filter.actorId) conditions.push(`e.actor_id = ${add(filter.actorId)}`);
  if (filter.objectId) conditions.push(`e.object_id = ${add(filter.objectId)}`);
  // A day starts at midnight in Amsterdam: the date becomes a local time first. (A bare date became
  // midnight UTC, which AT TIME ZONE turned into Amsterdam's clock: the day began 1–2 hours late.)
  if (filter.from)
    conditions.push(
      `e.occurred_at >= (${add(filter.from)}::date::timestamp AT TIME ZONE 'Europe/Amsterdam')`,
    );
  if (filter.to)
    conditions.push(
      `e.occurred_at < ((${add(filter.to)}::date + 1)::timestamp AT TIME ZONE 'Europe/Amsterdam')`,
    );
  return { sql: conditions.length ? `WHERE ${conditions.join(' AND ')}` : '', values };
}

const SELECT_EVENTS = `
  SELECT e.id::text AS id, e.occurred_at AS "occurredAt", e.action, e.actor_id AS "actorId",
         u.display_name AS "actorName", e.organisation_id AS "organisationId", o.name AS "organisationName",
         e.object_type AS "objectType", e.object_id AS "objectId", host(e.ip_address) AS "ipAddress", e.details
    FROM audit_events e
    LEFT JOIN users u ON u.id = e.actor_id
    LEFT JOIN organisations o ON o.id = e.organisation_id`;

/** Reading and clearing the audit log: names are joined at read time, never stored. */
@Injectable()
export class AuditEventsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async page(filter: AuditEventFilter, page: number, pageSize: number): Promise<[AuditEventRow[], number]> {
    const { sql, values } = where(filter);
    const [rows, [count]] = await Promise.all([
      this.db.query<AuditEventRow[]>(
        `${SELECT_EVENTS} ${sql} ORDER BY e.occurred_at DESC, e.id DESC
          LIMIT ${Number(pageSize)} OFFSET ${Number((page - 1) * pageSize)}`,
        values,
      ),
      this.db.query<{ total: number }[]>(`SELECT count(*)::int AS total FROM audit_events e ${sql}`, values),
    ]);
    return [rows, count?.total ?? 0];
  }

  /** Every match, newest first, at most `limit` (the export). */
  async all(filter: AuditEventFilter, limit: number): Promise<AuditEventRow[]> {
    const { sql, values } = where(filter);
    return this.db.query<AuditEventRow[]>(
      `${SELECT_EVENTS} ${sql} ORDER BY e.occurred_at DESC, e.id DESC LIMIT ${Number(limit)}`,
      values,
    );
  }

  /** The retention job's one statement, in a transaction that switches the append-only trigger's guard. */
  async deleteOlderThan(cutoff: Date): Promise<number> {
    return this.db.transaction(async (tx) => {
      await tx.query(`SET LOCAL klussenbank.audit_retention = 'on'`);
      const [, count] = await tx.query<[unknown[], number]>(
        `DELETE FROM audit_events WHERE occurred_at < $1`,
        [cutoff],
      );
      return count;
    });
  }
}
