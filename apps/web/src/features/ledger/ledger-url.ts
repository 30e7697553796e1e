/*
 * The menu's part of the hours pages: their address and who sees them. Apart from ledger-routes (the
 * page's filters) because the shell is in the first load and a module cannot be split over chunks.
 */

/** The web client's own address for the hours between organisations. */
export const LEDGER_URL = '/uren';

/** The figures are for org-admins (their organisation, their partnerships) and platform admins: the API's rule. */
export const canSeeLedger = (roles: readonly string[]) =>
  roles.includes('org-admin') || roles.includes('platform-admin');
