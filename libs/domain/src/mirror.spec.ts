import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  comparePeriods,
  lastCompleteQuarter,
  median,
  medianHoursToFirstClaim,
  mirrorAccess,
  participationShare,
  rankSkillGap,
  share,
  suppressSmallGroups,
} from './mirror.js';

const at = (hours: number) => new Date(Date.UTC(2026, 6, 1) + hours * 3_600_000);

describe('the mirror', () => {
  it('opens on the last complete quarter', () => {
    expect(lastCompleteQuarter('2026-12-05').label).toBe('2026-Q3');
    expect(lastCompleteQuarter('2027-01-01').label).toBe('2026-Q4');
  });

  it('takes the median of odd and even counts, none for nothing', () => {
    expect(median([])).toBeNull();
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('has a median that at least half the values reach from each side (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -1000, max: 1000 }), { minLength: 1 }), (values) => {
        const m = median(values)!;
        const below = values.filter((v) => v <= m).length;
        const above = values.filter((v) => v >= m).length;
        return below * 2 >= values.length && above * 2 >= values.length;
      }),
    );
  });

  it('measures the time to the first claim over the claimed klussen only', () => {
    const klussen = [
      { publishedAt: at(0), firstClaimedAt: at(2) },
      { publishedAt: at(0), firstClaimedAt: at(30) },
      { publishedAt: at(0), firstClaimedAt: at(5) },
      { publishedAt: at(0), firstClaimedAt: null },
    ];
    expect(medianHoursToFirstClaim(klussen)).toBe(5);
    expect(medianHoursToFirstClaim([{ publishedAt: at(0), firstClaimedAt: null }])).toBeNull();
    expect(medianHoursToFirstClaim([{ publishedAt: at(0), firstClaimedAt: at(1.25) }])).toBe(1.3);
  });

  it('gives participation as a share of the employees, none for an empty organisation', () => {
    expect(participationShare(3, 12)).toBe(0.25);
    expect(participationShare(0, 0)).toBeNull();
    expect(share(2, 3)).toBe(0.667);
  });

  it('keeps every share between 0 and 1 (property)', () => {
    fc.assert(
      fc.property(fc.nat(10_000), fc.nat(10_000), (part, whole) => {
        const s = share(part, whole);
        return whole === 0 ? s === null : s !== null && s >= 0 && s <= 1;
      }),
    );
  });

  it('ranks skills by their gap, then by demand, then by name', () => {
    const ranked = rankSkillGap([
      { skill: 'Archiefbeheer', asked: 3, available: 1 },
      { skill: 'Beleidsadvisering', asked: 4, available: 10 },
      { skill: 'Communicatie', asked: 5, available: 3 },
      { skill: 'Anders', asked: 0, available: 0 },
    ]);
    expect(ranked.map((s) => [s.skill, s.gap])).toEqual([
      ['Communicatie', 2],
      ['Archiefbeheer', 2],
      ['Beleidsadvisering', -6],
    ]);
  });

  it('ranks in an order that does not depend on the input order (property)', () => {
    const skill = fc.record({
      skill: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'),
      asked: fc.nat(20),
      available: fc.nat(20),
    });
    const unique = fc.uniqueArray(skill, { selector: (s) => s.skill });
    fc.assert(
      fc.property(unique, fc.nat(7), (skills, limit) => {
        const ranked = rankSkillGap(skills, limit);
        const reversed = rankSkillGap([...skills].reverse(), limit);
        const sorted = ranked.every((s, i) => i === 0 || ranked[i - 1].gap >= s.gap);
        return sorted && ranked.length <= limit && JSON.stringify(ranked) === JSON.stringify(reversed);
      }),
    );
  });

  it('compares a period with the one before: arrow and difference', () => {
    expect(comparePeriods(12, 8)).toEqual({ current: 12, previous: 8, difference: 4, direction: 'up' });
    expect(comparePeriods(0.4, 0.55)).toMatchObject({ difference: -0.15, direction: 'down' });
    expect(comparePeriods(3, 3).direction).toBe('same');
    expect(comparePeriods(3, null)).toMatchObject({ difference: null, direction: 'new' });
    expect(comparePeriods(null, 3)).toMatchObject({ difference: null, direction: 'none' });
  });

  it('adds the difference back to the previous figure (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e6, max: 1e6 }), fc.integer({ min: -1e6, max: 1e6 }), (a, b) => {
        const c = comparePeriods(a, b);
        const arrow = a > b ? 'up' : a < b ? 'down' : 'same';
        return c.difference === a - b && c.direction === arrow;
      }),
    );
  });

  it('leaves out groups of fewer than five people and tells only how many groups', () => {
    const groups = [
      { name: 'Beleidsadviseur', people: 7 },
      { name: 'Jurist', people: 4 },
      { name: 'Archivaris', people: 1 },
      { name: 'Communicatieadviseur', people: 5 },
    ];
    expect(suppressSmallGroups(groups)).toEqual({
      shown: [groups[0], groups[3]],
      suppressedGroups: 2,
    });
  });

  it('never shows a group below the minimum (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ people: fc.nat(12) })), (groups) => {
        const { shown, suppressedGroups } = suppressSmallGroups(groups);
        return shown.every((g) => g.people >= 5) && shown.length + suppressedGroups === groups.length;
      }),
    );
  });

  it('lets leaders see their organisation and partnerships, employees partnership totals only', () => {
    const org = { kind: 'organisation', organisationId: 'o1' } as const;
    const partnership = {
      kind: 'partnership',
      partnershipId: 'p',
      memberOrganisationIds: ['o1', 'o2'],
    } as const;
    const actor = (
      roles: ('employee' | 'manager' | 'org-admin' | 'platform-admin')[],
      organisationId = 'o1',
    ) => ({
      id: 'a',
      organisationId,
      roles,
    });
    expect(mirrorAccess(actor(['org-admin']), org)).toBe('full');
    expect(mirrorAccess(actor(['manager']), org)).toBe('full');
    expect(mirrorAccess(actor(['employee']), org)).toBeUndefined();
    expect(mirrorAccess(actor(['org-admin'], 'o2'), org)).toBeUndefined();
    expect(mirrorAccess(actor(['manager'], 'o2'), partnership)).toBe('full');
    expect(mirrorAccess(actor(['employee'], 'o2'), partnership)).toBe('totals');
    expect(mirrorAccess(actor(['org-admin'], 'o3'), partnership)).toBeUndefined();
    expect(mirrorAccess(actor(['platform-admin'], 'o3'), org)).toBe('full');
    expect(mirrorAccess(actor(['platform-admin'], 'o3'), partnership)).toBe('full');
  });
});
