export const LOGIN_PATH = '/inloggen';

/** Where to go after logging in: the page the user was sent away from, if it is one of ours. */
export function returnPath(state: unknown): string {
  const from = typeof state === 'object' && state !== null && 'from' in state ? state.from : undefined;
  if (typeof from !== 'string' || !from.startsWith('/') || from.startsWith('//')) return '/';
  return from.startsWith(LOGIN_PATH) ? '/' : from;
}
