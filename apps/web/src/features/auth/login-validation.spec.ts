import { describe, expect, it } from 'vitest';
import { errorsFromInvalidParams, firstInvalidField, validateLogin } from './login-validation';

describe(validateLogin.name, () => {
  it('asks for both fields at once', () => {
    expect(validateLogin({ email: '  ', password: '' })).toEqual({
      email: { key: 'emailRequired' },
      password: { key: 'passwordRequired' },
    });
  });

  it('rejects addresses without a domain', () => {
    for (const email of ['anna', 'anna@', 'anna@dordrecht', 'an na@dordrecht.nl']) {
      expect(validateLogin({ email, password: 'x' }), email).toEqual({ email: { key: 'emailInvalid' } });
    }
  });

  it('accepts a normal address with surrounding spaces and any non-empty password', () => {
    expect(validateLogin({ email: ' anna.de.vries@dordrecht.nl ', password: ' ' })).toEqual({});
  });
});

describe(errorsFromInvalidParams.name, () => {
  it('keeps the first reason per known field and ignores the rest', () => {
    const errors = errorsFromInvalidParams([
      { name: 'password', code: 'isLength', reason: 'Vul uw wachtwoord in.' },
      { name: 'password', code: 'isString', reason: 'Moet tekst zijn.' },
      { name: 'cookie', code: 'isBoolean', reason: 'Moet true of false zijn.' },
    ]);
    expect(errors).toEqual({ password: { text: 'Vul uw wachtwoord in.' } });
    expect(firstInvalidField(errors)).toBe('password');
  });
});
