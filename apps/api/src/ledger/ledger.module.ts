import { Module } from '@nestjs/common';
import { LedgerController } from './ledger.controller.js';
import { LedgerReportsController } from './ledger-reports.controller.js';
import { LedgerReportsRepository } from './ledger-reports.repository.js';
import { LedgerReportsService } from './ledger-reports.service.js';
import { LedgerRepository } from './ledger.repository.js';
import { LedgerService } from './ledger.service.js';

/** The hour ledger between organisations. Tasks writes into it at completion; it depends on no feature. */
@Module({
  controllers: [LedgerController, LedgerReportsController],
  providers: [LedgerService, LedgerRepository, LedgerReportsService, LedgerReportsRepository],
  exports: [LedgerService],
})
export class LedgerModule {}
