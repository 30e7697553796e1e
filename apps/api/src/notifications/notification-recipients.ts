import { Inject, Injectable } from '@nestjs/common';
import { NotificationsRepository } from './notifications.repository.js';
import type { DirectEvent } from './outbox-event.js';

export type { DirectEvent } from './outbox-event.js';

/**
 * Who hears of an event: one place, one query per event type (NotificationsRepository.recipientsOf).
 * Resolved when the event is handled, so a recipient is who holds the role then (the line manager
 * today, not at the time of the claim).
 */
@Injectable()
export class NotificationRecipients {
  constructor(@Inject(NotificationsRepository) private readonly notifications: NotificationsRepository) {}

  async of(event: DirectEvent): Promise<string[]> {
    return [...new Set(await this.notifications.recipientsOf(event))];
  }
}
