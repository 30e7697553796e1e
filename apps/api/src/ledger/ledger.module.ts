import { Module } from '@nestjs/common';
import { LedgerController } from './ledger.controller.js';
import { LedgerRepository } from './ledger.repository.js';
import { LedgerService } from './ledger.service.js';
import { TeamHoursController } from './team-hours.controller.js';
import { TeamHoursRepository } from './team-hours.repository.js';
import { TeamHoursService } from './team-hours.service.js';

/** The hour ledger between organisations. Tasks writes into it at completion; it depends on no feature. */
@Module({
  controllers: [LedgerController, TeamHoursController],
  providers: [LedgerService, LedgerRepository, TeamHoursService, TeamHoursRepository],
  exports: [LedgerService],
})
export class LedgerModule {}
