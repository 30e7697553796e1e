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
      case 'dossier.created':
        // People of the partnership with a skill or learning goal the dossier needs, not in the team.
        return [
          `SELECT DISTINCT x.user_id
             FROM dossiers d
             JOIN dossier_skills ds ON ds.dossier_id = d.id
             CROSS JOIN LATERAL (SELECT us.user_id FROM user_skills us WHERE us.skill_id = ds.skill_id
                                 UNION SELECT lg.user_id FROM learning_goals lg WHERE lg.skill_id = ds.skill_id) x
             JOIN users u ON u.id = x.user_id
             JOIN partnership_members pm ON pm.partnership_id = d.partnership_id AND pm.organisation_id = u.organisation_id
            WHERE d.id = $1
              AND NOT EXISTS (SELECT 1 FROM dossier_members m WHERE m.dossier_id = d.id AND m.user_id = x.user_id)`,
          [event.dossierId],
        ];
      case 'dossier.join-requested':
      case 'dossier.checkpoint-upcoming':
        return [
          `SELECT user_id FROM dossier_members WHERE dossier_id = $1 AND role = 'trekker' AND status = 'active'`,
          [event.dossierId],
        ];
      case 'dossier.request-accepted':
      case 'dossier.request-declined':
      case 'dossier.invited':
        return [`SELECT id AS user_id FROM users WHERE id = $1`, [event.userId]];
      case 'dossier.task-posted':
        return [
          `SELECT m.user_id FROM dossier_members m JOIN tasks t ON t.id = $2
            WHERE m.dossier_id = $1 AND m.status = 'active' AND m.user_id <> t.poster_id`,
          [event.dossierId, event.taskId],
        ];
    }
  }
}
