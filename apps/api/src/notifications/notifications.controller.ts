import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import type { AuthUser } from '../auth/auth-user.js';
import { Authenticated, CurrentUser } from '../auth/auth.decorators.js';
import { PageQueryDto } from '../common/pagination.js';
import { NotificationEntity } from './notification.entity.js';

@ApiTags('notifications')
@Controller('notifications')
export class NotificationsController {
  constructor(
    @InjectRepository(NotificationEntity) private readonly notifications: Repository<NotificationEntity>,
  ) {}

  @Get()
  @Authenticated()
  @ApiOperation({ summary: 'My in-app notifications, newest first' })
  @ApiOkResponse({ description: 'A page of notifications with the unread count.' })
  async list(@CurrentUser() user: AuthUser, @Query() query: PageQueryDto) {
    const [items, total] = await this.notifications.findAndCount({
      where: { userId: user.id },
      order: { createdAt: 'DESC', id: 'DESC' },
      skip: (query.page - 1) * query.pageSize,
      take: query.pageSize,
    });
    return {
      items: items.map(({ id, type, data, createdAt, readAt }) => ({ id, type, data, createdAt, readAt })),
      page: query.page,
      pageSize: query.pageSize,
      total,
    };
  }
}
