import { Inject, Injectable } from '@nestjs/common';
import { ProblemException } from '../common/problem/problem.js';
import type {
  NotificationDto,
  NotificationPageDto,
  NotificationPreferencesDto,
} from './dto/notification.dto.js';
import { LivePublisher } from './live-notifications.js';
import { DEFAULT_RHYTHM } from './notification-preference.entity.js';
import { NotificationsRepository } from './notifications.repository.js';

/** The in-app channel as its reader sees it, and the reader's rhythm per channel. */
@Injectable()
export class NotificationsService {
  constructor(
    @Inject(NotificationsRepository) private readonly notifications: NotificationsRepository,
    @Inject(LivePublisher) private readonly live: LivePublisher,
  ) {}

  async list(userId: string, page: number, pageSize: number): Promise<NotificationPageDto> {
    const [items, counts] = await Promise.all([
      this.notifications.page(userId, pageSize, (page - 1) * pageSize),
      this.notifications.counts(userId),
    ]);
    return { items, page, pageSize, total: counts.total, unreadCount: counts.unread };
  }

  unreadCount(userId: string): Promise<number> {
    return this.notifications.unreadCount(userId);
  }

  async markRead(userId: string, id: string, read: boolean): Promise<NotificationDto> {
    const row = await this.notifications.markRead(userId, id, read);
    if (!row) throw ProblemException.notFound('not-found.notification');
    await this.publishCount(userId);
    return row;
  }

  async markAllRead(userId: string, until?: string): Promise<number> {
    await this.notifications.markAllRead(userId, until ?? null);
    return this.publishCount(userId);
  }

  async preferences(userId: string): Promise<NotificationPreferencesDto> {
    const rows = await this.notifications.preferences(userId);
    const chosen = Object.fromEntries(rows.map((r) => [r.channel, r.rhythm]));
    return {
      inApp: chosen['in-app'] ?? DEFAULT_RHYTHM['in-app'],
      email: chosen['email'] ?? DEFAULT_RHYTHM.email,
    };
  }

  async setPreferences(userId: string, dto: NotificationPreferencesDto): Promise<NotificationPreferencesDto> {
    await this.notifications.setPreferences(userId, dto.inApp, dto.email);
    return this.preferences(userId);
  }

  /** Other open tabs of the same person update their badge too. */
  private async publishCount(userId: string): Promise<number> {
    const unreadCount = await this.unreadCount(userId);
    await this.live.publish([{ userId, event: { event: 'unread-count', data: { unreadCount } } }]);
    return unreadCount;
  }
}
