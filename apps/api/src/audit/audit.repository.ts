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
