import { Inject, Injectable } from '@nestjs/common';
import {
  type Actor,
  balances,
  canAnswerEntry,
  entryState,
  isInternal,
  LEDGER_CONFIRMATION_DAYS,
  ledgerView,
  type LedgerView,
  pairMatrix,
} from '@klussenbank/domain';
import type { EntityManager } from 'typeorm';
import type { Page } from '../common/pagination.js';
import { OutboxService } from '../notifications/outbox.service.js';
import { ProblemException } from '../common/problem/problem.js';
import type { LedgerBalanceDto, LedgerEntryDto, LedgerPairDto } from './dto/ledger.dto.js';
import type { LedgerCorrectionDto } from './dto/ledger-correction.dto.js';
import type { LedgerBalancesQueryDto, LedgerPeriodQueryDto } from './dto/ledger-query.dto.js';
import { type LedgerEntryRow, LedgerRepository } from './ledger.repository.js';

const DAY = 86_400_000;

/** The hour ledger between organisations: entries at completion, answers by participants, balances. */
@Injectable()
export class LedgerService {
  constructor(
    @Inject(LedgerRepository) private readonly ledger: LedgerRepository,
    @Inject(OutboxService) private readonly outbox: OutboxService,
  ) {}

  /**
   * In the completion's transaction: each participant's hours become an entry, exactly once, and
   * the participants are asked to confirm or correct them (one event per klus: its natural key).
   */
  async recordCompletion(tx: EntityManager, taskId: string, actorId: string): Promise<number> {
    const written = await this.ledger.recordCompletion(tx, taskId, actorId);
    if (written > 0) await this.outbox.record(tx, { type: 'ledger.confirmation-requested', taskId });
    return written;
  }

  async balances(actor: Actor, query: LedgerBalancesQueryDto): Promise<Page<LedgerBalanceDto>> {
    const view = await this.view(actor, query);
    const sums = await this.ledger.pairSums(view, query);
    let rows = balances(sums);
    // An organisation's view holds its pairs; its balance is the one row asked for.
    const only =
      view.kind === 'organisation'
        ? view.organisationId
        : view.kind === 'partnership'
          ? view.organisationId
          : undefined;
    if (only) {
      rows = rows.filter((b) => b.organisationId === only);
      if (rows.length === 0)
        rows = [
          { organisationId: only, given: 0, received: 0, net: 0, disputedGiven: 0, disputedReceived: 0 },
        ];
    }
    const names = await this.ledger.organisationNames(rows.map((b) => b.organisationId));
    const items = rows
      .map(({ organisationId, ...figures }) => ({
        organisation: { id: organisationId, name: names.get(organisationId) ?? '' },
        ...figures,
      }))
      .sort((a, b) => a.organisation.name.localeCompare(b.organisation.name, 'nl'));
    return paginate(items, query);
  }

  async matrix(actor: Actor, query: LedgerPeriodQueryDto): Promise<Page<LedgerPairDto>> {
    const view = await this.view(actor, query);
    const cells = pairMatrix(await this.ledger.pairSums(view, query));
    const names = await this.ledger.organisationNames([
      ...new Set(cells.flatMap((c) => [c.givingOrganisationId, c.receivingOrganisationId])),
    ]);
    const ref = (id: string) => ({ id, name: names.get(id) ?? '' });
    const items = cells
      .map((c) => ({
        giving: ref(c.givingOrganisationId),
        receiving: ref(c.receivingOrganisationId),
        hours: c.hours,
        disputedHours: c.disputedHours,
      }))
      .sort(
        (a, b) =>
          a.giving.name.localeCompare(b.giving.name, 'nl') ||
          a.receiving.name.localeCompare(b.receiving.name, 'nl'),
      );
    return paginate(items, query);
  }

  async mine(actor: Actor, page: { page: number; pageSize: number }): Promise<Page<LedgerEntryDto>> {
    const { items, total } = await this.ledger.entriesOf(actor.id, page);
    const now = new Date();
    return { items: items.map((row) => toDto(row, now)), page: page.page, pageSize: page.pageSize, total };
  }

  async confirm(actor: Actor, id: string): Promise<LedgerEntryDto> {
    return this.ledger.transaction(async (tx) => {
      const entry = await this.answerable(tx, actor, id);
      await this.ledger.confirm(tx, entry.id, actor.id);
      return toDto((await this.ledger.entry(id, tx))!, new Date());
    });
  }

  /** The participant's figure: a reversal of the recorded entry plus a new one. Answers the new entry. */
  async correct(actor: Actor, id: string, dto: LedgerCorrectionDto): Promise<LedgerEntryDto> {
    return this.ledger.transaction(async (tx) => {
      const entry = await this.answerable(tx, actor, id);
      if (Math.round(entry.hours * 100) === Math.round(dto.hours * 100)) {
        throw ProblemException.badRequest([{ name: 'hours', key: 'same-hours' }]);
      }
      const newId = await this.ledger.appendCorrection(tx, entry.id, dto.hours, dto.reason, actor.id);
      // The poster's side hears of it: they accept it or dispute it.
      await this.outbox.record(tx, { type: 'ledger.corrected', taskId: entry.taskId, entryId: newId });
      return toDto((await this.ledger.entry(newId, tx))!, new Date());
    });
  }

  private async answerable(tx: EntityManager, actor: Actor, id: string): Promise<LedgerEntryRow> {
    const entry = await this.ledger.lockEntry(tx, id);
    if (!entry) throw ProblemException.notFound('not-found.ledger-entry');
    const answer = canAnswerEntry(actor, entry, new Date());
    if (!answer.ok) {
      // Somebody else's hours are as unknown to you as hours that do not exist.
      if (answer.reason === 'not-the-participant') throw ProblemException.notFound('not-found.ledger-entry');
      throw ProblemException.conflict('ledger-entry-settled', undefined, {
        currentState: entryState(entry, new Date()),
      });
    }
    return entry;
  }

  /** Which figures the actor may see for this request (rule: ledgerView in the domain). */
  private async view(
    actor: Actor,
    query: { organisationId?: string; partnershipId?: string },
  ): Promise<LedgerView> {
    let memberOrganisationIds: string[] | undefined;
    if (query.partnershipId) {
      memberOrganisationIds = await this.ledger.partnershipMembers(query.partnershipId);
      if (!memberOrganisationIds) throw ProblemException.notFound('not-found.partnership');
    }
    if (query.organisationId && !(await this.ledger.organisationExists(query.organisationId))) {
      throw ProblemException.notFound('not-found.organisation');
    }
    const allowed = ledgerView(actor, {
      ...(query.organisationId ? { organisationId: query.organisationId } : {}),
      ...(query.partnershipId ? { partnershipId: query.partnershipId } : {}),
      ...(memberOrganisationIds ? { memberOrganisationIds } : {}),
    });
    if (!allowed.ok) throw ProblemException.forbidden('forbidden.ledger');
    return allowed.view;
  }
}

function paginate<T>(items: T[], page: { page: number; pageSize: number }): Page<T> {
  const start = (page.page - 1) * page.pageSize;
  return {
    items: items.slice(start, start + page.pageSize),
    page: page.page,
    pageSize: page.pageSize,
    total: items.length,
  };
}

export function toDto(row: LedgerEntryRow, now: Date): LedgerEntryDto {
  const state = entryState(row, now);
  return {
    id: row.id,
    task: { id: row.taskId, title: row.taskTitle },
    giving: { id: row.givingOrganisationId, name: row.givingOrganisationName },
    receiving: { id: row.receivingOrganisationId, name: row.receivingOrganisationName },
    internal: isInternal(row),
    partnershipId: row.partnershipId,
    dossierId: row.dossierId,
    hours: row.hours,
    entryDate: row.entryDate,
    kind: row.kind,
    reversesId: row.reversesId,
    state,
    reason: row.reason,
    createdAt: row.createdAt.toISOString(),
    confirmedAt: row.confirmedAt ? row.confirmedAt.toISOString() : null,
    answerBefore:
      state === 'recorded'
        ? new Date(row.createdAt.getTime() + LEDGER_CONFIRMATION_DAYS * DAY).toISOString()
        : null,
  };
}
