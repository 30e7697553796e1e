import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import pg from 'pg';
import { AppConfig } from '../config/app-config.js';
import { JobQueue } from '../queue/job-queue.service.js';
import { QueueName } from '../queue/queue-name.enum.js';
import { DATA_EXPORT_JOB } from '../privacy/privacy-jobs.js';
import { MATCH_TASK_JOB } from './match-task.job.js';
import { NOTIFY_EVENT_JOB } from './notify-event.job.js';
import type { OutboxEvent, OutboxJobData } from './outbox-event.js';
import { OutboxRepository } from './outbox.repository.js';

const BATCH = 500;
const INTERVAL_MS = 1_000;
const MAX_BACKOFF_MS = 10_000;
const KEEP_RELAYED_DAYS = 7;

/**
 * Moves outbox rows to BullMQ. Each pass locks a batch of unrelayed rows (`FOR UPDATE SKIP LOCKED`,
 * so two workers share the work), adds one job per row whose id is derived from the outbox id, and
 * marks the rows relayed in the same transaction. A worker that dies after adding and before the
 * commit leaves the rows unrelayed; the next pass adds the same job ids, which BullMQ ignores.
 * Redis away: the pass fails, is logged once, and is retried with a growing pause; the rows wait.
 * Runs every second, and at once when PostgreSQL notifies that outbox rows were committed.
 */
@Injectable()
export class OutboxRelay implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(OutboxRelay.name);
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private again = false;
  private stopped = false;
  private failures = 0;
  private listener: pg.Client | undefined;
  private lastCleanup = 0;

  constructor(
    @Inject(OutboxRepository) private readonly outbox: OutboxRepository,
    @Inject(JobQueue) private readonly jobs: JobQueue,
    @Inject(AppConfig) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.schedule(0);
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
    await this.listener?.end().catch(() => undefined);
  }

  /** One pass: relays batches until none is left; answers how many rows moved. */
  async relay(): Promise<number> {
    let total = 0;
    for (;;) {
      const moved = await this.relayBatch();
      total += moved;
      if (moved < BATCH || this.stopped) return total;
    }
  }

  /** Wakes the relay now (PostgreSQL's notification, or a test). */
  wake(): void {
    if (this.running) this.again = true;
    else this.schedule(0);
  }

  private schedule(delay: number): void {
    if (this.stopped) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.tick(), delay);
  }

  private async tick(): Promise<void> {
    if (this.running || this.stopped) return;
    this.again = false;
    this.running = (async () => {
      await this.ensureListening();
      try {
        await this.relay();
        await this.cleanUp();
        if (this.failures > 0) this.logger.log('Outbox relay works again');
        this.failures = 0;
      } catch (error) {
        if (this.failures === 0) {
          this.logger.warn(`Outbox relay paused, will retry: ${(error as Error).message}`);
        }
        this.failures++;
      }
    })();
    await this.running;
    this.running = undefined;
    const pause =
      this.failures > 0 ? Math.min(INTERVAL_MS * 2 ** this.failures, MAX_BACKOFF_MS) : INTERVAL_MS;
    this.schedule(this.again && this.failures === 0 ? 0 : pause);
  }

  private async relayBatch(): Promise<number> {
    return this.outbox.transaction(async (tx) => {
      const rows = await this.outbox.lockUnrelayed(tx, BATCH);
      if (rows.length === 0) return 0;
      const jobs = rows.map((row) => ({
        key: row.job_key,
        data: {
          outboxId: row.id,
          eventKey: row.event_key,
          event: { ...row.data, type: row.type } as OutboxEvent,
          ...(row.request_id ? { requestId: row.request_id } : {}),
        } satisfies OutboxJobData,
      }));
      const matching = jobs.filter((job) => job.data.event.type === 'task.published');
      const exports = jobs.filter((job) => job.data.event.type === 'data-export.requested');
      const direct = jobs.filter(
        (job) => job.data.event.type !== 'task.published' && job.data.event.type !== 'data-export.requested',
      );
      await this.jobs.addBulk(
        QueueName.Privacy,
        exports.map((job) => ({ ...job, name: DATA_EXPORT_JOB })),
      );
      await this.jobs.addBulk(
        QueueName.Matching,
        matching.map((job) => ({ ...job, name: MATCH_TASK_JOB })),
      );
      await this.jobs.addBulk(
        QueueName.Events,
        direct.map((job) => ({ ...job, name: NOTIFY_EVENT_JOB })),
      );
      await this.outbox.markRelayed(
        tx,
        rows.map((row) => row.id),
      );
      return rows.length;
    });
  }

  /** Relayed rows are kept a week for inspection, then removed (once an hour). */
  private async cleanUp(): Promise<void> {
    if (Date.now() - this.lastCleanup < 3_600_000) return;
    this.lastCleanup = Date.now();
    await this.outbox.deleteRelayedBefore(KEEP_RELAYED_DAYS);
  }

  /** LISTEN on a connection of its own; without it the relay still runs every second. */
  private async ensureListening(): Promise<void> {
    if (this.listener || this.stopped) return;
    const client = new pg.Client({ connectionString: this.config.DATABASE_URL });
    this.listener = client;
    const drop = (error?: Error) => {
      if (this.listener !== client) return;
      this.listener = undefined;
      if (error) this.logger.debug(`Outbox LISTEN connection lost: ${error.message}`);
      void client.end().catch(() => undefined);
    };
    client.on('error', drop);
    client.on('end', () => drop());
    client.on('notification', () => this.wake());
    try {
      await client.connect();
      await client.query('LISTEN kb_outbox');
    } catch (error) {
      drop(error as Error);
    }
  }
}
