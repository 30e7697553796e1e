import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { OutboxEvent } from './outbox-event.js';

/** An outbox row as the relay reads it. */
export interface OutboxRow {
  id: string;
  job_key: string;
  type: OutboxEvent['type'];
  event_key: string;
  data: object;
  request_id: string | null;
}

/** The SQL of the outbox: recording an event in the change's transaction, and the relay's reads and writes. */
@Injectable()
export class OutboxRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  transaction<T>(work: (tx: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }

  /** One event, once per event key (a second one with the same key is dropped). */
  async insert(
    manager: EntityManager,
    type: string,
    eventKey: string,
    data: object,
    requestId: string | null,
  ): Promise<void> {
    await manager.query(
      `INSERT INTO outbox (type, event_key, data, request_id) VALUES ($1, $2, $3, $4)
       ON CONFLICT (event_key) DO NOTHING`,
      [type, eventKey, data, requestId],
    );
  }

  /** The oldest unrelayed rows, locked; rows another relay holds are skipped, not waited for. */
  lockUnrelayed(tx: EntityManager, limit: number): Promise<OutboxRow[]> {
    return tx.query<OutboxRow[]>(
      `SELECT id::text, job_key, type, event_key, data, request_id FROM outbox
        WHERE relayed_at IS NULL ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED`,
      [limit],
    );
  }

  async markRelayed(tx: EntityManager, ids: string[]): Promise<void> {
    await tx.query(`UPDATE outbox SET relayed_at = now() WHERE id = ANY ($1::bigint[])`, [ids]);
  }

  /** For the metrics: unrelayed rows and the age of the oldest, in seconds (0 when none wait). */
  async backlog(): Promise<{ waiting: number; oldestSeconds: number }> {
    const [row] = await this.db.query<[{ waiting: number; oldest: number | null }]>(
      `SELECT count(*)::int AS waiting, extract(epoch FROM now() - min(created_at))::float8 AS oldest
         FROM outbox WHERE relayed_at IS NULL`,
    );
    return { waiting: row.waiting, oldestSeconds: Math.max(0, row.oldest ?? 0) };
  }

  async deleteRelayedBefore(days: number): Promise<void> {
    await this.db.query(`DELETE FROM outbox WHERE relayed_at < now() - make_interval(days => $1)`, [days]);
  }
}
