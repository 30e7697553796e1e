import { describe, expect, it } from 'vitest';
import { readUserFilter } from './scim-filter.js';

describe(readUserFilter.name, () => {
  it('reads the filters identity systems send to find a person', () => {
    expect(readUserFilter('userName eq "Test_User@dordrecht.nl"')).toEqual({
      filter: { attribute: 'userName', value: 'Test_User@dordrecht.nl' },
    });
    expect(readUserFilter('externalId eq "0a21f0f2"')).toEqual({
      filter: { attribute: 'externalId', value: '0a21f0f2' },
    });
    expect(readUserFilter('urn:ietf:params:scim:schemas:core:2.0:User:userName eq "a@b.nl"')).toEqual({
      filter: { attribute: 'userName', value: 'a@b.nl' },
    });
    expect(readUserFilter('emails[type eq "work"].value eq "a@b.nl"')).toEqual({
      filter: { attribute: 'email', value: 'a@b.nl' },
    });
    expect(readUserFilter(undefined)).toEqual({ filter: null });
  });

  it('refuses what it cannot answer truthfully as invalidFilter', () => {
    for (const bad of [
      'userName eq',
      'foo bar',
      'userName co "a"',
      'title eq "x"',
      'userName eq "a" and active eq true',
      'id eq 5',
      ['x'],
    ]) {
      expect(readUserFilter(bad)).toMatchObject({ problem: { status: 400, scimType: 'invalidFilter' } });
    }
  });
});
