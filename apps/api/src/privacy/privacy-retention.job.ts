import { Inject, Injectable } from '@nestjs/common';
import { notificationRetentionCutoff } from '@klussenbank/domain';
import { AppConfig } from '../config/app-config.js';
import { PrivacyRepository } from './privacy.repository.js';

/** Rows per DELETE: short statements, so the retention never holds long locks on busy tables. */
export const RETENTION_BATCH = 1_000;

export interface RetentionResult {
  notifications: number;
  deliveries: number;
  exports: number;
}

/**
 * The daily retention: notifications and e-mail deliveries older than NOTIFICATION_RETENTION_DAYS
 * are deleted in batches (each its own statement, so a rerun or a second worker just finds less),
 * and data exports past their 7 days lose their file.
 */
@Injectable()
export class PrivacyRetentionJob {
  constructor(
    @Inject(PrivacyRepository) private readonly repository: PrivacyRepository,
    @Inject(AppConfig) private readonly config: AppConfig,
  ) {}

  async handle(now = new Date(), batch = RETENTION_BATCH): Promise<RetentionResult> {
    const before = notificationRetentionCutoff(now, this.config.NOTIFICATION_RETENTION_DAYS);
    const drain = async (step: () => Promise<number>): Promise<number> => {
      let total = 0;
      for (;;) {
        const deleted = await step();
        total += deleted;
        if (deleted < batch) return total;
      }
    };
    return {
      notifications: await drain(() => this.repository.deleteOldNotifications(before, batch)),
      deliveries: await drain(() => this.repository.deleteOldDeliveries(before, batch)),
      exports: await this.repository.expireExports(now),
    };
  }
}
