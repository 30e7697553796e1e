import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  isPredictable,
  passwordLinkExpiresAt,
  passwordLinkState,
  passwordProblem,
  personalParts,
} from './passwords.js';

const commonPasswords = new Set(['123456789012', 'passwordpassword', 'wachtwoord', 'password']);
const anna = { commonPasswords, displayName: 'Anna de Vries', email: 'a.devries@oss.nl' };

describe('passwordProblem', () => {
  it('refuses the examples from the issue', () => {
    expect(passwordProblem('123456789012', anna)).toBe('common');
    expect(passwordProblem('passwordpassword', anna)).toBe('common');
    expect(passwordProblem('PasswordPassword', anna)).toBe('common');
  });

  it('refuses them without the list too: a run and a repetition', () => {
    const noList = { commonPasswords: new Set<string>() };
    expect(passwordProblem('123456789012', noList)).toBe('predictable');
    expect(passwordProblem('passwordpassword', noList)).toBe('predictable');
  });

  it('refuses a common password with decoration at its ends', () => {
    expect(passwordProblem('Wachtwoord2024!', anna)).toBe('common');
    expect(passwordProblem('!!wachtwoord!!', anna)).toBe('common');
  });

  it('refuses what is too short or too long, before anything else', () => {
    expect(passwordProblem('kort', anna)).toBe('too-short');
    expect(passwordProblem('x'.repeat(257), anna)).toBe('too-long');
  });

  it("refuses the person's own name and e-mail address, in any case", () => {
    expect(passwordProblem('ANNA-fietst-graag', anna)).toBe('personal');
    expect(passwordProblem('tulpen-vries-zomer', anna)).toBe('personal');
    expect(passwordProblem('xx-a.devries-yy', anna)).toBe('personal');
  });

  it('accepts a long passphrase that is none of these', () => {
    expect(passwordProblem('welkom-bij-klussenbank', anna)).toBeNull();
    expect(passwordProblem('paarse olifant op de fiets', anna)).toBeNull();
  });
});

describe('personalParts', () => {
  it('takes name parts and the local part, not short words or particles', () => {
    expect(personalParts({ displayName: 'Jan van der Berg', email: 'j.vdberg@zeist.nl' }).sort()).toEqual(
      ['berg', 'j.vdberg', 'jan', 'vdberg'].sort(),
    );
  });
});

describe('isPredictable', () => {
  it('finds runs, repetitions and few characters', () => {
    expect(isPredictable('abcdefghijkl')).toBe(true);
    expect(isPredictable('lkjihgfedcba')).toBe(true);
    expect(isPredictable('890123456789')).toBe(true);
    expect(isPredictable('abcabcabcabc')).toBe(true);
    expect(isPredictable('aaaabbbbaaaa')).toBe(true);
    expect(isPredictable('paarse olifant')).toBe(false);
  });

  it('finds every repetition of a unit with enough distinct characters', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, maxLength: 8 }),
        fc.integer({ min: 2, max: 5 }),
        (unit, times) => {
          expect(isPredictable(unit.repeat(times))).toBe(true);
        },
      ),
    );
  });
});

describe('password links', () => {
  const issued = new Date('2026-12-04T10:00:00Z');

  it('hold 7 days for a newcomer and 24 hours for a reset', () => {
    expect(passwordLinkExpiresAt('invite', issued).toISOString()).toBe('2026-12-11T10:00:00.000Z');
    expect(passwordLinkExpiresAt('reset', issued).toISOString()).toBe('2026-12-05T10:00:00.000Z');
  });

  it('work once, until they expire, while they are the newest', () => {
    const link = { expiresAt: passwordLinkExpiresAt('reset', issued), usedAt: null, supersededAt: null };
    const later = new Date('2026-12-05T09:59:59Z');
    expect(passwordLinkState(link, later)).toBe('valid');
    expect(passwordLinkState(link, new Date('2026-12-05T10:00:00Z'))).toBe('expired');
    expect(passwordLinkState({ ...link, usedAt: issued }, later)).toBe('used');
    expect(passwordLinkState({ ...link, supersededAt: issued }, later)).toBe('superseded');
  });
});
