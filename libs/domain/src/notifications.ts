/** How often someone hears of their notifications on a channel. */
export const RHYTHMS = ['immediately', 'daily', 'weekly', 'off'] as const;
export type Rhythm = (typeof RHYTHMS)[number];
/** In-app notifications are a list one looks at: on or off, never bundled. */
export const IN_APP_RHYTHMS = ['immediately', 'off'] as const satisfies readonly Rhythm[];
