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

export async function logout(): Promise<void> {
  await api.POST('/auth/logout');
}

export function fetchMe(signal?: AbortSignal): Promise<Me> {
  return unwrap(api.GET('/me', { signal }));
}
