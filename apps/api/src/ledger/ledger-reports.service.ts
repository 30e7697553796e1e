import { Inject, Injectable } from '@nestjs/common';
import {
  type Actor,
  entryState,
  inView,
  ledgerView,
  type LedgerView,
  pairMatrix,
  parseLedgerPeriod,
  type Period,
  rangePeriod,
} from '@klussenbank/domain';
import { ProblemException } from '../common/problem/problem.js';
import type { Language } from '../common/problem/messages.js';
import type { LedgerPairTasksDto, LedgerPairTaskDto, SettlementQueryDto } from './dto/ledger-reports.dto.js';
import { LedgerRepository } from './ledger.repository.js';
import { LedgerReportsRepository } from './ledger-reports.repository.js';
import { settlementCsv } from './settlement-csv.js';

/** A period as the query gave it: `period`, or from/to (open ends allowed), never both. */
export function queryPeriod(query: {
  period?: string;
  from?: string;
  to?: string;
}): Period & { label?: string } {
  if (query.period !== undefined) {
    if (query.from !== undefined || query.to !== undefined) {
      throw ProblemException.badRequest([{ name: 'period', key: 'period-or-range' }]);
    }
    // Validated by the DTO; parsed again here for its days.
    const period = parseLedgerPeriod(query.period);
    if (!period) throw ProblemException.badRequest([{ name: 'period', key: 'invalid-period' }]);
    return period;
  }
  return { ...(query.from ? { from: query.from } : {}), ...(query.to ? { to: query.to } : {}) };
}

/** The ledger's reports: the klussen behind a matrix cell, and a partnership's settlement as CSV. */
@Injectable()
export class LedgerReportsService {
  constructor(
    @Inject(LedgerRepository) private readonly ledger: LedgerRepository,
    @Inject(LedgerReportsRepository) private readonly reports: LedgerReportsRepository,
  ) {}

  /** The drill-down of a matrix cell: its klussen, with the entries behind each figure. */
  async pairTasks(
    actor: Actor,
    pair: { giving: string; receiving: string },
    query: {
      period?: string;
      from?: string;
      to?: string;
      partnershipId?: string;
      page: number;
      pageSize: number;
    },
  ): Promise<LedgerPairTasksDto> {
    const period = queryPeriod(query);
    const names = await this.ledger.organisationNames([pair.giving, pair.receiving]);
    if (!names.has(pair.giving) || !names.has(pair.receiving)) {
      throw ProblemException.notFound('not-found.organisation');
    }
    const view = await this.view(actor, query.partnershipId);
    // The same rule as the matrix: a cell outside the actor's view is not theirs to open.
    const flow = {
      givingOrganisationId: pair.giving,
      receivingOrganisationId: pair.receiving,
      hours: 0,
      partnershipId: query.partnershipId ?? null,
    };
    if (!inView(flow, view)) throw ProblemException.forbidden('forbidden.ledger');

    const { entries, total } = await this.reports.pairTasks(pair, view, period, query);
    const now = new Date();
    const tasks = new Map<string, LedgerPairTaskDto & { cents: number; disputedCents: number }>();
    for (const row of entries) {
      let task = tasks.get(row.taskId);
      if (!task) {
        task = {
          task: { id: row.taskId, title: row.taskTitle },
          hours: 0,
          disputedHours: 0,
          lastDate: row.entryDate,
          entries: [],
          cents: 0,
          disputedCents: 0,
        };
        tasks.set(row.taskId, task);
      }
      const state = entryState(row, now);
      if (state === 'in-discussion') task.disputedCents += Math.round(row.hours * 100);
      else task.cents += Math.round(row.hours * 100);
      if (row.entryDate > task.lastDate) task.lastDate = row.entryDate;
      task.entries.push({ id: row.id, hours: row.hours, entryDate: row.entryDate, kind: row.kind, state });
    }
    return {
      giving: { id: pair.giving, name: names.get(pair.giving)! },
      receiving: { id: pair.receiving, name: names.get(pair.receiving)! },
      from: period.from ?? null,
      to: period.to ?? null,
      items: [...tasks.values()].map(({ cents, disputedCents, ...task }) => ({
        ...task,
        hours: cents / 100,
        disputedHours: disputedCents / 100,
      })),
      page: query.page,
      pageSize: query.pageSize,
      total,
    };
  }

  /** A partnership's hours per pair in one period as CSV, with hours × rate when a rate was agreed. */
  async settlement(
    actor: Actor,
    query: SettlementQueryDto,
    language: Language,
  ): Promise<{ filename: string; csv: string }> {
    const asked = queryPeriod(query);
    const period = asked.label
      ? { label: asked.label, from: asked.from!, to: asked.to! }
      : asked.from && asked.to
        ? rangePeriod(asked.from, asked.to)
        : undefined;
    if (!period) throw ProblemException.badRequest([{ name: 'period', key: 'required.period' }]);
    const partnership = await this.reports.partnership(query.partnershipId);
    if (!partnership) throw ProblemException.notFound('not-found.partnership');
    const view = await this.view(actor, query.partnershipId);
    const cells = pairMatrix(await this.ledger.pairSums(view, period));
    const names = await this.ledger.organisationNames([
      ...new Set(cells.flatMap((c) => [c.givingOrganisationId, c.receivingOrganisationId])),
    ]);
    const lines = cells
      .map((c) => ({
        giving: names.get(c.givingOrganisationId) ?? '',
        receiving: names.get(c.receivingOrganisationId) ?? '',
        hours: c.hours,
        disputedHours: c.disputedHours,
      }))
      .sort((a, b) => a.giving.localeCompare(b.giving, 'nl') || a.receiving.localeCompare(b.receiving, 'nl'));
    const csv = settlementCsv({
      period,
      lines,
      hourRate: partnership.hourRate,
      delimiter: query.delimiter,
      language,
    });
    const label = period.label.replace('..', '_');
    return { filename: `uren-${partnership.slug || 'samenwerkingsverband'}-${label}.csv`, csv };
  }

  /** Which figures the actor may see (rule: ledgerView in the domain), as for the balances and matrix. */
  private async view(actor: Actor, partnershipId: string | undefined): Promise<LedgerView> {
    let memberOrganisationIds: string[] | undefined;
    if (partnershipId) {
      memberOrganisationIds = await this.ledger.partnershipMembers(partnershipId);
      if (!memberOrganisationIds) throw ProblemException.notFound('not-found.partnership');
    }
    const allowed = ledgerView(actor, {
      ...(partnershipId ? { partnershipId } : {}),
      ...(memberOrganisationIds ? { memberOrganisationIds } : {}),
    });
    if (!allowed.ok) throw ProblemException.forbidden('forbidden.ledger');
    return allowed.view;
  }
}
