import { Inject, Injectable } from '@nestjs/common';
import {
  type Actor,
  canAnswerCorrection,
  canSeeDispute,
  canSettleDispute,
  correctionAnswerBefore,
  hasRole,
  isPlatformAdmin,
} from '@klussenbank/domain';
import type { EntityManager } from 'typeorm';
import type { Page } from '../common/pagination.js';
import { ProblemException } from '../common/problem/problem.js';
import { OutboxService } from '../notifications/outbox.service.js';
import type {
  LedgerDisputeDto,
  LedgerDisputeRequestDto,
  LedgerDisputesQueryDto,
  LedgerSettlementDto,
  TaskHoursDto,
  TaskHoursEntryDto,
} from './dto/ledger-dispute.dto.js';
import {
  type DisputeRow,
  LedgerDisputesRepository,
  type TaskHoursRow,
} from './ledger-disputes.repository.js';
import { toDto } from './ledger.service.js';

/**
 * Disputes over a participant's correction: the poster's side accepts or disputes it; the org-admins
 * of both organisations settle a dispute. The rules are in the domain (canAnswerCorrection,
 * canSettleDispute); here the transactions, the problems and the notifications.
 */
@Injectable()
export class LedgerDisputesService {
  constructor(
    @Inject(LedgerDisputesRepository) private readonly disputes: LedgerDisputesRepository,
    @Inject(OutboxService) private readonly outbox: OutboxService,
  ) {}

  /** The klus's hours: all of them for the poster's side (and platform admins), else your own. */
  async taskHours(actor: Actor, taskId: string): Promise<TaskHoursDto> {
    const task = await this.disputes.task(taskId);
    if (!task) throw ProblemException.notFound('not-found.task');
    const posterSide =
      actor.id === task.posterId ||
      isPlatformAdmin(actor) ||
      (hasRole(actor, 'org-admin') && actor.organisationId === task.organisationId);
    const rows = await this.disputes.taskHours(taskId, posterSide ? undefined : actor.id);
    const now = new Date();
    return { items: rows.map((row) => this.entryDto(actor, row, now)) };
  }

  async accept(actor: Actor, entryId: string): Promise<TaskHoursEntryDto> {
    return this.disputes.transaction(async (tx) => {
      const entry = await this.answerable(tx, actor, entryId);
      await this.disputes.answer(tx, entry.id, 'accepted', null, actor.id);
      return this.entryDto(actor, (await this.disputes.entry(entry.id, tx))!, new Date());
    });
  }

  /** Puts the correction in discussion; the org-admins of both organisations hear of it. */
  async dispute(actor: Actor, entryId: string, dto: LedgerDisputeRequestDto): Promise<LedgerDisputeDto> {
    return this.disputes.transaction(async (tx) => {
      const entry = await this.answerable(tx, actor, entryId);
      const id = await this.disputes.answer(tx, entry.id, 'opened', dto.reason, actor.id);
      await this.outbox.record(tx, { type: 'ledger.disputed', taskId: entry.taskId, disputeId: id });
      return disputeDto(actor, (await this.disputes.dispute(id, tx))!);
    });
  }

  async list(actor: Actor, query: LedgerDisputesQueryDto): Promise<Page<LedgerDisputeDto>> {
    // Org-admins see their organisation's (either side); platform admins all (guarded by the route).
    const organisationId = isPlatformAdmin(actor) ? null : actor.organisationId;
    const { items, total } = await this.disputes.disputes(organisationId, query.status ?? 'open', query);
    return {
      items: items.map((row) => disputeDto(actor, row)),
      page: query.page,
      pageSize: query.pageSize,
      total,
    };
  }

  /** The final hours: if they differ, the disputed entry is reversed and the settled figure added. */
  async settle(actor: Actor, id: string, dto: LedgerSettlementDto): Promise<LedgerDisputeDto> {
    return this.disputes.transaction(async (tx) => {
      const dispute = await this.disputes.lockDispute(tx, id);
      const facts = dispute && { ...dispute, settled: dispute.settledAt !== null };
      if (!dispute || !facts || !canSeeDispute(actor, facts))
        throw ProblemException.notFound('not-found.ledger-dispute');
      const allowed = canSettleDispute(actor, facts);
      if (!allowed.ok) {
        if (allowed.reason === 'dispute-settled') throw ProblemException.conflict('ledger-dispute-settled');
        throw ProblemException.forbidden('forbidden.ledger-settle');
      }
      await this.disputes.settle(tx, dispute, dto.hours, dto.note, actor.id);
      await this.outbox.record(tx, { type: 'ledger.settled', taskId: dispute.taskId, disputeId: id });
      return disputeDto(actor, (await this.disputes.dispute(id, tx))!);
    });
  }

  private async answerable(tx: EntityManager, actor: Actor, id: string): Promise<TaskHoursRow> {
    const entry = await this.disputes.lockEntry(tx, id);
    if (!entry) throw ProblemException.notFound('not-found.ledger-entry');
    const answer = canAnswerCorrection(actor, answerFacts(entry), new Date());
    if (!answer.ok) {
      // Hours of a klus that is not yours are as unknown to you as hours that do not exist.
      if (answer.reason === 'not-the-poster') throw ProblemException.notFound('not-found.ledger-entry');
      throw ProblemException.conflict(
        answer.reason === 'not-a-correction' ? 'ledger-not-a-correction' : 'ledger-correction-answered',
      );
    }
    return entry;
  }

  private entryDto(actor: Actor, row: TaskHoursRow, now: Date): TaskHoursEntryDto {
    const facts = answerFacts(row);
    const open = row.kind === 'correction' && !facts.answered && !row.reversed;
    const before = correctionAnswerBefore(row.createdAt);
    return {
      ...toDto(row, now),
      participant: { id: row.participantId, name: row.participantName },
      recordedHours: row.recordedHours,
      correctionAnswer: row.correctionAnswer,
      answerCorrectionBefore: open && now < before ? before.toISOString() : null,
      canAnswerCorrection: canAnswerCorrection(actor, facts, now).ok,
      disputeId: row.disputeId,
    };
  }
}

const answerFacts = (row: TaskHoursRow) => ({ ...row, answered: row.correctionAnswer !== null });

function disputeDto(actor: Actor, row: DisputeRow): LedgerDisputeDto {
  const settled = row.settledAt !== null;
  return {
    id: row.id,
    entryId: row.entryId,
    task: { id: row.taskId, title: row.taskTitle },
    participant: { id: row.participantId, name: row.participantName },
    giving: { id: row.givingOrganisationId, name: row.givingOrganisationName },
    receiving: { id: row.receivingOrganisationId, name: row.receivingOrganisationName },
    entryDate: row.entryDate,
    recordedHours: row.recordedHours,
    correctedHours: row.correctedHours,
    correctionReason: row.correctionReason,
    disputeReason: row.disputeReason,
    openedBy: { id: row.openedById, name: row.openedByName },
    openedAt: row.openedAt.toISOString(),
    status: settled ? 'settled' : 'open',
    settledHours: row.settledHours,
    settlementNote: row.settlementNote,
    settledBy: row.settledById ? { id: row.settledById, name: row.settledByName ?? '' } : null,
    settledAt: row.settledAt ? row.settledAt.toISOString() : null,
    canSettle: canSettleDispute(actor, { ...row, settled }).ok,
  };
}
