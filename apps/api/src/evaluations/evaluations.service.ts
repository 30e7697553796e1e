import { Inject, Injectable } from '@nestjs/common';
import {
  type Actor,
  canReadEvaluation,
  canReadEvaluationSummary,
  evaluationPairs,
  evaluationSummary,
  mayEvaluate,
} from '@klussenbank/domain';
import { ProblemException } from '../common/problem/problem.js';
import { TasksService } from '../tasks/tasks.service.js';
import type { CreateEvaluationDto } from './dto/create-evaluation.dto.js';
import type { EvaluationDto, EvaluationSummaryDto, TaskEvaluationsDto } from './dto/evaluation.dto.js';
import type { EvaluationSummaryQueryDto } from './dto/evaluation-summary-query.dto.js';
import { type EvaluationRow, EvaluationsRepository, type TaskParties } from './evaluations.repository.js';

/**
 * Evaluations with partners (libs/domain/src/evaluations.ts): given once by the poster about each
 * participant and by each participant about the poster, then read-only; read by the two people
 * and their line managers; admins see only the aggregate.
 */
@Injectable()
export class EvaluationsService {
  constructor(
    @Inject(EvaluationsRepository) private readonly evaluations: EvaluationsRepository,
    @Inject(TasksService) private readonly tasks: TasksService,
  ) {}

  async onTask(actor: Actor, taskId: string): Promise<TaskEvaluationsDto> {
    const parties = await this.evaluations.parties(taskId);
    if (!parties) throw ProblemException.notFound('not-found.task');
    const people = await this.evaluations.people([parties.posterId, ...parties.participantIds]);
    const involved = people.some((p) => p.id === actor.id || p.lineManagerId === actor.id);
    // Anybody else sees what a stranger sees of the klus: nothing here, or a 404 when it is hidden.
    if (!involved) await this.tasks.get(actor, taskId);
    const rows = involved ? await this.evaluations.evaluationsOn(taskId) : [];
    const items = rows
      .filter((row) =>
        canReadEvaluation(actor, {
          authorId: row.author.id,
          subjectId: row.subject.id,
          authorLineManagerId: row.authorLineManagerId,
          subjectLineManagerId: row.subjectLineManagerId,
        }),
      )
      .map(toDto);
    const given = new Set(rows.filter((r) => r.author.id === actor.id).map((r) => r.subject.id));
    const open = parties.status === 'completed' ? pending(parties, actor.id, given) : [];
    const toEvaluate = people
      .filter((p) => open.includes(p.id))
      .map(({ id, name, organisation }) => ({ id, name, organisation }));
    return { items, toEvaluate };
  }

  async create(actor: Actor, taskId: string, dto: CreateEvaluationDto): Promise<EvaluationDto> {
    return this.evaluations.transaction(async (tx) => {
      const parties = await this.evaluations.parties(taskId, tx);
      if (!parties) throw ProblemException.notFound('not-found.task');
      const isParty = parties.posterId === actor.id || parties.participantIds.includes(actor.id);
      if (!isParty) {
        await this.tasks.get(actor, taskId, tx); // 404 when hidden, so existence does not leak
        throw ProblemException.forbidden('forbidden.evaluation-author');
      }
      if (parties.status !== 'completed') {
        throw ProblemException.conflict('task-not-completed');
      }
      if (!mayEvaluate(actor.id, dto.subjectId, parties.posterId, parties.participantIds)) {
        throw ProblemException.badRequest([{ name: 'subjectId', key: 'not-an-evaluation-subject' }]);
      }
      const id = await this.evaluations.insert(tx, {
        taskId,
        authorId: actor.id,
        subjectId: dto.subjectId,
        score: dto.score,
        wentWell: dto.wentWell || null,
        couldBeBetter: dto.couldBeBetter || null,
      });
      if (!id) throw ProblemException.conflict('evaluation-given');
      const row = (await this.evaluations.evaluationsOn(taskId, tx)).find((r) => r.id === id);
      if (!row) throw new Error(`evaluation ${id} vanished in its own transaction`);
      return toDto(row);
    });
  }

  async summary(actor: Actor, query: EvaluationSummaryQueryDto): Promise<EvaluationSummaryDto> {
    const organisationId = query.organisationId ?? actor.organisationId;
    if (!canReadEvaluationSummary(actor, organisationId)) {
      throw ProblemException.forbidden('forbidden.evaluation-summary');
    }
    const name = await this.evaluations.organisationName(organisationId);
    if (name === undefined) throw ProblemException.notFound('not-found.organisation');
    const rows = await this.evaluations.summaryRows(organisationId, query.from ?? null, query.to ?? null);
    return {
      organisation: { id: organisationId, name },
      from: query.from ?? null,
      to: query.to ?? null,
      ...evaluationSummary(rows),
    };
  }
}

/** Whom `actorId` still evaluates on this klus. */
function pending(parties: TaskParties, actorId: string, given: Set<string>): string[] {
  return evaluationPairs(parties.posterId, parties.participantIds)
    .filter((p) => p.authorId === actorId && !given.has(p.subjectId))
    .map((p) => p.subjectId);
}

function toDto(row: EvaluationRow): EvaluationDto {
  return {
    id: row.id,
    taskId: row.taskId,
    author: row.author,
    subject: row.subject,
    score: row.score,
    wentWell: row.wentWell,
    couldBeBetter: row.couldBeBetter,
    createdAt: new Date(row.createdAt).toISOString(),
  };
}
