import type { InvalidParam } from '../../api/client';
import type { Credentials } from './auth-api';

export type LoginField = keyof Credentials;
export type LoginErrorKey = 'emailRequired' | 'emailInvalid' | 'passwordRequired';

/** A message key of our own, or the API's `reason` (already in words). */
export type FieldError = { key: LoginErrorKey } | { text: string };
export type LoginErrors = Partial<Record<LoginField, FieldError>>;

export const LOGIN_FIELDS: readonly LoginField[] = ['email', 'password'];

// Deliberately loose: the API has the last word; this only catches obvious typing slips.
const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Mirrors the API's LoginDto: e-mail required and well-formed, password required. */
export function validateLogin({ email, password }: Credentials): LoginErrors {
  const errors: LoginErrors = {};
  const trimmed = email.trim();
  if (trimmed === '') errors.email = { key: 'emailRequired' };
  else if (!EMAIL_PATTERN.test(trimmed)) errors.email = { key: 'emailInvalid' };
  if (password === '') errors.password = { key: 'passwordRequired' };
  return errors;
}

/** The API's per-field reasons (a 400 problem) for the fields this form has. */
export function errorsFromInvalidParams(params: readonly InvalidParam[]): LoginErrors {
  const errors: LoginErrors = {};
  for (const { name, reason } of params) {
    if ((LOGIN_FIELDS as readonly string[]).includes(name)) errors[name as LoginField] ??= { text: reason };
  }
  return errors;
}

export function firstInvalidField(errors: LoginErrors): LoginField | undefined {
  return LOGIN_FIELDS.find((field) => errors[field] !== undefined);
}
