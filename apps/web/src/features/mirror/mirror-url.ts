/*
 * The menu's part of the mirror: its address and who sees it. Apart from mirror-routes (the page's
 * filters) because the shell is in the first load and a module cannot be split over chunks.
 */

/** The web client's own address for the quarterly mirror. */
export const MIRROR_URL = '/spiegel';

const leads = (roles: readonly string[]) =>
  roles.includes('org-admin') || roles.includes('manager') || roles.includes('platform-admin');

/** Leaders see their organisation's mirror; everyone in a partnership sees its totals (the API's rule). */
export const canSeeMirror = (me: { roles: readonly string[]; partnerships: readonly unknown[] }) =>
  leads(me.roles) || me.partnerships.length > 0;

export const canSeeOrganisationMirror = (roles: readonly string[]) => leads(roles);
