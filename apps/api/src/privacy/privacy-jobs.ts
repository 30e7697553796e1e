/** The jobs of QueueName.Privacy (names only, so the outbox relay can route without importing the work). */

/** Writes one person's data export; job data: the outbox row's (`OutboxJobData` of `data-export.requested`). */
export const DATA_EXPORT_JOB = 'data-export';

/** Daily: deletes notifications and deliveries past NOTIFICATION_RETENTION_DAYS, and expired exports. */
export const PRIVACY_RETENTION_JOB = 'privacy-retention';
/** 03:30 Amsterdam time, when nobody reads notifications. */
export const PRIVACY_RETENTION_SCHEDULE = { pattern: '30 3 * * *', tz: 'Europe/Amsterdam' };
export interface PrivacyRetentionJobData {
  /** The moment to count back from (ISO); tests drive the clock with it. Now when absent. */
  now?: string;
}
