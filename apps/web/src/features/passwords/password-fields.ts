import { PASSWORD_MIN_LENGTH } from '@klussenbank/domain';

export type PasswordField = 'currentPassword' | 'newPassword' | 'repeatPassword';
/** Field errors as texts: the client's own or the API's reason. */
export type PasswordErrors = Partial<Record<PasswordField, string>>;
export type PasswordCheck = 'currentRequired' | 'newRequired' | 'tooShort' | 'different';

/**
 * What the browser can tell before asking: filled in, long enough, typed the same twice. Whether
 * the password is common or contains the person's name only the API knows (its list).
 */
export function checkNewPassword(values: {
  newPassword: string;
  repeatPassword: string;
}): Partial<Record<PasswordField, PasswordCheck>> {
  if (values.newPassword === '') return { newPassword: 'newRequired' };
  if ([...values.newPassword].length < PASSWORD_MIN_LENGTH) return { newPassword: 'tooShort' };
  if (values.repeatPassword !== values.newPassword) return { repeatPassword: 'different' };
  return {};
}

export const MIN_LENGTH = { min: PASSWORD_MIN_LENGTH };
