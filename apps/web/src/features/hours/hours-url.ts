/** Where org-admins settle hours in discussion (apart from hours-api: the menu and notices need only this). */
export const DISPUTES_URL = '/uren/in-gesprek';
