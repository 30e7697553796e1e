import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { naturalEventKey, type OutboxEvent } from './outbox-event.js';
import { OutboxRepository } from './outbox.repository.js';

/**
 * Records a notifiable event in the caller's transaction: it exists exactly when the change does.
 * Nothing here touches Redis, so a change commits whether or not Redis is up; the relay in the worker
 * moves the row to BullMQ later.
 */
@Injectable()
export class OutboxService {
  constructor(@Inject(OutboxRepository) private readonly outbox: OutboxRepository) {}

  async record(manager: EntityManager, event: OutboxEvent): Promise<void> {
    if (!manager.queryRunner?.isTransactionActive) {
      throw new Error(`OutboxService.record(${event.type}) needs the change's transaction`);
    }
    const { type, ...data } = event;
    await this.outbox.insert(manager, type, naturalEventKey(event) ?? `${type}:${randomUUID()}`, data);
  }
}
