import { Module } from '@nestjs/common';
import { EvaluationRequests } from './evaluation-requests.service.js';
import { EvaluationsRepository } from './evaluations.repository.js';

/** The requests, written by the completion (the tasks module imports this; it imports no feature). */
@Module({
  providers: [EvaluationRequests, EvaluationsRepository],
  exports: [EvaluationRequests],
})
export class EvaluationRequestsModule {}
