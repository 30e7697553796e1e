import { describe, expect, it } from 'vitest';
import { isAcceptablePassword, lineManagerProblem, normaliseEmail } from './users.js';

describe('lineManagerProblem', () => {
  it('accepts a colleague in the same organisation', () => {
    expect(
      lineManagerProblem({ id: 'a', organisationId: 'oss' }, { id: 'b', organisationId: 'oss' }),
    ).toBeNull();
  });

  it('refuses the employee themself and people from other organisations', () => {
    expect(lineManagerProblem({ id: 'a', organisationId: 'oss' }, { id: 'a', organisationId: 'oss' })).toBe(
      'self',
    );
    expect(lineManagerProblem({ organisationId: 'oss' }, { id: 'b', organisationId: 'zeist' })).toBe(
      'other-organisation',
    );
  });
});

describe('passwords and e-mail', () => {
  it('asks for length, not composition', () => {
    expect(isAcceptablePassword('kort')).toBe(false);
    expect(isAcceptablePassword('twaalf tekens')).toBe(true);
    expect(isAcceptablePassword('x'.repeat(257))).toBe(false);
  });

  it('compares e-mail addresses case-insensitively', () => {
    expect(normaliseEmail('  Anna.deVries@Oss.nl ')).toBe('anna.devries@oss.nl');
  });
});
