import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type ClaimStatus, initialClaimStatus } from '@klussenbank/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { isUniqueViolation } from '../common/database-errors.js';
import { ProblemException } from '../common/problem/problem.js';
import { OutboxService } from '../notifications/outbox.service.js';
import { SUMMARY_COLUMNS, SUMMARY_JOINS } from '../tasks/task-queries.js';
import type { TaskSummary, Viewer } from '../tasks/task.types.js';
import { TasksService } from '../tasks/tasks.service.js';
import type { ClaimDecision, CreateClaimDto } from './dto/claim-input.dto.js';

export interface ClaimResult {
  id: string;
  status: ClaimStatus;
  motivation: string;
  message: string;
}

const FULL = () => ProblemException.conflict('task-full');
const RETURNING = `RETURNING id, status, motivation, message`;

@Injectable()
export class ClaimsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(TasksService) private readonly tasks: TasksService,
    @Inject(OutboxService) private readonly outbox: OutboxService,
  ) {}

  /**
   * Claim (instant) or apply (application mode). The place is taken by one conditional UPDATE on
   * the task row, in the same transaction as the claim: concurrent claims queue on that row, and
   * the one that finds no place left changes nothing.
   */
  async claim(viewer: Viewer, taskId: string, dto: CreateClaimDto): Promise<ClaimResult> {
    return this.db.transaction(async (tx) => {
      const task = await this.tasks.get(viewer, taskId, tx);
      if (task.isPoster) throw ProblemException.conflict('own-task');
      if (task.status === 'full') throw FULL();
      if (task.status !== 'open') {
        throw ProblemException.conflict('task-not-open');
      }
      if (task.claimMode === 'application' && !dto.motivation) {
        throw ProblemException.badRequest([{ name: 'motivation', key: 'required.motivation' }]);
      }
      const [{ consent }] = await tx.query<[{ consent: boolean }]>(
        `SELECT o.consent_required AND u.line_manager_id IS NOT NULL AS consent
           FROM users u JOIN organisations o ON o.id = u.organisation_id WHERE u.id = $1`,
        [viewer.id],
      );
      const status = initialClaimStatus(task.claimMode, consent);
      if (status === 'active' && !(await this.takePlace(tx, taskId, viewer.id))) throw FULL();
      try {
        const [claim] = await tx.query<[ClaimResult]>(
          `INSERT INTO claims (task_id, user_id, status, motivation) VALUES ($1, $2, $3, $4) ${RETURNING}`,
          [taskId, viewer.id, status, dto.motivation ?? ''],
        );
        if (status === 'applied') {
          await this.outbox.record(tx, { type: 'application.received', taskId, claimId: claim.id });
        } else if (status === 'awaiting-consent') {
          await this.outbox.record(tx, { type: 'consent.requested', taskId, claimId: claim.id });
        }
        return claim;
      } catch (error) {
        if (isUniqueViolation(error, 'claims_one_live_per_user')) {
          throw ProblemException.conflict('already-claimed');
        }
        throw error;
      }
    });
  }

  async decide(
    viewer: Viewer,
    taskId: string,
    claimId: string,
    decision: ClaimDecision,
    message = '',
  ): Promise<ClaimResult> {
    return this.db.transaction(async (tx) => {
      const task = await this.tasks.get(viewer, taskId, tx);
      const [claim] = await tx.query<{ id: string; status: ClaimStatus; user_id: string }[]>(
        `SELECT id, status, user_id FROM claims WHERE id = $1 AND task_id = $2 FOR UPDATE`,
        [claimId, taskId],
      );
      const own = claim?.user_id === viewer.id;
      if (!claim || (!own && !task.isPoster)) throw ProblemException.notFound('not-found.claim');

      switch (decision) {
        case 'withdrawn':
          if (!own) throw ProblemException.forbidden('forbidden.claimant-only');
          if (!['applied', 'awaiting-consent', 'active'].includes(claim.status)) {
            throw ProblemException.conflict('illegal-claim-change');
          }
          if (claim.status === 'active') await this.releasePlace(tx, taskId);
          break;
        case 'removed':
          if (!task.isPoster) throw ProblemException.forbidden('forbidden.poster-removes');
          if (claim.status !== 'active') {
            throw ProblemException.conflict('illegal-claim-change.not-a-participant');
          }
          if (!message) {
            throw ProblemException.badRequest([{ name: 'message', key: 'required.removal-message' }]);
          }
          await this.releasePlace(tx, taskId);
          break;
        case 'active':
        case 'declined':
          if (!task.isPoster) throw ProblemException.forbidden('forbidden.poster-decides');
          if (claim.status !== 'applied') {
            throw ProblemException.conflict('illegal-claim-change.application-decided');
          }
          if (decision === 'active' && !(await this.takePlace(tx, taskId, claim.user_id))) throw FULL();
          break;
      }
      const [[updated]] = await tx.query<[[ClaimResult], number]>(
        `UPDATE claims SET status = $2, message = $3, updated_at = now() WHERE id = $1 ${RETURNING}`,
        [claimId, decision, message],
      );
      if (decision === 'active' || decision === 'declined') {
        const type = decision === 'active' ? 'claim.accepted' : 'claim.declined';
        await this.outbox.record(tx, { type, taskId, claimId });
      }
      return updated;
    });
  }

  async mine(
    viewer: Viewer,
  ): Promise<{ items: (Omit<ClaimResult, 'message'> & { createdAt: string; task: TaskSummary })[] }> {
    const items = await this.db.query<
      (Omit<ClaimResult, 'message'> & { createdAt: string; task: TaskSummary })[]
    >(
      `SELECT c.id, c.status, c.motivation, c.message, c.created_at AS "createdAt", to_json(task) AS task
         FROM claims c
         JOIN LATERAL (SELECT ${SUMMARY_COLUMNS} FROM tasks t ${SUMMARY_JOINS} WHERE t.id = c.task_id) task ON true
        WHERE c.user_id = $1
        ORDER BY c.created_at DESC, c.id DESC
        LIMIT 200`,
      [viewer.id],
    );
    return { items };
  }

  /** The line manager's inbox: claims of their own people that wait for consent. */
  async consentRequests(viewer: Viewer) {
    const items = await this.db.query<unknown[]>(
      `SELECT c.id AS "claimId", c.created_at AS "createdAt",
              json_build_object('id', u.id, 'name', u.display_name) AS "user", to_json(task) AS task
         FROM claims c
         JOIN users u ON u.id = c.user_id
         JOIN LATERAL (SELECT ${SUMMARY_COLUMNS} FROM tasks t ${SUMMARY_JOINS} WHERE t.id = c.task_id) task ON true
        WHERE u.line_manager_id = $1 AND c.status = 'awaiting-consent'
        ORDER BY c.created_at, c.id`,
      [viewer.id],
    );
    return { items };
  }

  async decideConsent(
    viewer: Viewer,
    claimId: string,
    decision: 'granted' | 'declined',
  ): Promise<ClaimResult> {
    return this.db.transaction(async (tx) => {
      const [claim] = await tx.query<{ task_id: string; status: ClaimStatus; user_id: string }[]>(
        `SELECT c.task_id, c.status, c.user_id FROM claims c JOIN users u ON u.id = c.user_id
          WHERE c.id = $1 AND u.line_manager_id = $2 FOR UPDATE OF c`,
        [claimId, viewer.id],
      );
      if (!claim) throw ProblemException.notFound('not-found.consent-request');
      if (claim.status !== 'awaiting-consent') {
        throw ProblemException.conflict('illegal-claim-change.consent-decided');
      }
      if (decision === 'granted' && !(await this.takePlace(tx, claim.task_id, claim.user_id))) throw FULL();
      const [[updated]] = await tx.query<[[ClaimResult], number]>(
        `UPDATE claims SET status = $2, updated_at = now() WHERE id = $1 ${RETURNING}`,
        [claimId, decision === 'granted' ? 'active' : 'consent-declined'],
      );
      // The claimant hears the line manager's answer as they would hear a poster's.
      const type = decision === 'granted' ? 'claim.accepted' : 'claim.declined';
      await this.outbox.record(tx, { type, taskId: claim.task_id, claimId });
      return updated;
    });
  }

  /**
   * One place, only while open and not beyond capacity; the last place makes the klus full. A klus
   * of a dossier tells the dossier's feed who took it.
   */
  private async takePlace(tx: EntityManager, taskId: string, claimantId: string): Promise<boolean> {
    // TypeORM answers an UPDATE with [rows, affected].
    const [, affected] = await tx.query<[unknown[], number]>(
      `UPDATE tasks SET taken = taken + 1, updated_at = now(),
              status = CASE WHEN taken + 1 >= capacity THEN 'full' ELSE 'open' END
        WHERE id = $1 AND status = 'open' AND taken < capacity`,
      [taskId],
    );
    if (affected !== 1) return false;
    await this.tasks.toDossierFeed(tx, claimantId, taskId, 'task-claimed');
    return true;
  }

  private async releasePlace(tx: EntityManager, taskId: string): Promise<void> {
    await tx.query(
      `UPDATE tasks SET taken = taken - 1, updated_at = now(),
              status = CASE WHEN status = 'full' THEN 'open' ELSE status END
        WHERE id = $1 AND taken > 0`,
      [taskId],
    );
  }
}
