import { Inject, Injectable } from '@nestjs/common';
import { evaluationPairs } from '@klussenbank/domain';
import type { EntityManager } from 'typeorm';
import { OutboxService } from '../notifications/outbox.service.js';
import { EvaluationsRepository } from './evaluations.repository.js';

/**
 * In the completion's transaction: the poster and each participant are asked how it went. The
 * request row and the outbox event are keyed by klus and person, so a retried completion or a
 * second worker never asks twice.
 */
@Injectable()
export class EvaluationRequests {
  constructor(
    @Inject(EvaluationsRepository) private readonly evaluations: EvaluationsRepository,
    @Inject(OutboxService) private readonly outbox: OutboxService,
  ) {}

  async recordCompletion(tx: EntityManager, taskId: string): Promise<void> {
    const parties = await this.evaluations.parties(taskId, tx);
    if (!parties) return;
    const people = [
      ...new Set(evaluationPairs(parties.posterId, parties.participantIds).map((p) => p.authorId)),
    ];
    if (people.length === 0) return;
    await this.evaluations.insertRequests(tx, taskId, people);
    for (const userId of people)
      await this.outbox.record(tx, { type: 'evaluation.requested', taskId, userId });
  }
}
