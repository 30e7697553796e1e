import { Controller, Delete, Get, HttpCode, Inject, Param, Post, Res } from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { AuthUser } from '../auth/auth-user.js';
import { Authenticated, CurrentUser, Public } from '../auth/auth.decorators.js';
import { CalendarService } from './calendar.service.js';
import { CalendarFeedCreatedDto, CalendarFeedDto } from './dto/calendar-feed.dto.js';

@ApiTags('calendar')
@Controller()
export class CalendarController {
  constructor(@Inject(CalendarService) private readonly calendar: CalendarService) {}

  @Get('me/calendar-feed')
  @Authenticated()
  @ApiOperation({
    summary: 'Whether I have a calendar feed, and since when',
    description: 'The URL itself is not shown again: only a hash of its secret is kept.',
  })
  @ApiOkResponse({ type: CalendarFeedDto })
  mine(@CurrentUser() user: AuthUser): Promise<CalendarFeedDto> {
    return this.calendar.feed(user);
  }

  @Post('me/calendar-feed')
  @Authenticated()
  @ApiOperation({
    summary: 'Make my calendar feed URL, or a new one (the old URL stops working at once)',
    description:
      'An iCalendar feed of the klussen I take part in and the checkpoints of my dossiers, at a secret URL ' +
      'to subscribe to in Outlook or another calendar. The URL is in this answer only.',
  })
  @ApiCreatedResponse({ type: CalendarFeedCreatedDto })
  create(@CurrentUser() user: AuthUser): Promise<CalendarFeedCreatedDto> {
    return this.calendar.create(user);
  }

  @Delete('me/calendar-feed')
  @Authenticated()
  @HttpCode(204)
  @ApiOperation({ summary: 'Revoke my calendar feed: its URL answers 404 from now on' })
  @ApiNoContentResponse({ description: 'Revoked (also when there was none).' })
  async revoke(@CurrentUser() user: AuthUser): Promise<void> {
    await this.calendar.revoke(user);
  }

  @Get('calendar-feeds/:file')
  @Public()
  @ApiOperation({
    summary: 'A personal calendar feed (iCalendar, RFC 5545)',
    description:
      'The secret URL is the key: no login. All-day events in Europe/Amsterdam, one per klus (UID ' +
      '`task-<id>@klussenbank`) and per dossier checkpoint (`checkpoint-<id>@klussenbank`), with SEQUENCE ' +
      'and LAST-MODIFIED so that changed dates replace the old ones. `Cache-Control: private`.',
  })
  @ApiParam({
    name: 'file',
    description: 'The secret (32 random bytes, base64url) followed by `.ics`.',
    schema: { type: 'string', pattern: '^[A-Za-z0-9_-]{43}\\.ics$' },
  })
  @ApiOkResponse({
    description: 'The feed.',
    content: { 'text/calendar': { schema: { type: 'string', example: 'BEGIN:VCALENDAR…' } } },
  })
  @ApiNotFoundResponse({
    description: 'not-found.calendar-feed: unknown or revoked (the same answer for both; problem+json).',
  })
  async feed(@Param('file') file: string, @Res({ passthrough: true }) reply: FastifyReply): Promise<string> {
    const body = await this.calendar.render(file);
    void reply
      .header('Content-Type', 'text/calendar; charset=utf-8')
      .header('Content-Disposition', 'inline; filename="klussenbank.ics"')
      // Personal data: a shared cache must not keep it; the person's own calendar may, briefly.
      .header('Cache-Control', 'private, no-cache');
    return body;
  }
}
