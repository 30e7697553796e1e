import { Inject, Injectable, Logger } from '@nestjs/common';
import { MATCH_CANDIDATES, type MatchCandidatesProvider } from './match-candidates.provider.js';
import { NotificationFanOut } from './notification-fan-out.service.js';
import { NotificationsRepository } from './notifications.repository.js';
import { taskSnapshot } from './notify-event.job.js';
import type { OutboxEventOf, OutboxJobData } from './outbox-event.js';

export const MATCH_TASK_JOB = 'match-task';
export type MatchTaskJobData = OutboxJobData<OutboxEventOf<'task.published'>>;

/**
 * A published klus to everyone it suits, a batch at a time: each batch is one set-based insert of
 * in-app notifications and deliveries plus one bulk add of e-mail jobs. A retry after a crash walks
 * the batches again; the unique keys make the batches already done a no-op.
 */
@Injectable()
export class MatchTaskJob {
  private readonly logger = new Logger(MatchTaskJob.name);

  constructor(
    @Inject(NotificationsRepository) private readonly notifications: NotificationsRepository,
    @Inject(MATCH_CANDIDATES) private readonly matching: MatchCandidatesProvider,
    @Inject(NotificationFanOut) private readonly fanOut: NotificationFanOut,
  ) {}

  async handle({ eventKey, event }: MatchTaskJobData, progress?: (done: number) => Promise<void>) {
    const snapshot = await taskSnapshot(this.notifications, event.taskId);
    if (!snapshot.taskTitle) return; // the klus is gone
    let candidates = 0;
    let notified = 0;
    for await (const batch of this.matching.candidates(event.taskId)) {
      const { inApp } = await this.fanOut.deliver(
        'task-match',
        eventKey,
        { taskId: event.taskId, ...snapshot },
        batch.map(({ userId, score, reasons }) => ({ userId, data: { score, reasons } })),
      );
      candidates += batch.length;
      notified += inApp;
      await progress?.(candidates);
    }
    if (candidates > 0) {
      this.logger.log(
        `Klus ${event.taskId}: ${candidates} candidates, ${notified} newly notified in the app`,
      );
    }
  }
}
