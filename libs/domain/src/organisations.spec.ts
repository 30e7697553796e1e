import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  arePartners,
  emailBelongsToDomains,
  isEmailDomain,
  normaliseDomain,
  normaliseName,
  partnersOf,
  partnershipsOf,
  slugify,
} from './organisations.js';

const memberships = [
  { organisationId: 'dordrecht', partnershipId: 'drechtsteden' },
  { organisationId: 'zwijndrecht', partnershipId: 'drechtsteden' },
  { organisationId: 'dordrecht', partnershipId: 'samen-leren' },
  { organisationId: 'oss', partnershipId: 'samen-leren' },
];

describe('partnerships', () => {
  it('lists every partnership of an organisation', () => {
    expect(partnershipsOf('dordrecht', memberships)).toEqual(new Set(['drechtsteden', 'samen-leren']));
    expect(partnershipsOf('zeist', memberships)).toEqual(new Set());
  });

  it('finds partners through any shared partnership, never the organisation itself', () => {
    expect(partnersOf('dordrecht', memberships)).toEqual(new Set(['zwijndrecht', 'oss']));
    expect(partnersOf('oss', memberships)).toEqual(new Set(['dordrecht']));
    expect(arePartners('oss', 'zwijndrecht', memberships)).toBe(false);
    expect(arePartners('oss', 'oss', memberships)).toBe(false);
  });

  it('is symmetric: partners are equals', () => {
    const org = fc.constantFrom('a', 'b', 'c', 'd');
    const ms = fc.array(fc.record({ organisationId: org, partnershipId: fc.constantFrom('p', 'q', 'r') }));
    fc.assert(
      fc.property(ms, org, org, (list, a, b) => {
        expect(arePartners(a, b, list)).toBe(arePartners(b, a, list));
      }),
    );
  });
});

describe('names', () => {
  it('folds whitespace', () => {
    expect(normaliseName('  Gemeente   Oss ')).toBe('Gemeente Oss');
  });

  it('makes URL-safe slugs from Dutch names', () => {
    expect(slugify("'s-Hertogenbosch")).toBe('s-hertogenbosch');
    expect(slugify('Hendrik-Ido-Ambacht')).toBe('hendrik-ido-ambacht');
    expect(slugify('Sociale Dienst Drechtsteden (SDD)')).toBe('sociale-dienst-drechtsteden-sdd');
    expect(slugify('Café de Zwaan')).toBe('cafe-de-zwaan');
  });
});

describe('e-mail domains', () => {
  it('accepts domain names and refuses what is not one', () => {
    for (const domain of [
      'oss.nl',
      'dordrecht.klussenbank.test',
      's-hertogenbosch.nl',
      'xn--bcher-kva.example',
      'a.b.c.d.nl',
    ])
      expect(isEmailDomain(domain), domain).toBe(true);
    for (const domain of [
      '',
      'nl',
      '@oss.nl',
      'oss',
      'oss..nl',
      '.oss.nl',
      'oss.nl.',
      '-oss.nl',
      'oss-.nl',
      'o ss.nl',
      'oss.n1',
      'oss_dienst.nl',
      `${'a'.repeat(64)}.nl`,
      `${'a.'.repeat(130)}nl`,
    ])
      expect(isEmailDomain(domain), domain).toBe(false);
  });

  it('normalises case and surrounding spaces', () => {
    expect(normaliseDomain('  Oss.NL ')).toBe('oss.nl');
  });

  it('lets an address in only on one of the domains, case-insensitively, without subdomains', () => {
    const domains = ['oss.nl', 'sdd.nl'];
    expect(emailBelongsToDomains('Anna@OSS.nl', domains)).toBe(true);
    expect(emailBelongsToDomains('bert@sdd.nl', domains)).toBe(true);
    expect(emailBelongsToDomains('anna@zeist.nl', domains)).toBe(false);
    expect(emailBelongsToDomains('anna@afdeling.oss.nl', domains)).toBe(false);
    expect(emailBelongsToDomains('anna@oss.nl.evil.example', domains)).toBe(false);
    expect(emailBelongsToDomains('anna@evil-oss.nl', domains)).toBe(false);
    expect(emailBelongsToDomains('"oss.nl@x"@zeist.nl', domains)).toBe(false);
    expect(emailBelongsToDomains('geen-adres', domains)).toBe(false);
  });

  it('lets any address in when an organisation lists no domains', () => {
    expect(emailBelongsToDomains('anna@zeist.nl', [])).toBe(true);
  });

  it('never admits an address whose domain is not listed (property)', () => {
    const label = fc.stringMatching(/^[a-z]{1,8}$/);
    fc.assert(
      fc.property(fc.array(label, { minLength: 1, maxLength: 4 }), label, label, (listed, local, other) => {
        const domains = listed.map((l) => `${l}.nl`);
        expect(emailBelongsToDomains(`${local}@${other}.nl`, domains)).toBe(domains.includes(`${other}.nl`));
      }),
    );
  });
});
