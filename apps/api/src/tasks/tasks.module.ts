import { Module } from '@nestjs/common';
import { EvaluationRequestsModule } from '../evaluations/evaluation-requests.module.js';
import { LedgerModule } from '../ledger/ledger.module.js';
import { SkillsModule } from '../skills/skills.module.js';
import { TasksController } from './tasks.controller.js';
import { TasksRepository } from './tasks.repository.js';
import { TasksService } from './tasks.service.js';

/** Klussen. Claims live in their own module, which builds on this one (a claim exists on a klus). */
@Module({
  imports: [SkillsModule, LedgerModule, EvaluationRequestsModule],
  controllers: [TasksController],
  providers: [TasksService, TasksRepository],
  exports: [TasksService],
})
export class TasksModule {}
