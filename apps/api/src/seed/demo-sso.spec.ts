import { describe, expect, it } from 'vitest';
import { DEMO_USERS } from './demo-network.js';
import { DEMO_SSO_PLACES, demoGroupsFor, demoSsoAccountFor, demoSsoAccounts } from './demo-sso.js';

describe('the development identity providers of npm start', () => {
  it('know the demo people of their place, with groups that map back to their roles', () => {
    for (const place of DEMO_SSO_PLACES) {
      const accounts = demoSsoAccounts(place);
      expect(accounts.length).toBeGreaterThan(0);
      for (const account of accounts) {
        const person = DEMO_USERS.find((user) => user.email === account.email);
        expect(person?.organisation).toBe(`Gemeente ${place}`);
        expect(account.groups).toEqual(demoGroupsFor(person?.roles ?? []));
      }
    }
    expect(demoGroupsFor(['employee', 'manager', 'org-admin'])).toEqual([
      'klussenbank-managers',
      'klussenbank-beheerders',
    ]);
  });

  it('take a demo person by e-mail in any case, or by the part before @', () => {
    const [first] = demoSsoAccounts('Oss');
    expect(demoSsoAccountFor('Oss', first.email.toUpperCase())).toEqual(first);
    expect(demoSsoAccountFor('Oss', first.email.split('@')[0])).toEqual(first);
  });

  it('let anybody else on the domain in as a new person, and nobody from another domain', () => {
    expect(demoSsoAccountFor('Zeist', 'nieuwe.collega')).toEqual({
      email: 'nieuwe.collega@zeist.klussenbank.test',
      name: 'Nieuwe Collega',
      groups: [],
    });
    expect(demoSsoAccountFor('Zeist', 'iemand@oss.klussenbank.test')).toBeNull();
    expect(demoSsoAccountFor('Zeist', '@zeist.klussenbank.test')).toBeNull();
  });
});
