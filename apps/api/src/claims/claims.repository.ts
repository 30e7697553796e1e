import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ClaimStatus } from '@klussenbank/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { SUMMARY_COLUMNS, SUMMARY_JOINS } from '../tasks/task-queries.js';
import type { TaskSummary } from '../tasks/task.types.js';

export interface ClaimResult {
  id: string;
  status: ClaimStatus;
  motivation: string;
  message: string;
}

export type MyClaim = Omit<ClaimResult, 'message'> & { createdAt: string; task: TaskSummary };

const RETURNING = `RETURNING id, status, motivation, message`;

/** The SQL of claims: the service decides, this reads and writes. */
@Injectable()
export class ClaimsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  transaction<T>(work: (tx: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }

  /** Whether a claim of this user waits for their line manager's consent first. */
  async needsConsent(tx: EntityManager, userId: string): Promise<boolean> {
    const [{ consent }] = await tx.query<[{ consent: boolean }]>(
      `SELECT o.consent_required AND u.line_manager_id IS NOT NULL AS consent
         FROM users u JOIN organisations o ON o.id = u.organisation_id WHERE u.id = $1`,
      [userId],
    );
    return consent;
  }

  /** A new claim; fails with a unique violation of claims_one_live_per_user if one is live already. */
  async insert(
    tx: EntityManager,
    claim: { taskId: string; userId: string; status: ClaimStatus; motivation: string },
  ): Promise<ClaimResult> {
    const [inserted] = await tx.query<[ClaimResult]>(
      `INSERT INTO claims (task_id, user_id, status, motivation) VALUES ($1, $2, $3, $4) ${RETURNING}`,
      [claim.taskId, claim.userId, claim.status, claim.motivation],
    );
    return inserted;
  }

  /** A claim on the klus, locked for this transaction. */
  async lockOnTask(
    tx: EntityManager,
    claimId: string,
    taskId: string,
  ): Promise<{ id: string; status: ClaimStatus; user_id: string } | undefined> {
    const [claim] = await tx.query<{ id: string; status: ClaimStatus; user_id: string }[]>(
      `SELECT id, status, user_id FROM claims WHERE id = $1 AND task_id = $2 FOR UPDATE`,
      [claimId, taskId],
    );
    return claim;
  }

  /** A claim of one of the line manager's people, locked for this transaction. */
  async lockForLineManager(
    tx: EntityManager,
    claimId: string,
    lineManagerId: string,
  ): Promise<{ task_id: string; status: ClaimStatus; user_id: string } | undefined> {
    const [claim] = await tx.query<{ task_id: string; status: ClaimStatus; user_id: string }[]>(
      `SELECT c.task_id, c.status, c.user_id FROM claims c JOIN users u ON u.id = c.user_id
        WHERE c.id = $1 AND u.line_manager_id = $2 FOR UPDATE OF c`,
      [claimId, lineManagerId],
    );
    return claim;
  }

  /** A new status, and the message that goes with it when there is one. */
  async setStatus(
    tx: EntityManager,
    claimId: string,
    status: ClaimStatus,
    message?: string,
  ): Promise<ClaimResult> {
    const [[updated]] =
      message === undefined
        ? await tx.query<[[ClaimResult], number]>(
            `UPDATE claims SET status = $2, updated_at = now() WHERE id = $1 ${RETURNING}`,
            [claimId, status],
          )
        : await tx.query<[[ClaimResult], number]>(
            `UPDATE claims SET status = $2, message = $3, updated_at = now() WHERE id = $1 ${RETURNING}`,
            [claimId, status, message],
          );
    return updated;
  }

  mine(userId: string): Promise<MyClaim[]> {
    return this.db.query<MyClaim[]>(
      `SELECT c.id, c.status, c.motivation, c.message, c.created_at AS "createdAt", to_json(task) AS task
         FROM claims c
         JOIN LATERAL (SELECT ${SUMMARY_COLUMNS} FROM tasks t ${SUMMARY_JOINS} WHERE t.id = c.task_id) task ON true
        WHERE c.user_id = $1
        ORDER BY c.created_at DESC, c.id DESC
        LIMIT 200`,
      [userId],
    );
  }

  /** Claims of the line manager's own people that wait for consent. */
  consentRequests(lineManagerId: string): Promise<unknown[]> {
    return this.db.query<unknown[]>(
      `SELECT c.id AS "claimId", c.created_at AS "createdAt",
              json_build_object('id', u.id, 'name', u.display_name) AS "user", to_json(task) AS task
         FROM claims c
         JOIN users u ON u.id = c.user_id
         JOIN LATERAL (SELECT ${SUMMARY_COLUMNS} FROM tasks t ${SUMMARY_JOINS} WHERE t.id = c.task_id) task ON true
        WHERE u.line_manager_id = $1 AND c.status = 'awaiting-consent'
        ORDER BY c.created_at, c.id`,
      [lineManagerId],
    );
  }

  /**
   * One place, only while open and not beyond capacity; the last place makes the klus full. True
   * when the place was taken.
   */
  async takePlace(tx: EntityManager, taskId: string): Promise<boolean> {
    // TypeORM answers an UPDATE with [rows, affected].
    const [, affected] = await tx.query<[unknown[], number]>(
      `UPDATE tasks SET taken = taken + 1, updated_at = now(),
              status = CASE WHEN taken + 1 >= capacity THEN 'full' ELSE 'open' END
        WHERE id = $1 AND status = 'open' AND taken < capacity`,
      [taskId],
    );
    return affected === 1;
  }

  async releasePlace(tx: EntityManager, taskId: string): Promise<void> {
    await tx.query(
      `UPDATE tasks SET taken = taken - 1, updated_at = now(),
              status = CASE WHEN status = 'full' THEN 'open' ELSE status END
        WHERE id = $1 AND taken > 0`,
      [taskId],
    );
  }
}
