import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { Metrics } from '../metrics/metrics.js';
import { DeliveriesRepository } from './deliveries.repository.js';
import type { DeliveryStatus } from './delivery.entity.js';
import { OutboxRepository } from './outbox.repository.js';

/** The delivery states that are counted; the others (sent, skipped, bundled) only grow. */
export const COUNTED_DELIVERY_STATES: readonly DeliveryStatus[] = [
  'pending',
  'sending',
  'handed-over',
  'uncertain',
  'failed',
];

/**
 * The outbox's lag (how long the oldest unrelayed event has waited: the relay is down or behind)
 * and the e-mail deliveries per state, `uncertain` among them, read from PostgreSQL when
 * Prometheus scrapes. Two cheap queries on partial indexes.
 */
@Injectable()
export class NotificationMetrics implements OnModuleInit {
  constructor(
    @Inject(Metrics) private readonly metrics: Metrics,
    @Inject(OutboxRepository) private readonly outbox: OutboxRepository,
    @Inject(DeliveriesRepository) private readonly deliveries: DeliveriesRepository,
  ) {}

  onModuleInit(): void {
    this.metrics.scrapedGauge(
      'outbox_lag_seconds',
      'Age of the oldest outbox event not yet relayed to BullMQ; 0 when none waits',
      [],
      async (set) => set({}, (await this.outbox.backlog()).oldestSeconds),
    );
    this.metrics.scrapedGauge(
      'outbox_unrelayed_events',
      'Outbox events not yet relayed to BullMQ',
      [],
      async (set) => set({}, (await this.outbox.backlog()).waiting),
    );
    this.metrics.scrapedGauge(
      'deliveries',
      'E-mail deliveries by state: pending, sending, handed-over, uncertain (the server may or may not have it), failed',
      ['state'],
      async (set) => {
        const counts = new Map(
          (await this.deliveries.countOpenByStatus()).map(({ status, count }) => [status, count]),
        );
        for (const state of COUNTED_DELIVERY_STATES) set({ state }, counts.get(state) ?? 0);
      },
    );
  }
}
