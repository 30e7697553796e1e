import { Inject, Injectable } from '@nestjs/common';
import { initialClaimStatus } from '@klussenbank/domain';
import type { EntityManager } from 'typeorm';
import { isUniqueViolation } from '../common/database-errors.js';
import { HourCapsService } from '../hour-caps/hour-caps.service.js';
import { ProblemException } from '../common/problem/problem.js';
import { OutboxService } from '../notifications/outbox.service.js';
import type { Viewer } from '../tasks/task.types.js';
import { TasksService } from '../tasks/tasks.service.js';
import { type ClaimResult, ClaimsRepository, type MyClaim } from './claims.repository.js';
import type { ClaimDecision, CreateClaimDto } from './dto/claim-input.dto.js';

export type { ClaimResult } from './claims.repository.js';

const FULL = () => ProblemException.conflict('task-full');

@Injectable()
export class ClaimsService {
  constructor(
    @Inject(ClaimsRepository) private readonly claims: ClaimsRepository,
    @Inject(TasksService) private readonly tasks: TasksService,
    @Inject(OutboxService) private readonly outbox: OutboxService,
    @Inject(HourCapsService) private readonly hourCaps: HourCapsService,
  ) {}

  /**
   * Claim (instant) or apply (application mode). The place is taken by one conditional UPDATE on
   * the task row, in the same transaction as the claim: concurrent claims queue on that row, and
   * the one that finds no place left changes nothing.
   */
  async claim(viewer: Viewer, taskId: string, dto: CreateClaimDto): Promise<ClaimResult> {
    return this.claims.transaction(async (tx) => {
      const task = await this.tasks.get(viewer, taskId, tx);
      if (task.isPoster) throw ProblemException.conflict('own-task');
      if (task.status === 'full') throw FULL();
      if (task.status !== 'open') {
        throw ProblemException.conflict('task-not-open');
      }
      if (task.claimMode === 'application' && !dto.motivation) {
        throw ProblemException.badRequest([{ name: 'motivation', key: 'required.motivation' }]);
      }
      const consent = await this.claims.needsConsent(tx, viewer.id);
      const status = initialClaimStatus(task.claimMode, consent);
      // An application counts against the cap only when the poster accepts it (checked then).
      const { warn } =
        status === 'applied' ? { warn: false } : await this.hourCaps.checkClaim(tx, viewer.id, task, 'self');
      if (status === 'active' && !(await this.takePlace(tx, taskId, viewer.id))) throw FULL();
      try {
        const claim = await this.claims.insert(tx, {
          taskId,
          userId: viewer.id,
          status,
          motivation: dto.motivation ?? '',
        });
        if (status === 'applied') {
          await this.outbox.record(tx, { type: 'application.received', taskId, claimId: claim.id });
        } else if (status === 'awaiting-consent') {
          await this.outbox.record(tx, { type: 'consent.requested', taskId, claimId: claim.id });
        }
        if (warn) await this.outbox.record(tx, { type: 'hour-cap.exceeded', taskId, claimId: claim.id });
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
    return this.claims.transaction(async (tx) => {
      const task = await this.tasks.get(viewer, taskId, tx);
      const claim = await this.claims.lockOnTask(tx, claimId, taskId);
      const own = claim?.user_id === viewer.id;
      if (!claim || (!own && !task.isPoster)) throw ProblemException.notFound('not-found.claim');
      let warn = false;

      switch (decision) {
        case 'withdrawn':
          if (!own) throw ProblemException.forbidden('forbidden.claimant-only');
          if (!['applied', 'awaiting-consent', 'active'].includes(claim.status)) {
            throw ProblemException.conflict('illegal-claim-change');
          }
          if (claim.status === 'active') await this.claims.releasePlace(tx, taskId);
          break;
        case 'removed':
          if (!task.isPoster) throw ProblemException.forbidden('forbidden.poster-removes');
          if (claim.status !== 'active') {
            throw ProblemException.conflict('illegal-claim-change.not-a-participant');
          }
          if (!message) {
            throw ProblemException.badRequest([{ name: 'message', key: 'required.removal-message' }]);
          }
          await this.claims.releasePlace(tx, taskId);
          break;
        case 'active':
        case 'declined':
          if (!task.isPoster) throw ProblemException.forbidden('forbidden.poster-decides');
          if (claim.status !== 'applied') {
            throw ProblemException.conflict('illegal-claim-change.application-decided');
          }
          if (decision === 'active') {
            warn = (await this.hourCaps.checkClaim(tx, claim.user_id, task, 'applicant')).warn;
            if (!(await this.takePlace(tx, taskId, claim.user_id))) throw FULL();
          }
          break;
      }
      const updated = await this.claims.setStatus(tx, claimId, decision, message);
      if (decision === 'active' || decision === 'declined') {
        const type = decision === 'active' ? 'claim.accepted' : 'claim.declined';
        await this.outbox.record(tx, { type, taskId, claimId });
      }
      if (warn) await this.outbox.record(tx, { type: 'hour-cap.exceeded', taskId, claimId });
      return updated;
    });
  }

  async mine(viewer: Viewer): Promise<{ items: MyClaim[] }> {
    return { items: await this.claims.mine(viewer.id) };
  }

  /** The line manager's inbox: claims of their own people that wait for consent. */
  async consentRequests(viewer: Viewer) {
    return { items: await this.claims.consentRequests(viewer.id) };
  }

  async decideConsent(
    viewer: Viewer,
    claimId: string,
    decision: 'granted' | 'declined',
  ): Promise<ClaimResult> {
    return this.claims.transaction(async (tx) => {
      const claim = await this.claims.lockForLineManager(tx, claimId, viewer.id);
      if (!claim) throw ProblemException.notFound('not-found.consent-request');
      if (claim.status !== 'awaiting-consent') {
        throw ProblemException.conflict('illegal-claim-change.consent-decided');
      }
      if (decision === 'granted' && !(await this.takePlace(tx, claim.task_id, claim.user_id))) throw FULL();
      const updated = await this.claims.setStatus(
        tx,
        claimId,
        decision === 'granted' ? 'active' : 'consent-declined',
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
    if (!(await this.claims.takePlace(tx, taskId))) return false;
    await this.tasks.toDossierFeed(tx, claimantId, taskId, 'task-claimed');
    return true;
  }
}
