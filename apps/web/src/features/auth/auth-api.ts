import { api, unwrap } from '../../api/client';
import type { components } from '../../api/schema.gen';

/** What the login form sends; the web client always asks for the cookie session. */
export type Credentials = Pick<components['schemas']['LoginDto'], 'email' | 'password'>;

export type LoginResponse = components['schemas']['LoginResponseDto'];

/** GET /me: who is signed in. */
export type Me = components['schemas']['MeDto'];

export function login({ email, password }: Credentials): Promise<LoginResponse> {
  return unwrap(api.POST('/auth/login', { body: { email, password, cookie: true } }));
}

/**
 * Ends the session; when it came through the organisation's identity provider and that provider
 * offers RP-initiated logout, the browser goes there to end the provider's session too.
 */
export async function logout(): Promise<void> {
  const { data } = await api.POST('/auth/sso/logout');
  if (data?.endSessionUrl) window.location.assign(data.endSessionUrl);
}

export function fetchMe(signal?: AbortSignal): Promise<Me> {
  return unwrap(api.GET('/me', { signal }));
}
