import { describe, expect, it } from 'vitest';
import {
  canSwitchOffPasswordLogin,
  claimValues,
  discoveryDomain,
  issuerProblem,
  mayUsePasswordLogin,
  rolesAfterSso,
  ssoDecision,
  ssoProfile,
  type SsoSituation,
} from './sso.js';

describe('issuerProblem', () => {
  it('wants https in production and allows http on a developer machine', () => {
    expect(issuerProblem('https://login.microsoftonline.com/tenant/v2.0', true)).toBeNull();
    expect(issuerProblem('http://127.0.0.1:4000', true)).toBe('https-required');
    expect(issuerProblem('http://127.0.0.1:4000', false)).toBeNull();
    expect(issuerProblem('ftp://idp.example', false)).toBe('https-required');
    expect(issuerProblem('idp.example', false)).toBe('not-a-url');
    expect(issuerProblem('https://idp.example/?tenant=a', true)).toBe('query-or-fragment');
    expect(issuerProblem('https://idp.example/#x', true)).toBe('query-or-fragment');
  });
});

describe('claimValues', () => {
  it('reads a string, a list and a nested path', () => {
    expect(claimValues({ roles: 'a' }, 'roles')).toEqual(['a']);
    expect(claimValues({ groups: ['a', 3, 'b'] }, 'groups')).toEqual(['a', 'b']);
    expect(claimValues({ realm_access: { roles: ['x'] } }, 'realm_access.roles')).toEqual(['x']);
    expect(claimValues({}, 'roles')).toEqual([]);
  });
});

describe('rolesAfterSso', () => {
  const mapping = [
    { claimValue: 'kb-managers', role: 'manager' as const },
    { claimValue: 'kb-beheer', role: 'org-admin' as const },
  ];

  it('maps claim values to roles, always with employee', () => {
    expect(
      rolesAfterSso({ rolesClaim: 'groups', mapping, claims: { groups: ['kb-managers'] }, current: null }),
    ).toEqual(['employee', 'manager']);
    expect(rolesAfterSso({ rolesClaim: 'groups', mapping, claims: {}, current: null })).toEqual(['employee']);
  });

  it('takes away a role the provider no longer gives, but never platform admin', () => {
    expect(
      rolesAfterSso({
        rolesClaim: 'groups',
        mapping,
        claims: { groups: [] },
        current: ['employee', 'manager', 'platform-admin'],
      }),
    ).toEqual(['employee', 'platform-admin']);
  });

  it('leaves roles alone without a roles claim, and makes a new person an employee', () => {
    expect(
      rolesAfterSso({ rolesClaim: null, mapping, claims: {}, current: ['employee', 'manager'] }),
    ).toEqual(['employee', 'manager']);
    expect(rolesAfterSso({ rolesClaim: null, mapping, claims: {}, current: null })).toEqual(['employee']);
  });
});

describe('ssoProfile', () => {
  it('needs an e-mail on an allowed domain', () => {
    expect(ssoProfile({}, [])).toBe('email-missing');
    expect(ssoProfile({ email: 'a@elders.nl' }, ['oss.nl'])).toBe('email-domain-not-allowed');
    expect(ssoProfile({ email: ' A@Oss.NL ', name: ' Anna  de Vries ' }, ['oss.nl'])).toEqual({
      email: 'a@oss.nl',
      displayName: 'Anna de Vries',
    });
  });

  it('builds a name from given and family name, else the local part', () => {
    expect(ssoProfile({ email: 'a@oss.nl', given_name: 'Anna', family_name: 'Bos' }, [])).toMatchObject({
      displayName: 'Anna Bos',
    });
    expect(ssoProfile({ email: 'anna.bos@oss.nl' }, [])).toMatchObject({ displayName: 'anna.bos' });
  });
});

describe('ssoDecision', () => {
  const base: SsoSituation = { linked: null, sameEmail: null, providerOrganisationId: 'oss' };
  const account = { organisationId: 'oss', hasPassword: true, deactivated: false };

  it('signs in a linked person and creates an unknown one', () => {
    expect(ssoDecision({ ...base, linked: { deactivated: false } })).toBe('sign-in');
    expect(ssoDecision({ ...base, linked: { deactivated: true } })).toBe('account-deactivated');
    expect(ssoDecision(base)).toBe('create');
  });

  it('never links an existing account by e-mail alone', () => {
    expect(ssoDecision({ ...base, sameEmail: account })).toBe('prove-password');
    expect(ssoDecision({ ...base, sameEmail: { ...account, hasPassword: false } })).toBe(
      'email-without-password',
    );
    expect(ssoDecision({ ...base, sameEmail: { ...account, organisationId: 'zeist' } })).toBe(
      'email-in-other-organisation',
    );
    expect(ssoDecision({ ...base, sameEmail: { ...account, deactivated: true } })).toBe(
      'account-deactivated',
    );
  });
});

describe('discoveryDomain', () => {
  it('answers the domain of an address', () => {
    expect(discoveryDomain(' Anna@Oss.NL')).toBe('oss.nl');
    expect(discoveryDomain('anna')).toBeNull();
    expect(discoveryDomain('@oss.nl')).toBeNull();
    expect(discoveryDomain('anna@')).toBeNull();
  });
});

describe('password login per organisation', () => {
  it('goes off only while an identity provider is enabled', () => {
    expect(canSwitchOffPasswordLogin(0)).toBe(false);
    expect(canSwitchOffPasswordLogin(1)).toBe(true);
  });

  it('stays open to platform admins whatever their organisation says (break-glass)', () => {
    expect(mayUsePasswordLogin({ roles: ['employee'] }, true)).toBe(true);
    expect(mayUsePasswordLogin({ roles: ['employee', 'org-admin'] }, false)).toBe(false);
    expect(mayUsePasswordLogin({ roles: ['employee', 'platform-admin'] }, false)).toBe(true);
  });
});
