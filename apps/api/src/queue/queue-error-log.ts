import { getQueueToken, WorkerHost } from '@nestjs/bullmq';
import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { DiscoveryService, ModuleRef } from '@nestjs/core';
import type { Queue, Worker } from 'bullmq';
import { ALL_QUEUES } from './queue-name.enum.js';

const QUIET_MS = 60_000;

/**
 * BullMQ prints every connection error of a queue or worker without an 'error' listener, many per
 * second while Redis is away. This listens to all of them and logs one line a minute instead; the
 * work itself waits and resumes on its own.
 */
@Injectable()
export class QueueErrorLog implements OnApplicationBootstrap {
  private readonly logger = new Logger('Queues');
  private lastLogged = 0;

  constructor(
    @Inject(ModuleRef) private readonly moduleRef: ModuleRef,
    @Inject(DiscoveryService) private readonly discovery: DiscoveryService,
  ) {}

  onApplicationBootstrap(): void {
    for (const name of ALL_QUEUES) {
      const queue = this.moduleRef.get<Queue>(getQueueToken(name), { strict: false });
      queue.on('error', (error: Error) => this.log(`queue ${name}`, error));
    }
    for (const wrapper of this.discovery.getProviders()) {
      const instance: unknown = wrapper.instance;
      if (instance instanceof WorkerHost) {
        const worker = instance.worker as Worker;
        worker.on('error', (error: Error) => this.log(`worker ${worker.name}`, error));
      }
    }
  }

  private log(source: string, error: Error): void {
    const now = Date.now();
    if (now - this.lastLogged < QUIET_MS) return;
    this.lastLogged = now;
    this.logger.warn(`Redis problem (${source}; more are silenced for a minute): ${error.message}`);
  }
}
