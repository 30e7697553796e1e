import { api, unwrap } from '../../api/client';
import type { components } from '../../api/schema.gen';

export type PasswordLink = components['schemas']['PasswordLinkDto'];

/** Where the mailed one-time link leads (a public page); the API's mail builds the same path. */
export const SET_PASSWORD_PATH = 'wachtwoord-instellen/:token';

export const changePassword = (currentPassword: string, newPassword: string) =>
  unwrap(api.PUT('/me/password', { body: { currentPassword, newPassword } }));

export const setPasswordWithLink = (token: string, newPassword: string) =>
  unwrap(api.POST('/password-resets/{token}', { params: { path: { token } }, body: { newPassword } }));

export const sendPasswordLink = (userId: string) =>
  unwrap(api.POST('/users/{id}/password-reset', { params: { path: { id: userId } } }));
