import { Module } from '@nestjs/common';
import { ClaimsController } from '../claims/claims.controller.js';
import { ClaimsService } from '../claims/claims.service.js';
import { SkillsModule } from '../skills/skills.module.js';
import { TasksController } from './tasks.controller.js';
import { TasksService } from './tasks.service.js';

/** Klussen and the claims on them: one module, since a claim only exists on a klus. */
@Module({
  imports: [SkillsModule],
  controllers: [TasksController, ClaimsController],
  providers: [TasksService, ClaimsService],
})
export class TasksModule {}
