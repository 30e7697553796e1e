import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import { Inject, Injectable } from '@nestjs/common';
import { dataExportExpiry } from '@klussenbank/domain';
import { OutboxService } from '../notifications/outbox.service.js';
import { PrivacyRepository } from './privacy.repository.js';

const gzipped = promisify(gzip);

/** What the file says about itself; the sections follow (privacy.repository.ts, EXPORT_SECTIONS). */
export const DATA_EXPORT_FORMAT = 'klussenbank-personal-data';
export const DATA_EXPORT_VERSION = 1;

/**
 * Writes one person's data export: every section read in one snapshot, as one JSON document,
 * gzipped into the export's row, offered for 7 days; then `data-export.ready` tells the person (in
 * the app, by mail per their rhythm). The row is locked while it is written and only a pending one
 * is written, so a retried job or a second worker makes no second file and no second notice.
 */
@Injectable()
export class DataExportJob {
  constructor(
    @Inject(PrivacyRepository) private readonly repository: PrivacyRepository,
    @Inject(OutboxService) private readonly outbox: OutboxService,
  ) {}

  /** False when there was nothing (left) to write: done already, or the person was erased meanwhile. */
  async handle(exportId: string, now = new Date()): Promise<boolean> {
    return this.repository.transaction(async (tx) => {
      // The sections must agree with each other: one snapshot for all of them.
      await tx.query('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ WRITE');
      const pending = await this.repository.lockPendingExport(tx, exportId);
      if (!pending) return false;
      const sections = await this.repository.collect(tx, pending.userId);
      const document = {
        format: DATA_EXPORT_FORMAT,
        version: DATA_EXPORT_VERSION,
        exportId,
        userId: pending.userId,
        generatedAt: now.toISOString(),
        ...sections,
      };
      const content = await gzipped(Buffer.from(JSON.stringify(document, null, 2), 'utf8'));
      await this.repository.storeExport(tx, exportId, content, dataExportExpiry(now));
      await this.outbox.record(tx, { type: 'data-export.ready', exportId, userId: pending.userId });
      return true;
    });
  }
}
