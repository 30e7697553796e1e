import { Module } from '@nestjs/common';
import { LedgerDisputesController } from './ledger-disputes.controller.js';
import { LedgerDisputesRepository } from './ledger-disputes.repository.js';
import { LedgerDisputesService } from './ledger-disputes.service.js';
import { LedgerController } from './ledger.controller.js';
import { LedgerReportsController } from './ledger-reports.controller.js';
import { LedgerReportsRepository } from './ledger-reports.repository.js';
import { LedgerReportsService } from './ledger-reports.service.js';
import { LedgerRepository } from './ledger.repository.js';
import { LedgerService } from './ledger.service.js';
import { TeamHoursController } from './team-hours.controller.js';
import { TeamHoursRepository } from './team-hours.repository.js';
import { TeamHoursService } from './team-hours.service.js';

/** The hour ledger between organisations. Tasks writes into it at completion; it depends on no feature. */
@Module({
  controllers: [LedgerController, LedgerDisputesController, LedgerReportsController, TeamHoursController],
  providers: [
    LedgerService,
    LedgerRepository,
    LedgerDisputesService,
    LedgerDisputesRepository,
    LedgerReportsService,
    LedgerReportsRepository,
    TeamHoursService,
    TeamHoursRepository,
  ],
  exports: [LedgerService],
})
export class LedgerModule {}
