import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module.js';
import { PrivacyController } from './privacy.controller.js';
import { PrivacyRepository } from './privacy.repository.js';
import { PrivacyService } from './privacy.service.js';
import { StatementsController } from './statements.controller.js';
import { StatementsService } from './statements.service.js';

/** The API side of privacy: data exports, erasure, the organisations' statements. */
@Module({
  imports: [AuthModule],
  controllers: [PrivacyController, StatementsController],
  providers: [PrivacyService, StatementsService, PrivacyRepository],
})
export class PrivacyModule {}
