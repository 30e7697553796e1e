import { Module } from '@nestjs/common';
import { LedgerDisputesController } from './ledger-disputes.controller.js';
import { LedgerDisputesRepository } from './ledger-disputes.repository.js';
import { LedgerDisputesService } from './ledger-disputes.service.js';
import { LedgerController } from './ledger.controller.js';
import { LedgerRepository } from './ledger.repository.js';
import { LedgerService } from './ledger.service.js';

/** The hour ledger between organisations. Tasks writes into it at completion; it depends on no feature. */
@Module({
  controllers: [LedgerController, LedgerDisputesController],
  providers: [LedgerService, LedgerRepository, LedgerDisputesService, LedgerDisputesRepository],
  exports: [LedgerService],
})
export class LedgerModule {}
