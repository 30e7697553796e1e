import { describe, expect, it } from 'vitest';
import {
  changedScimFields,
  normalisePatch,
  readScimUser,
  SCIM_ENTERPRISE_SCHEMA,
  SCIM_PATCH_SCHEMA,
  SCIM_USER_SCHEMA,
  scimBoolean,
  scimPage,
} from './scim.js';

const patch = (...Operations: unknown[]) => ({ schemas: [SCIM_PATCH_SCHEMA], Operations });

describe('readScimUser', () => {
  it('maps the attributes Entra ID sends on create', () => {
    const result = readScimUser({
      schemas: [SCIM_USER_SCHEMA, SCIM_ENTERPRISE_SCHEMA],
      externalId: '0a21f0f2-8d2a-4f8e-bf98-7363c4aed4ef',
      userName: 'Test_User_ab6490ee@Dordrecht.NL',
      active: true,
      emails: [{ primary: true, type: 'work', value: 'other@dordrecht.nl' }],
      displayName: 'Test User',
      title: 'Beleidsadviseur',
      name: { formatted: 'Formatted', familyName: 'User', givenName: 'Test' },
      [SCIM_ENTERPRISE_SCHEMA]: { manager: { value: 'm-1' } },
    });
    expect(result).toEqual({
      fields: {
        email: 'test_user_ab6490ee@dordrecht.nl',
        userName: null,
        displayName: 'Test User',
        jobTitle: 'Beleidsadviseur',
        active: true,
        externalId: '0a21f0f2-8d2a-4f8e-bf98-7363c4aed4ef',
        manager: 'm-1',
      },
    });
  });

  it('takes the name parts when there is no displayName, and the work e-mail when userName is no address', () => {
    const result = readScimUser({
      userName: 'jdevries',
      emails: [
        { type: 'home', value: 'thuis@example.nl' },
        { type: 'work', value: 'j.devries@zwijndrecht.nl' },
      ],
      name: { givenName: 'Jan', familyName: 'de Vries' },
      active: 'False',
    });
    expect(result).toMatchObject({
      fields: {
        email: 'j.devries@zwijndrecht.nl',
        userName: 'jdevries',
        displayName: 'Jan de Vries',
        active: false,
        manager: null,
        jobTitle: '',
      },
    });
  });

  it('refuses a User without a usable userName, a bad active, or over-long fields', () => {
    expect(readScimUser({})).toMatchObject({ problem: { status: 400, scimType: 'invalidValue' } });
    expect(readScimUser({ userName: 'geen-adres' })).toMatchObject({ problem: { scimType: 'invalidValue' } });
    expect(readScimUser({ userName: 'a@b.nl', active: 'maybe' })).toMatchObject({
      problem: { scimType: 'invalidValue' },
    });
    expect(readScimUser({ userName: 'a@b.nl', displayName: 'x'.repeat(121) })).toMatchObject({
      problem: { scimType: 'invalidValue' },
    });
    expect(readScimUser('text')).toMatchObject({ problem: { scimType: 'invalidSyntax' } });
  });

  it('reads attribute names in any case', () => {
    expect(readScimUser({ USERNAME: 'a@b.nl', DisplayName: 'A' })).toMatchObject({
      fields: { email: 'a@b.nl', displayName: 'A' },
    });
  });
});

describe('normalisePatch', () => {
  it("reads Entra ID's capitalised operations and string booleans", () => {
    expect(normalisePatch(patch({ op: 'Replace', path: 'active', value: 'False' }))).toEqual({
      operations: [{ op: 'replace', path: 'active', value: false }],
    });
  });

  it('splits a value object without a path into its path keys', () => {
    expect(
      normalisePatch(
        patch({
          op: 'Add',
          value: {
            displayName: 'Nieuw',
            'name.givenName': 'Jan',
            [`${SCIM_ENTERPRISE_SCHEMA}:manager`]: 'm-2',
            active: 'True',
          },
        }),
      ),
    ).toEqual({
      operations: [
        { op: 'add', path: 'name.givenName', value: 'Jan' },
        { op: 'add', path: `${SCIM_ENTERPRISE_SCHEMA}:manager`, value: { value: 'm-2' } },
        { op: 'add', value: { displayName: 'Nieuw', active: true } },
      ],
    });
  });

  it('keeps filtered paths and removals', () => {
    expect(
      normalisePatch(
        patch(
          { op: 'replace', path: 'emails[type eq "work"].value', value: 'x@y.nl' },
          { op: 'Remove', path: `${SCIM_ENTERPRISE_SCHEMA}:manager` },
        ),
      ),
    ).toEqual({
      operations: [
        { op: 'replace', path: 'emails[type eq "work"].value', value: 'x@y.nl' },
        { op: 'remove', path: `${SCIM_ENTERPRISE_SCHEMA}:manager` },
      ],
    });
  });

  it('refuses what is no PatchOp', () => {
    expect(normalisePatch({ Operations: [] })).toMatchObject({ problem: { scimType: 'invalidSyntax' } });
    expect(normalisePatch(patch({ op: 'move', path: 'active' }))).toMatchObject({
      problem: { scimType: 'invalidSyntax' },
    });
    expect(normalisePatch(patch({ op: 'remove' }))).toMatchObject({ problem: { scimType: 'noTarget' } });
    expect(normalisePatch(patch({ op: 'replace', path: 'title' }))).toMatchObject({
      problem: { scimType: 'invalidSyntax' },
    });
  });
});

describe('scim helpers', () => {
  it('reads booleans as SCIM clients send them', () => {
    expect([true, false, 'True', 'false', ' TRUE ', 'ja', 1].map(scimBoolean)).toEqual([
      true,
      false,
      true,
      false,
      true,
      undefined,
      undefined,
    ]);
  });

  it('names the changed fields, never their values', () => {
    const before = {
      email: 'a@b.nl',
      userName: null,
      displayName: 'A',
      jobTitle: '',
      active: true,
      externalId: null,
      manager: null,
    };
    expect(changedScimFields(before, { ...before, active: false, jobTitle: 'X' })).toEqual([
      'jobTitle',
      'active',
    ]);
  });

  it('pages from a 1-based startIndex, capped', () => {
    expect(scimPage(undefined, undefined, 100)).toEqual({ offset: 0, limit: 100, startIndex: 1 });
    expect(scimPage('3', '2', 100)).toEqual({ offset: 2, limit: 2, startIndex: 3 });
    expect(scimPage('0', '500', 100)).toEqual({ offset: 0, limit: 100, startIndex: 1 });
    expect(scimPage('x', '-4', 100)).toEqual({ offset: 0, limit: 0, startIndex: 1 });
  });
});
