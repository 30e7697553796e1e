import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Actor } from './roles.js';
import {
  balanceOf,
  balances,
  canAnswerEntry,
  completionEntries,
  correctionEntries,
  entriesFor,
  entryState,
  type LedgerEntry,
  ledgerView,
  pairMatrix,
} from './ledger.js';

const ORGS = ['a', 'b', 'c', 'd'];
const DAYS = ['2026-01-05', '2026-02-10', '2026-03-15', '2026-04-20'];
const hoursArb = fc.integer({ min: 1, max: 4000 }).map((cents) => cents / 100);

type Op =
  | {
      op: 'complete';
      poster: number;
      partnership: boolean;
      day: number;
      participants: { org: number; hours: number }[];
    }
  | { op: 'confirm'; pick: number }
  | { op: 'correct'; pick: number; hours: number };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({
    op: fc.constant('complete' as const),
    poster: fc.nat(ORGS.length - 1),
    partnership: fc.boolean(),
    day: fc.nat(DAYS.length - 1),
    participants: fc.array(fc.record({ org: fc.nat(ORGS.length - 1), hours: hoursArb }), {
      minLength: 1,
      maxLength: 4,
    }),
  }),
  fc.record({ op: fc.constant('confirm' as const), pick: fc.nat() }),
  fc.record({ op: fc.constant('correct' as const), pick: fc.nat(), hours: hoursArb }),
);

/** Plays operations on an append-only log, checking after each step that nothing was changed or removed. */
function play(ops: Op[]): LedgerEntry[] {
  const log: LedgerEntry[] = [];
  const confirmed = new Set<string>();
  let next = 0;
  const newId = () => `e${next++}`;
  for (const [i, step] of ops.entries()) {
    const before = log.map((e) => ({ ...e }));
    if (step.op === 'complete') {
      log.push(
        ...completionEntries(
          {
            id: `t${i}`,
            organisationId: ORGS[step.poster],
            partnershipId: step.partnership ? 'p' : null,
            completedOn: DAYS[step.day],
          },
          step.participants.map((p, j) => ({
            participantId: `u${i}-${j}`,
            organisationId: ORGS[p.org],
            hours: p.hours,
          })),
          newId,
        ),
      );
    } else {
      const open = log.filter(
        (e) => e.kind === 'original' && !confirmed.has(e.id) && !log.some((r) => r.reversesId === e.id),
      );
      const entry = open[step.pick % Math.max(open.length, 1)];
      if (!entry) continue;
      if (step.op === 'confirm') confirmed.add(entry.id);
      else log.push(...correctionEntries(entry, step.hours, newId));
    }
    expect(log.slice(0, before.length)).toEqual(before);
  }
  return log;
}

const sum = (xs: number[]) => Math.round(xs.reduce((a, b) => a + Math.round(b * 100), 0)) / 100 + 0;

describe('ledger', () => {
  it('gives as many hours as it receives, for any set of organisations and any period', () => {
    fc.assert(
      fc.property(
        fc.array(opArb, { maxLength: 30 }),
        fc.subarray(ORGS, { minLength: 1 }),
        fc.nat(DAYS.length - 1),
        fc.nat(DAYS.length - 1),
        (ops, orgs, i, j) => {
          const period = { from: DAYS[Math.min(i, j)], to: DAYS[Math.max(i, j)] };
          const among = entriesFor(play(ops), period).filter(
            (e) => orgs.includes(e.givingOrganisationId) && orgs.includes(e.receivingOrganisationId),
          );
          const all = balances(among);
          expect(sum(all.map((b) => b.given))).toBe(sum(all.map((b) => b.received)));
          expect(sum(all.map((b) => b.net))).toBe(0);
        },
      ),
    );
  });

  it('keeps every balance and every matrix cell the sum of its entries', () => {
    fc.assert(
      fc.property(fc.array(opArb, { maxLength: 30 }), fc.boolean(), (ops, partnership) => {
        const entries = entriesFor(play(ops), partnership ? { partnershipId: 'p' } : {});
        const external = entries.filter((e) => e.givingOrganisationId !== e.receivingOrganisationId);
        for (const org of ORGS) {
          const b = balanceOf(entries, org);
          expect(b.given).toBe(
            sum(external.filter((e) => e.givingOrganisationId === org).map((e) => e.hours)),
          );
          expect(b.received).toBe(
            sum(external.filter((e) => e.receivingOrganisationId === org).map((e) => e.hours)),
          );
        }
        for (const cell of pairMatrix(entries)) {
          expect(cell.hours).toBe(
            sum(
              external
                .filter(
                  (e) =>
                    e.givingOrganisationId === cell.givingOrganisationId &&
                    e.receivingOrganisationId === cell.receivingOrganisationId,
                )
                .map((e) => e.hours),
            ),
          );
        }
      }),
    );
  });

  it('replaces a corrected figure: balances count the correction, not the original', () => {
    fc.assert(
      fc.property(hoursArb, hoursArb, (first, second) => {
        let n = 0;
        const newId = () => `e${n++}`;
        const [original] = completionEntries(
          { id: 't', organisationId: 'a', partnershipId: null, completedOn: '2026-01-01' },
          [{ participantId: 'u', organisationId: 'b', hours: first }],
          newId,
        );
        const log = [original, ...correctionEntries(original, second, newId)];
        expect(balanceOf(log, 'b').given).toBe(second);
        expect(balanceOf(log, 'a').received).toBe(second);
        expect(log[1]).toMatchObject({ kind: 'reversal', reversesId: original.id, hours: -first });
      }),
    );
  });

  it('keeps internal hours out of balances and the matrix', () => {
    const flows = [{ givingOrganisationId: 'a', receivingOrganisationId: 'a', hours: 8 }];
    expect(balances(flows)).toEqual([]);
    expect(pairMatrix(flows)).toEqual([]);
  });

  it('shows disputed hours apart', () => {
    const b = balanceOf(
      [
        { givingOrganisationId: 'a', receivingOrganisationId: 'b', hours: 5 },
        { givingOrganisationId: 'a', receivingOrganisationId: 'b', hours: 3, disputed: true },
      ],
      'a',
    );
    expect(b).toMatchObject({ given: 5, disputedGiven: 3, net: 5 });
  });
});

describe(entryState.name, () => {
  const created = new Date('2026-01-01T10:00:00Z');
  const facts = { kind: 'original' as const, createdAt: created, reversed: false, confirmedAt: null };
  it('is recorded until the participant answers, and confirmed after 14 days', () => {
    expect(entryState(facts, new Date('2026-01-14T10:00:00Z'))).toBe('recorded');
    expect(entryState(facts, new Date('2026-01-15T10:00:00Z'))).toBe('confirmed');
    expect(entryState({ ...facts, confirmedAt: created }, created)).toBe('confirmed');
    expect(entryState({ ...facts, reversed: true }, created)).toBe('corrected');
    expect(entryState({ ...facts, inDiscussion: true }, created)).toBe('in-discussion');
    expect(entryState({ ...facts, kind: 'correction' }, created)).toBe('confirmed');
  });

  it('lets only the participant answer, and only while recorded', () => {
    const actor: Actor = { id: 'u', organisationId: 'b', roles: ['employee'] };
    const entry = { ...facts, participantId: 'u' };
    expect(canAnswerEntry(actor, entry, created)).toEqual({ ok: true });
    expect(canAnswerEntry({ ...actor, id: 'x' }, entry, created)).toEqual({
      ok: false,
      reason: 'not-the-participant',
    });
    expect(canAnswerEntry(actor, { ...entry, reversed: true }, created)).toEqual({
      ok: false,
      reason: 'entry-settled',
    });
    expect(canAnswerEntry(actor, entry, new Date('2026-02-01'))).toEqual({
      ok: false,
      reason: 'entry-settled',
    });
  });
});

describe(ledgerView.name, () => {
  const employee: Actor = { id: 'e', organisationId: 'a', roles: ['employee'] };
  const admin: Actor = { id: 'x', organisationId: 'a', roles: ['employee', 'org-admin'] };
  const platform: Actor = { id: 'p', organisationId: 'z', roles: ['employee', 'platform-admin'] };
  it('gives org-admins their organisation, member admins the partnership, platform admins all', () => {
    expect(ledgerView(employee, {})).toEqual({ ok: false });
    expect(ledgerView(admin, {})).toEqual({ ok: true, view: { kind: 'organisation', organisationId: 'a' } });
    expect(ledgerView(admin, { organisationId: 'b' })).toEqual({ ok: false });
    expect(ledgerView(admin, { partnershipId: 'p', memberOrganisationIds: ['a', 'b'] })).toMatchObject({
      ok: true,
    });
    expect(ledgerView(admin, { partnershipId: 'p', memberOrganisationIds: ['b'] })).toEqual({ ok: false });
    expect(ledgerView(employee, { partnershipId: 'p', memberOrganisationIds: ['a'] })).toEqual({ ok: false });
    expect(ledgerView(platform, {})).toEqual({ ok: true, view: { kind: 'all' } });
    expect(ledgerView(platform, { organisationId: 'b' })).toMatchObject({ ok: true });
  });
});
