/** The web client's own address for the notifications list. */
export const NOTIFICATIONS_URL = '/meldingen';

export const notificationsUrl = (page: number) =>
  page > 1 ? `${NOTIFICATIONS_URL}?page=${page}` : NOTIFICATIONS_URL;
