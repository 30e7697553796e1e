import { Module } from '@nestjs/common';
import { TasksModule } from '../tasks/tasks.module.js';
import { EvaluationsController } from './evaluations.controller.js';
import { EvaluationsRepository } from './evaluations.repository.js';
import { EvaluationsService } from './evaluations.service.js';

/** Evaluations with partners: giving and reading them, the admins' aggregate. */
@Module({
  imports: [TasksModule],
  controllers: [EvaluationsController],
  providers: [EvaluationsService, EvaluationsRepository],
})
export class EvaluationsModule {}
