import { createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import {
  type Actor,
  CALENDAR_TIME_ZONE,
  calendarEvents,
  type CalendarWords,
  isCalendarToken,
} from '@klussenbank/domain';
import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import { ProblemException } from '../common/problem/problem.js';
import { API_PREFIX } from '../common/openapi/openapi-document.js';
import { AppConfig } from '../config/app-config.js';
import { CalendarRepository } from './calendar.repository.js';
import type { CalendarFeedCreatedDto, CalendarFeedDto } from './dto/calendar-feed.dto.js';

const hashToken = (token: string): Buffer => createHash('sha256').update(token).digest();

/** The feed's texts: Dutch, the language of the product (a feed has no request language to follow). */
const WORDS: CalendarWords = {
  taskSummary: (title) => `Klus: ${title}`,
  taskDescription: (task, url) => `Klus van ${task.organisationName} in Klussenbank.\n${url}`,
  checkpointSummary: (title, dossier) => `IJkmoment: ${title} (${dossier})`,
  checkpointDescription: (checkpoint, url) =>
    `IJkmoment van het dossier ${checkpoint.dossierTitle}${checkpoint.status === 'held' ? ' (gehouden)' : ''}.\n${url}`,
};

/** Calendar programs poll a subscribed feed; this asks for once an hour. */
const REFRESH_SECONDS = 3600;

/** A person's iCalendar feed at a secret URL; only the secret's SHA-256 is kept. */
@Injectable()
export class CalendarService {
  constructor(
    @Inject(CalendarRepository) private readonly calendar: CalendarRepository,
    @Inject(AppConfig) private readonly config: AppConfig,
  ) {}

  async feed(actor: Actor): Promise<CalendarFeedDto> {
    const feed = await this.calendar.feedOf(actor.id);
    return { exists: feed !== undefined, createdAt: feed ? feed.createdAt.toISOString() : null };
  }

  /** A new secret replaces any earlier one in the same statement: the old URL stops working at once. */
  async create(actor: Actor): Promise<CalendarFeedCreatedDto> {
    const token = randomBytes(32).toString('base64url');
    const { createdAt } = await this.calendar.replace(actor.id, hashToken(token));
    return { exists: true, createdAt: createdAt.toISOString(), url: this.feedUrl(token) };
  }

  revoke(actor: Actor): Promise<void> {
    return this.calendar.revoke(actor.id);
  }

  /** The feed behind `<token>.ics`; an unknown and a revoked secret get the same 404. */
  async render(file: string): Promise<string> {
    const token = file.endsWith('.ics') ? file.slice(0, -'.ics'.length) : '';
    const userId = isCalendarToken(token) ? await this.calendar.ownerOf(hashToken(token)) : undefined;
    if (!userId) throw ProblemException.notFound('not-found.calendar-feed');
    const [tasks, checkpoints] = await Promise.all([
      this.calendar.tasksOf(userId),
      this.calendar.checkpointsOf(userId),
    ]);
    const feed = ical({
      name: 'Klussenbank',
      description: 'Mijn klussen en ijkmomenten in Klussenbank',
      prodId: { company: 'Klussenbank', product: 'Klussenbank', language: 'NL' },
      method: ICalCalendarMethod.PUBLISH,
      ttl: REFRESH_SECONDS,
    });
    // All events are whole days (DATE values, bound to no zone), so no VTIMEZONE is needed; this
    // tells calendar programs the feed's zone. No `timezone` option: ical-generator would then write
    // DTSTAMP in the server's local time instead of UTC.
    feed.x('X-WR-TIMEZONE', CALENDAR_TIME_ZONE);
    const stamp = new Date();
    for (const event of calendarEvents(tasks, checkpoints, this.config.PUBLIC_URL, WORDS)) {
      feed.createEvent({
        id: event.uid,
        allDay: true,
        start: new Date(`${event.startDate}T00:00:00Z`),
        end: new Date(`${event.endDate}T00:00:00Z`),
        summary: event.summary,
        description: event.description,
        url: event.url,
        sequence: event.sequence,
        stamp,
        lastModified: event.lastModified,
        status: event.status === 'CANCELLED' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
      });
    }
    return feed.toString();
  }

  private feedUrl(token: string): string {
    return `${this.config.PUBLIC_URL}/${API_PREFIX}/calendar-feeds/${token}.ics`;
  }
}
