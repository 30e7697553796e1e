export const LOGIN_PATH = '/inloggen';

/** Where the API's single sign-on callback sends a person whose e-mail already has a password account. */
export const SSO_LINK_PATH = '/inloggen/koppelen';

/** The query parameter that carries the way back when a session ended halfway (survives a reload). */
export const RETURN_PARAM = 'terug';

/** The log-in page's address that leads back to `from` afterwards. */
export function loginUrl(from: string): string {
  return `${LOGIN_PATH}?${new URLSearchParams({ [RETURN_PARAM]: from }).toString()}`;
}

/**
 * Where to go after logging in: the page the user was sent away from (the navigation's state, else
 * the `terug` parameter), if it is one of ours.
 */
export function returnPath(state: unknown, search = ''): string {
  const fromState = typeof state === 'object' && state !== null && 'from' in state ? state.from : undefined;
  const from = fromState ?? new URLSearchParams(search).get(RETURN_PARAM) ?? undefined;
  if (typeof from !== 'string' || !from.startsWith('/') || from.startsWith('//')) return '/';
  return from.startsWith(LOGIN_PATH) ? '/' : from;
}
