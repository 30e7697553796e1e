import { describe, expect, it } from 'vitest';
import { normaliseRoles, type Role } from './roles.js';
import {
  DATA_EXPORT_DAYS,
  dataExportExpiry,
  dataExportStatus,
  ERASED_DISPLAY_NAME,
  erasedEmail,
  erasureConfirmed,
  erasureProblem,
  isErasedEmail,
  jsonStringForm,
  mentionPattern,
  notificationRetentionCutoff,
} from './privacy.js';
import { DEFAULT_STATEMENTS, STATEMENT_KINDS, statementText } from './statements.js';

const ID = '3f2b8c1e-0d4a-4b6e-9a7f-1c2d3e4f5a6b';
const person = (id: string, organisationId: string, ...roles: Role[]) => ({
  id,
  organisationId,
  roles: normaliseRoles(roles),
});
const plenty = { otherOrgAdmins: 2, otherPlatformAdmins: 2 };

describe('the erased placeholder', () => {
  it('is unique per account, names nobody and is never deliverable', () => {
    expect(ERASED_DISPLAY_NAME).toBe('oud-medewerker');
    expect(erasedEmail(ID)).toBe(`erased-${ID}@invalid`);
    expect(erasedEmail(ID.toUpperCase())).toBe(erasedEmail(ID));
    expect(erasedEmail(ID)).not.toBe(erasedEmail(ID.replace('3f', '4f')));
    expect(isErasedEmail(erasedEmail(ID))).toBe(true);
    expect(isErasedEmail('jan@oss.nl')).toBe(false);
  });
});

describe('erasureProblem', () => {
  const employee = person('e', 'oss');
  it('lets a person erase themselves', () => {
    expect(erasureProblem(employee, employee, plenty)).toBeNull();
  });
  it('lets an org-admin erase people of their own organisation only', () => {
    const admin = person('a', 'oss', 'org-admin');
    expect(erasureProblem(admin, employee, plenty)).toBeNull();
    expect(erasureProblem(person('b', 'zeist', 'org-admin'), employee, plenty)).toBe('forbidden');
    expect(erasureProblem(person('m', 'oss', 'manager'), employee, plenty)).toBe('forbidden');
  });
  it('lets only another platform admin erase a platform admin', () => {
    const holder = person('p', 'oss', 'platform-admin');
    expect(erasureProblem(person('a', 'oss', 'org-admin'), holder, plenty)).toBe('platform-admin-only');
    expect(erasureProblem(holder, holder, plenty)).toBe('platform-admin-only');
    expect(erasureProblem(person('q', 'zeist', 'platform-admin'), holder, plenty)).toBeNull();
    expect(
      erasureProblem(person('q', 'zeist', 'platform-admin'), holder, { ...plenty, otherPlatformAdmins: 0 }),
    ).toBe('last-platform-admin');
  });
  it('never leaves an organisation without an org-admin', () => {
    const admin = person('a', 'oss', 'org-admin');
    const alone = { ...plenty, otherOrgAdmins: 0 };
    expect(erasureProblem(admin, admin, alone)).toBe('last-org-admin');
    expect(erasureProblem(person('q', 'zeist', 'platform-admin'), admin, alone)).toBe('last-org-admin');
    expect(erasureProblem(admin, admin, plenty)).toBeNull();
  });
});

describe('erasureConfirmed', () => {
  it('wants the e-mail address typed again, in any case', () => {
    expect(erasureConfirmed(' Jan@Oss.nl ', 'jan@oss.nl')).toBe(true);
    expect(erasureConfirmed('jan@oss', 'jan@oss.nl')).toBe(false);
    expect(erasureConfirmed('', '')).toBe(false);
  });
});

describe('data exports', () => {
  it(`are offered ${DATA_EXPORT_DAYS} days, then expired`, () => {
    const ready = new Date('2026-12-01T10:00:00Z');
    const expires = dataExportExpiry(ready);
    expect(expires.toISOString()).toBe('2026-12-08T10:00:00.000Z');
    expect(dataExportStatus('ready', expires, new Date('2026-12-08T09:59:59Z'))).toBe('ready');
    expect(dataExportStatus('ready', expires, expires)).toBe('expired');
    expect(dataExportStatus('pending', null, expires)).toBe('pending');
  });
  it('retention counts days back from now', () => {
    expect(notificationRetentionCutoff(new Date('2026-12-31T00:00:00Z'), 90).toISOString()).toBe(
      '2026-10-02T00:00:00.000Z',
    );
  });
});

describe('mentionPattern', () => {
  it('escapes what a regular expression would read and looks for whole words', () => {
    expect(mentionPattern('Jan Jansen')).toBe('\\mJan Jansen\\M');
    expect(mentionPattern('a.b+c@oss.nl')).toBe('\\ma\\.b\\+c@oss\\.nl\\M');
    expect(mentionPattern('(Jan)')).toBe('\\(Jan\\)');
    expect(mentionPattern('Jo')).toBeNull();
  });
  it('gives the form a name takes inside a JSON string', () => {
    expect(jsonStringForm('Jan "JJ" Jansen')).toBe('Jan \\"JJ\\" Jansen');
  });
});

describe('statements', () => {
  it('have a default in both languages for every kind, with the model statement parts', () => {
    for (const kind of STATEMENT_KINDS) {
      expect(DEFAULT_STATEMENTS[kind].nl.length).toBeGreaterThan(200);
      expect(DEFAULT_STATEMENTS[kind].en.length).toBeGreaterThan(200);
    }
    expect(DEFAULT_STATEMENTS.accessibility.nl).toMatch(/## Status[\s\S]*## Maatregelen[\s\S]*## Contact/);
    expect(DEFAULT_STATEMENTS.accessibility.en).toMatch(/## Status[\s\S]*## Measures[\s\S]*## Contact/);
  });
  it("show the organisation's own text where it wrote one", () => {
    expect(statementText('privacy', 'nl', '# Eigen tekst')).toEqual({
      markdown: '# Eigen tekst',
      isDefault: false,
    });
    expect(statementText('privacy', 'en', '  ')).toEqual({
      markdown: DEFAULT_STATEMENTS.privacy.en,
      isDefault: true,
    });
    expect(statementText('accessibility', 'nl', null).isDefault).toBe(true);
  });
});
