import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  canChangeDossierStatus,
  canLeadDossier,
  changeRole,
  checkpointHeldTooEarly,
  checkpointReflectionMissing,
  dayInAmsterdam,
  DOSSIER_ROLES,
  DOSSIER_STATUSES,
  type DossierRole,
  type DossierStatus,
  enterTeam,
  type FindableCandidate,
  isDossierClosed,
  isFindableFor,
  joinStatus,
  leaveTeam,
  mayNameSuggestions,
  teamCapProblem,
  type TeamState,
} from './dossiers.js';

const team = (overrides: Partial<TeamState> = {}): TeamState => ({
  status: 'active',
  teamCap: null,
  teamSize: 1,
  trekkers: 1,
  ...overrides,
});

describe(canChangeDossierStatus.name, () => {
  it('allows exactly exploring → active → completed and stopping before the end', () => {
    const legal = new Set(['exploring active', 'exploring stopped', 'active completed', 'active stopped']);
    for (const from of DOSSIER_STATUSES) {
      for (const to of DOSSIER_STATUSES) {
        expect(canChangeDossierStatus(from, to), `${from} → ${to}`).toBe(legal.has(`${from} ${to}`));
      }
    }
  });

  it('calls completed and stopped closed', () => {
    expect(DOSSIER_STATUSES.filter(isDossierClosed)).toEqual(['completed', 'stopped']);
  });
});

describe(enterTeam.name, () => {
  it('lets people in until the cap, then answers dossier-full', () => {
    expect(enterTeam(team({ teamCap: 2, teamSize: 1 }), 'member')).toEqual({
      ok: true,
      state: team({ teamCap: 2, teamSize: 2 }),
    });
    expect(enterTeam(team({ teamCap: 2, teamSize: 2 }), 'member')).toEqual({
      ok: false,
      reason: 'dossier-full',
    });
  });

  it('has no limit without a cap, and none for a closed dossier', () => {
    expect(enterTeam(team({ teamSize: 500 }), 'adviser').ok).toBe(true);
    expect(enterTeam(team({ status: 'stopped' }), 'member')).toEqual({ ok: false, reason: 'dossier-closed' });
    expect(enterTeam(team({ status: 'completed' }), 'member')).toEqual({
      ok: false,
      reason: 'dossier-closed',
    });
  });

  it('counts a trekker who enters as one more trekker', () => {
    const result = enterTeam(team(), 'trekker');
    expect(result.ok && result.state.trekkers).toBe(2);
  });
});

describe('leaving and changing roles', () => {
  it('never lets the last trekker go or step down', () => {
    expect(leaveTeam(team(), 'trekker')).toEqual({ ok: false, reason: 'last-trekker' });
    expect(changeRole(team(), 'trekker', 'member')).toEqual({ ok: false, reason: 'last-trekker' });
    expect(leaveTeam(team({ trekkers: 2, teamSize: 2 }), 'trekker').ok).toBe(true);
    expect(leaveTeam(team({ teamSize: 2 }), 'member')).toEqual({
      ok: true,
      state: team({ teamSize: 1 }),
    });
  });

  it('keeps the team size when a role changes', () => {
    const result = changeRole(team({ teamSize: 3 }), 'member', 'trekker');
    expect(result).toEqual({ ok: true, state: team({ teamSize: 3, trekkers: 2 }) });
  });

  type Step =
    | { kind: 'enter'; role: DossierRole }
    | { kind: 'leave'; index: number }
    | { kind: 'role'; index: number; to: DossierRole };
  const role = fc.constantFrom(...DOSSIER_ROLES);
  const step: fc.Arbitrary<Step> = fc.oneof(
    role.map((r) => ({ kind: 'enter' as const, role: r })),
    fc.nat(40).map((index) => ({ kind: 'leave' as const, index })),
    fc.tuple(fc.nat(40), role).map(([index, to]) => ({ kind: 'role' as const, index, to })),
  );

  it('for any sequence of joins, leaves and role changes: at least one trekker, never over the cap', () => {
    fc.assert(
      fc.property(
        fc.option(fc.integer({ min: 1, max: 12 }), { nil: null }),
        fc.constantFrom<DossierStatus>('exploring', 'active'),
        fc.array(step, { maxLength: 80 }),
        (teamCap, status, steps) => {
          // The team as a list of roles, the founder a trekker; the rules see only the counts.
          let members: DossierRole[] = ['trekker'];
          let state: TeamState = { status, teamCap, teamSize: 1, trekkers: 1 };
          for (const s of steps) {
            if (s.kind === 'enter') {
              const result = enterTeam(state, s.role);
              if (result.ok) {
                state = result.state;
                members = [...members, s.role];
              }
            } else if (members.length > 0) {
              const index = s.index % members.length;
              const result =
                s.kind === 'leave'
                  ? leaveTeam(state, members[index])
                  : changeRole(state, members[index], s.to);
              if (result.ok) {
                state = result.state;
                members =
                  s.kind === 'leave'
                    ? members.filter((_, i) => i !== index)
                    : members.map((r, i) => (i === index ? s.to : r));
              }
            }
            expect(state.teamSize).toBe(members.length);
            expect(state.trekkers).toBe(members.filter((r) => r === 'trekker').length);
            expect(state.trekkers).toBeGreaterThanOrEqual(1);
            if (teamCap !== null) expect(state.teamSize).toBeLessThanOrEqual(Math.max(teamCap, 1));
          }
        },
      ),
    );
  });
});

describe('other rules', () => {
  it('refuses a cap under the current team size', () => {
    expect(teamCapProblem(3, 4)).toBe('below-team-size');
    expect(teamCapProblem(4, 4)).toBeNull();
    expect(teamCapProblem(null, 40)).toBeNull();
  });

  it('joins an open dossier at once and asks for the rest', () => {
    expect(joinStatus('open')).toBe('active');
    expect(joinStatus('on-request')).toBe('requested');
  });

  it('lets trekkers and platform admins lead, nobody else', () => {
    expect(canLeadDossier({ isTrekker: true, isPlatformAdmin: false })).toBe(true);
    expect(canLeadDossier({ isTrekker: false, isPlatformAdmin: true })).toBe(true);
    expect(canLeadDossier({ isTrekker: false, isPlatformAdmin: false })).toBe(false);
  });

  it('holds a checkpoint only with a reflection', () => {
    expect(checkpointReflectionMissing({ wentWell: '  ', chafed: null })).toBe(true);
    expect(checkpointReflectionMissing({ chafed: 'De planning schuurde.' })).toBe(false);
  });
});

describe(isFindableFor.name, () => {
  const trekker = { organisationId: 'zeist', isTrekker: true };
  const member = { organisationId: 'zeist', isTrekker: false };
  const person = (overrides: Partial<FindableCandidate> = {}): FindableCandidate => ({
    organisationId: 'oss',
    findableByPartners: false,
    organisationFindableWithin: true,
    ...overrides,
  });

  it('hides people of another organisation unless they chose to be findable (off by default)', () => {
    expect(isFindableFor(trekker, person())).toBe(false);
    expect(isFindableFor(trekker, person({ findableByPartners: true }))).toBe(true);
    // The other organisation's own setting is about its own people, not about partners.
    expect(
      isFindableFor(trekker, person({ findableByPartners: false, organisationFindableWithin: true })),
    ).toBe(false);
  });

  it('shows colleagues of the same organisation as the organisation decides (on by default)', () => {
    expect(isFindableFor(trekker, person({ organisationId: 'zeist' }))).toBe(true);
    expect(
      isFindableFor(trekker, person({ organisationId: 'zeist', organisationFindableWithin: false })),
    ).toBe(false);
    // The personal partner setting does not open the own organisation when it chose otherwise.
    expect(
      isFindableFor(
        trekker,
        person({ organisationId: 'zeist', organisationFindableWithin: false, findableByPartners: true }),
      ),
    ).toBe(false);
  });

  it('names nobody to a viewer who is not a trekker, whatever the settings', () => {
    expect(mayNameSuggestions(member)).toBe(false);
    expect(mayNameSuggestions(trekker)).toBe(true);
    fc.assert(
      fc.property(
        fc.boolean(),
        fc.boolean(),
        fc.constantFrom('zeist', 'oss'),
        (partners, within, organisationId) => {
          expect(
            isFindableFor(member, {
              organisationId,
              findableByPartners: partners,
              organisationFindableWithin: within,
            }),
          ).toBe(false);
        },
      ),
    );
  });
});

describe(checkpointHeldTooEarly.name, () => {
  it('refuses a checkpoint planned for a later day, allows it on and after its day', () => {
    expect(checkpointHeldTooEarly('2026-12-06', '2026-12-05')).toBe(true);
    expect(checkpointHeldTooEarly('2027-01-01', '2026-12-31')).toBe(true);
    expect(checkpointHeldTooEarly('2026-12-05', '2026-12-05')).toBe(false);
    expect(checkpointHeldTooEarly('2026-11-30', '2026-12-05')).toBe(false);
  });

  it('is too early exactly when the planned day comes after today', () => {
    const day = fc
      .date({ min: new Date('1900-01-01'), max: new Date('9999-12-31'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, day, (planned, today) => {
        expect(checkpointHeldTooEarly(planned, today)).toBe(new Date(planned) > new Date(today));
      }),
    );
  });
});

describe(dayInAmsterdam.name, () => {
  it('takes the day in the Netherlands, not in UTC', () => {
    // 23:30 UTC in winter is already the next day in Amsterdam (UTC+1), in summer (UTC+2) too.
    expect(dayInAmsterdam(new Date('2026-12-05T23:30:00Z'))).toBe('2026-12-06');
    expect(dayInAmsterdam(new Date('2026-06-30T22:30:00Z'))).toBe('2026-07-01');
    expect(dayInAmsterdam(new Date('2026-12-05T22:59:00Z'))).toBe('2026-12-05');
  });
});
