import { PassThrough } from 'node:stream';
import { Body, Controller, Get, HttpCode, Inject, Param, Patch, Put, Query, Res } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { AuthUser } from '../auth/auth-user.js';
import { Authenticated, CurrentUser } from '../auth/auth.decorators.js';
import { SessionService } from '../auth/session.service.js';
import { AppConfig } from '../config/app-config.js';
import { PageQueryDto } from '../common/pagination.js';
import { UuidParamPipe } from '../common/uuid-param.pipe.js';
import {
  NotificationDto,
  NotificationPageDto,
  NotificationPreferencesDto,
  UnreadCountDto,
  UpdateNotificationDto,
  UpdateNotificationsDto,
} from './dto/notification.dto.js';
import { type LiveEvent, LiveNotificationHub } from './live-notifications.js';
import { NotificationsService } from './notifications.service.js';

@ApiTags('notifications')
@Controller('me')
export class NotificationsController {
  constructor(
    @Inject(NotificationsService) private readonly notifications: NotificationsService,
    @Inject(LiveNotificationHub) private readonly hub: LiveNotificationHub,
    @Inject(SessionService) private readonly sessions: SessionService,
    @Inject(AppConfig) private readonly config: AppConfig,
  ) {}

  @Get('notifications')
  @Authenticated()
  @ApiOperation({ summary: 'My in-app notifications, newest first, with the unread count' })
  @ApiOkResponse({ type: NotificationPageDto })
  list(@CurrentUser() user: AuthUser, @Query() query: PageQueryDto): Promise<NotificationPageDto> {
    return this.notifications.list(user.id, query.page, query.pageSize);
  }

  @Get('notifications/unread-count')
  @Authenticated()
  @ApiOperation({ summary: 'How many of my notifications are unread (for a badge)' })
  @ApiOkResponse({ type: UnreadCountDto })
  async unreadCount(@CurrentUser() user: AuthUser): Promise<UnreadCountDto> {
    return { unreadCount: await this.notifications.unreadCount(user.id) };
  }

  @Patch('notifications')
  @Authenticated()
  @ApiOperation({ summary: 'Mark all my notifications read (optionally only those up to `until`)' })
  @ApiOkResponse({ type: UnreadCountDto })
  async markAllRead(
    @CurrentUser() user: AuthUser,
    @Body() dto: UpdateNotificationsDto,
  ): Promise<UnreadCountDto> {
    return { unreadCount: await this.notifications.markAllRead(user.id, dto.until) };
  }

  @Patch('notifications/:id')
  @Authenticated()
  @ApiOperation({ summary: 'Mark one of my notifications read or unread' })
  @ApiOkResponse({ type: NotificationDto })
  @ApiNotFoundResponse({ description: 'Not one of my notifications.' })
  markRead(
    @CurrentUser() user: AuthUser,
    @Param('id', UuidParamPipe) id: string,
    @Body() dto: UpdateNotificationDto,
  ): Promise<NotificationDto> {
    return this.notifications.markRead(user.id, id, dto.read);
  }

  /**
   * Server-Sent Events: `unread-count` on connect and after every change, `notification` for each
   * new one. A comment every 25 s keeps proxies from closing the stream. Cookie or bearer, like
   * every route; browsers' EventSource sends the cookie.
   *
   * A stream lives no longer than its session: it closes when the session is ended on any instance
   * (logout), when the heartbeat finds the session expired or gone, after STREAM_MAX_SECONDS (the
   * browser reconnects and is authenticated again), and when the session opens a sixth stream.
   */
  @Get('notifications/stream')
  @Authenticated()
  @ApiOperation({
    summary: 'Live updates of my notifications (text/event-stream)',
    description:
      'Events: `unread-count` ({"unreadCount": n}) on connect and after changes, `notification` (a notification as in the list). ' +
      'A comment line every 25 seconds keeps the connection open. After a reconnect, fetch the list again: missed events are not replayed. ' +
      'The stream ends when its session ends (logout on any instance, expiry), after at most 15 minutes (reconnect), and when the same session opens more than 5 streams (the oldest ends).',
  })
  @ApiProduces('text/event-stream')
  @ApiOkResponse({
    description: 'An endless event stream.',
    content: { 'text/event-stream': { schema: { type: 'string' } } },
  })
  async stream(@CurrentUser() user: AuthUser, @Res() reply: FastifyReply): Promise<void> {
    const unreadCount = await this.notifications.unreadCount(user.id);
    const body = new PassThrough();
    const send = ({ event, data }: LiveEvent) => {
      const id = event === 'notification' ? `id: ${data.id}\n` : '';
      body.write(`${id}event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
    };
    body.write('retry: 5000\n\n');
    send({ event: 'unread-count', data: { unreadCount } });

    const end = () => {
      clearInterval(heartbeat);
      clearTimeout(lifetime);
      stop();
      body.end();
    };
    const heartbeat = setInterval(() => {
      this.sessions.isActive(user.sessionId).then(
        (active) => (active ? body.write(': heartbeat\n\n') : end()),
        () => body.write(': heartbeat\n\n'), // the database is away: the next beat asks again
      );
    }, this.config.STREAM_HEARTBEAT_SECONDS * 1_000);
    const lifetime = setTimeout(end, this.config.STREAM_MAX_SECONDS * 1_000);
    const stop = this.hub.listen({ userId: user.id, sessionId: user.sessionId }, send, end);
    reply.raw.once('close', end);
    // A stream body keeps Fastify's hooks (API-Version, X-Request-Id, security headers) in play.
    await reply
      .header('cache-control', 'no-cache, no-transform')
      .header('x-accel-buffering', 'no')
      .type('text/event-stream; charset=utf-8')
      .send(body);
  }

  @Get('notification-preferences')
  @Authenticated()
  @ApiOperation({ summary: 'How often I hear of things, per channel (defaults: immediately)' })
  @ApiOkResponse({ type: NotificationPreferencesDto })
  preferences(@CurrentUser() user: AuthUser): Promise<NotificationPreferencesDto> {
    return this.notifications.preferences(user.id);
  }

  @Put('notification-preferences')
  @Authenticated()
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Set how often I hear of things: in the app (immediately, off) and by e-mail (immediately, daily, weekly, off)',
  })
  @ApiOkResponse({ type: NotificationPreferencesDto })
  setPreferences(
    @CurrentUser() user: AuthUser,
    @Body() dto: NotificationPreferencesDto,
  ): Promise<NotificationPreferencesDto> {
    return this.notifications.setPreferences(user.id, dto);
  }
}
