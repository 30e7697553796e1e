import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ProblemException } from '../common/problem/problem.js';
import type {
  NotificationDto,
  NotificationPageDto,
  NotificationPreferencesDto,
} from './dto/notification.dto.js';
import { LivePublisher } from './live-notifications.js';
import { DEFAULT_RHYTHM, type Rhythm } from './notification-preference.entity.js';

const COLUMNS = `id, type, data, created_at AS "createdAt", read_at AS "readAt"`;

/** The in-app channel as its reader sees it, and the reader's rhythm per channel. */
@Injectable()
export class NotificationsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(LivePublisher) private readonly live: LivePublisher,
  ) {}

  async list(userId: string, page: number, pageSize: number): Promise<NotificationPageDto> {
    const [items, [counts]] = await Promise.all([
      this.db.query<NotificationDto[]>(
        `SELECT ${COLUMNS} FROM notifications WHERE user_id = $1
          ORDER BY created_at DESC, id DESC LIMIT $2 OFFSET $3`,
        [userId, pageSize, (page - 1) * pageSize],
      ),
      this.db.query<[{ total: number; unread: number }]>(
        `SELECT count(*)::int AS total, count(*) FILTER (WHERE read_at IS NULL)::int AS unread
           FROM notifications WHERE user_id = $1`,
        [userId],
      ),
    ]);
    return { items, page, pageSize, total: counts.total, unreadCount: counts.unread };
  }

  async unreadCount(userId: string): Promise<number> {
    const [{ unread }] = await this.db.query<[{ unread: number }]>(
      `SELECT count(*)::int AS unread FROM notifications WHERE user_id = $1 AND read_at IS NULL`,
      [userId],
    );
    return unread;
  }

  async markRead(userId: string, id: string, read: boolean): Promise<NotificationDto> {
    const [[row]] = await this.db.query<[NotificationDto[], number]>(
      `UPDATE notifications
          SET read_at = CASE WHEN $3 THEN coalesce(read_at, now()) END
        WHERE id = $1 AND user_id = $2
        RETURNING ${COLUMNS}`,
      [id, userId, read],
    );
    if (!row) throw ProblemException.notFound('not-found.notification');
    await this.publishCount(userId);
    return row;
  }

  async markAllRead(userId: string, until?: string): Promise<number> {
    await this.db.query(
      `UPDATE notifications SET read_at = now()
        WHERE user_id = $1 AND read_at IS NULL AND ($2::timestamptz IS NULL OR created_at <= $2::timestamptz)`,
      [userId, until ?? null],
    );
    return this.publishCount(userId);
  }

  async preferences(userId: string): Promise<NotificationPreferencesDto> {
    const rows = await this.db.query<{ channel: 'in-app' | 'email'; rhythm: Rhythm }[]>(
      `SELECT channel, rhythm FROM notification_preferences WHERE user_id = $1`,
      [userId],
    );
    const chosen = Object.fromEntries(rows.map((r) => [r.channel, r.rhythm]));
    return {
      inApp: chosen['in-app'] ?? DEFAULT_RHYTHM['in-app'],
      email: chosen['email'] ?? DEFAULT_RHYTHM.email,
    };
  }

  async setPreferences(userId: string, dto: NotificationPreferencesDto): Promise<NotificationPreferencesDto> {
    await this.db.query(
      `INSERT INTO notification_preferences (user_id, channel, rhythm)
       VALUES ($1, 'in-app', $2), ($1, 'email', $3)
       ON CONFLICT (user_id, channel) DO UPDATE SET rhythm = excluded.rhythm, updated_at = now()`,
      [userId, dto.inApp, dto.email],
    );
    return this.preferences(userId);
  }

  /** Other open tabs of the same person update their badge too. */
  private async publishCount(userId: string): Promise<number> {
    const unreadCount = await this.unreadCount(userId);
    await this.live.publish([{ userId, event: { event: 'unread-count', data: { unreadCount } } }]);
    return unreadCount;
  }
}
