import type { OrganisationKind } from '@klussenbank/domain';
import { apiRequest } from '../../api/client';

export interface Credentials {
  email: string;
  password: string;
}

export interface LoginResponse {
  tokenType: 'Bearer';
  expiresAt: string;
  csrfToken: string;
}

/** GET /api/v1/me: who is signed in. */
export interface Me {
  id: string;
  email: string;
  displayName: string;
  jobTitle: string | null;
  roles: string[];
  locale: 'nl' | 'en';
  organisation: { id: string; name: string; slug: string; kind: OrganisationKind };
  partnerships: { id: string; name: string }[];
  lineManager: { id: string; name: string } | null;
}

export function login({ email, password }: Credentials): Promise<LoginResponse> {
  return apiRequest('/api/v1/auth/login', { method: 'POST', body: { email, password, cookie: true } });
}

export function logout(): Promise<void> {
  return apiRequest('/api/v1/auth/logout', { method: 'POST' });
}

export function fetchMe(signal?: AbortSignal): Promise<Me> {
  return apiRequest('/api/v1/me', { signal });
}
