import { type DynamicModule, Global, Module, type Provider } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module.js';
import { DigestJob } from './digest.job.js';
import { LiveNotificationHub, LivePublisher } from './live-notifications.js';
import { Mailer } from './mailer.service.js';
import { MATCH_CANDIDATES, NoMatchCandidates } from './match-candidates.provider.js';
import { MatchTaskJob } from './match-task.job.js';
import { NotificationMetrics } from './notification-metrics.js';
import { NotificationFanOut } from './notification-fan-out.service.js';
import { NotificationRecipients } from './notification-recipients.js';
import { NotificationsController } from './notifications.controller.js';
import { NotificationsRepository } from './notifications.repository.js';
import { NotificationsService } from './notifications.service.js';
import { NotifyEventJob } from './notify-event.job.js';
import { OutboxRelay } from './outbox-relay.service.js';
import { OutboxRepository } from './outbox.repository.js';
import { OutboxService } from './outbox.service.js';
import { DeliveriesRepository } from './deliveries.repository.js';
import { SendEmailJob } from './send-email.job.js';
import { SweepDeliveriesJob } from './sweep-deliveries.job.js';
import { TaskEndingSoonJob } from './task-ending-soon.job.js';

/**
 * `OutboxService.record(tx, event)` for every feature that changes something notifiable; and the
 * outbox and delivery metrics, in the API and in each worker.
 */
@Global()
@Module({
  providers: [OutboxService, OutboxRepository, DeliveriesRepository, NotificationMetrics],
  exports: [OutboxService, OutboxRepository, DeliveriesRepository],
})
export class OutboxModule {}

/** The API side: reading notifications, live updates, preferences. */
@Module({
  imports: [OutboxModule, AuthModule],
  controllers: [NotificationsController],
  providers: [NotificationsService, NotificationsRepository, LivePublisher, LiveNotificationHub],
})
export class NotificationsModule {}

export interface NotificationsWorkerOptions {
  /** Who a published klus suits (the profiles module's provider); by default nobody, and it says so. */
  matchCandidates?: Provider;
  /** Run the outbox relay in this process (the workers that fan events out do; the mail worker does not). */
  relay?: boolean;
}

const JOBS = [NotifyEventJob, SendEmailJob, MatchTaskJob, DigestJob, TaskEndingSoonJob, SweepDeliveriesJob];

/**
 * The worker side: the jobs that notify, mail and bundle (the worker module adds the processors of
 * the queues a process takes), and the outbox relay.
 */
@Module({})
export class NotificationsWorkerModule {
  static forRoot({ matchCandidates, relay = true }: NotificationsWorkerOptions = {}): DynamicModule {
    return {
      module: NotificationsWorkerModule,
      imports: [OutboxModule],
      providers: [
        matchCandidates ?? { provide: MATCH_CANDIDATES, useClass: NoMatchCandidates },
        ...(relay ? [OutboxRelay] : []),
        LivePublisher,
        Mailer,
        NotificationRecipients,
        NotificationFanOut,
        NotificationsRepository,
        ...JOBS,
      ],
      exports: [...(relay ? [OutboxRelay] : []), ...JOBS],
    };
  }
}
