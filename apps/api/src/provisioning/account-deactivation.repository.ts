import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ClaimStatus } from '@klussenbank/domain';
import { DataSource, type EntityManager } from 'typeorm';

export interface WithdrawnClaim {
  id: string;
  taskId: string;
  /** The status before the withdrawal: an active claim held a place. */
  was: ClaimStatus;
}

/** The SQL of switching an account off: the user row, and the claims that end with it. */
@Injectable()
export class AccountDeactivationRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  transaction<T>(work: (tx: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }

  /** Sets deactivated_at (and scim_deleted_at when asked) unless set; true when the account was active. */
  async markDeactivated(tx: EntityManager, userId: string, scimDeleted: boolean): Promise<boolean> {
    const [rows] = await tx.query<[{ was_active: boolean }[], number]>(
      `UPDATE users u SET deactivated_at = coalesce(u.deactivated_at, now()),
              scim_deleted_at = CASE WHEN $2 THEN coalesce(u.scim_deleted_at, now()) ELSE u.scim_deleted_at END,
              updated_at = now()
         FROM users before WHERE before.id = u.id AND u.id = $1
       RETURNING before.deactivated_at IS NULL AS was_active`,
      [userId, scimDeleted],
    );
    return rows[0]?.was_active ?? false;
  }

  /**
   * The person's live claims on klussen that have not started (open or full) become withdrawn,
   * with the reason in their message; claims on running or completed klussen stay.
   */
  async withdrawUnstartedClaims(
    tx: EntityManager,
    userId: string,
    message: string,
  ): Promise<WithdrawnClaim[]> {
    const [rows] = await tx.query<[WithdrawnClaim[], number]>(
      `WITH target AS (
         SELECT c.id, c.task_id, c.status FROM claims c JOIN tasks t ON t.id = c.task_id
          WHERE c.user_id = $1 AND c.status IN ('applied', 'awaiting-consent', 'active')
            AND t.status IN ('open', 'full')
          FOR UPDATE OF c, t)
       UPDATE claims c SET status = 'withdrawn', message = $2, updated_at = now()
         FROM target WHERE c.id = target.id
       RETURNING c.id, c.task_id AS "taskId", target.status AS was`,
      [userId, message],
    );
    return rows;
  }

  /** An active claim's place is free again; a full klus opens. */
  async releasePlace(tx: EntityManager, taskId: string): Promise<void> {
    await tx.query(
      `UPDATE tasks SET taken = taken - 1, updated_at = now(),
              status = CASE WHEN status = 'full' THEN 'open' ELSE status END
        WHERE id = $1 AND taken > 0`,
      [taskId],
    );
  }
}
