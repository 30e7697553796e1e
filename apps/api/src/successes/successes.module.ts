import { Module } from '@nestjs/common';
import { TasksModule } from '../tasks/tasks.module.js';
import { SuccessesController } from './successes.controller.js';
import { SuccessesRepository } from './successes.repository.js';
import { SuccessesService } from './successes.service.js';

/** The successes wall: sharing, naming consent, applause and comments. */
@Module({
  imports: [TasksModule],
  controllers: [SuccessesController],
  providers: [SuccessesService, SuccessesRepository],
})
export class SuccessesModule {}
