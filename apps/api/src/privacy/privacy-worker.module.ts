import { Module } from '@nestjs/common';
import { DataExportJob } from './data-export.job.js';
import { PrivacyRepository } from './privacy.repository.js';
import { PrivacyRetentionJob } from './privacy-retention.job.js';

/** The worker side of privacy: data exports and the retention (the processor: the worker module's). */
@Module({
  providers: [PrivacyRepository, DataExportJob, PrivacyRetentionJob],
  exports: [DataExportJob, PrivacyRetentionJob],
})
export class PrivacyWorkerModule {}
