import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { currentRequestId } from '../common/logging/request-context.js';
import { naturalEventKey, type OutboxEvent } from './outbox-event.js';
import { OutboxRepository } from './outbox.repository.js';

/**
 * Records a notifiable event in the caller's transaction: it exists exactly when the change does.
 * Nothing here touches Redis, so a change commits whether or not Redis is up; the relay in the worker
 * moves the row to BullMQ later. The request that caused it (if any) is kept with it, so the jobs
 * it becomes log the same request id.
 */
@Injectable()
export class OutboxService {
  constructor(@Inject(OutboxRepository) private readonly outbox: OutboxRepository) {}

  async record(manager: EntityManager, event: OutboxEvent): Promise<void> {
    if (!manager.queryRunner?.isTransactionActive) {
      throw new Error(`OutboxService.record(${event.type}) needs the change's transaction`);
    }
    const { type, ...data } = event;
    const eventKey = naturalEventKey(event) ?? `${type}:${randomUUID()}`;
    await this.outbox.insert(manager, type, eventKey, data, currentRequestId() ?? null);
  }
}
