import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { OutboxEvent } from './outbox-event.js';

/** Every event except a published klus, whose recipients matching computes. */
export type DirectEvent = Exclude<OutboxEvent, { type: 'task.published' }>;

/** Claims of people who are on a klus or waiting to be. */
const LIVE = `('applied', 'awaiting-consent', 'active')`;

/**
 * Who hears of an event: one place, one query per event type. Resolved when the event is handled,
 * so a recipient is who holds the role then (the line manager today, not at the time of the claim).
 */
@Injectable()
export class NotificationRecipients {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async of(event: DirectEvent): Promise<string[]> {
    const [sql, params] = this.query(event);
    const rows = await this.db.query<{ user_id: string }[]>(sql, params);
    return [...new Set(rows.map((r) => r.user_id))];
  }

  private query(event: DirectEvent): [string, unknown[]] {
    switch (event.type) {
      case 'user.created':
        return [`SELECT id AS user_id FROM users WHERE id = $1`, [event.userId]];
      case 'task.changed':
        return [`SELECT user_id FROM claims WHERE task_id = $1 AND status IN ${LIVE}`, [event.taskId]];
      case 'task.cancelled':
        // Cancelling withdraws the pending applications in the same transaction, so their
        // updated_at equals the klus's (now() is the transaction's start): they hear of it too.
        return [
          `SELECT c.user_id FROM claims c JOIN tasks t ON t.id = c.task_id
            WHERE c.task_id = $1
              AND (c.status IN ${LIVE} OR (c.status = 'withdrawn' AND c.updated_at = t.updated_at))`,
          [event.taskId],
        ];
      case 'task.completed':
        return [`SELECT user_id FROM claims WHERE task_id = $1 AND status = 'completed'`, [event.taskId]];
      case 'task.ending-soon':
        return [`SELECT user_id FROM claims WHERE task_id = $1 AND status = 'active'`, [event.taskId]];
      case 'claim.accepted':
      case 'claim.declined':
        return [`SELECT user_id FROM claims WHERE id = $1`, [event.claimId]];
      case 'application.received':
        return [
          `SELECT t.poster_id AS user_id FROM claims c JOIN tasks t ON t.id = c.task_id WHERE c.id = $1`,
          [event.claimId],
        ];
      case 'consent.requested':
        return [
          `SELECT u.line_manager_id AS user_id FROM claims c JOIN users u ON u.id = c.user_id
            WHERE c.id = $1 AND u.line_manager_id IS NOT NULL`,
          [event.claimId],
        ];
    }
  }
}
