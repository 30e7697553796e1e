import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arePartners, normaliseName, partnersOf, partnershipsOf, slugify } from './organisations.js';

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
