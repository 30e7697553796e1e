/** The web client's own addresses for the profile (Dutch, as people read them). */
export const MY_PROFILE_URL = '/mijn-profiel';
/** Linked from the e-mails: keep it as it is. */
export const NOTIFICATION_SETTINGS_URL = '/mijn-profiel/meldingen';
