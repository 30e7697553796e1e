import { api, apiQuery, unwrap } from '../../api/client';
import type { components } from '../../api/schema.gen';

type Schemas = components['schemas'];

/** GET /me/calendar-feed: whether a feed URL works now (the URL itself is never shown again). */
export type CalendarFeed = Schemas['CalendarFeedDto'];
/** POST /me/calendar-feed: the new URL, shown this once. */
export type CalendarFeedCreated = Schemas['CalendarFeedCreatedDto'];

export const calendarFeedQuery = () => apiQuery('/me/calendar-feed');

export function createCalendarFeed(): Promise<CalendarFeedCreated> {
  return unwrap(api.POST('/me/calendar-feed'));
}

export async function revokeCalendarFeed(): Promise<void> {
  await unwrap(api.DELETE('/me/calendar-feed'));
}
