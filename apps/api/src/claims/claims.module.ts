import { Module } from '@nestjs/common';
import { HourCapsModule } from '../hour-caps/hour-caps.module.js';
import { TasksModule } from '../tasks/tasks.module.js';
import { ClaimsController } from './claims.controller.js';
import { ClaimsRepository } from './claims.repository.js';
import { ClaimsService } from './claims.service.js';

/** Claims on klussen: taking a place, applying, consent. Depends on tasks, never the other way. */
@Module({
  imports: [TasksModule, HourCapsModule],
  controllers: [ClaimsController],
  providers: [ClaimsService, ClaimsRepository],
})
export class ClaimsModule {}
