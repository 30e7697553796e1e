import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Actor } from './roles.js';
import {
  balanceOf,
  balances,
  canAnswerCorrection,
  canAnswerEntry,
  canSeeDispute,
  canSettleDispute,
  chainKey,
  completionEntries,
  correctionEntries,
  entriesFor,
  entryState,
  type LedgerEntry,
  ledgerView,
  pairMatrix,
  settlementEntries,
  withDisputes,
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
  | { op: 'correct'; pick: number; hours: number }
  | { op: 'dispute'; pick: number }
  | { op: 'settle'; pick: number; hours: number };

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
  fc.record({ op: fc.constant('dispute' as const), pick: fc.nat() }),
  fc.record({
    op: fc.constant('settle' as const),
    pick: fc.nat(),
    hours: fc.oneof(hoursArb, fc.constant(0)),
  }),
);

/**
 * Plays operations on an append-only log, checking after each step that nothing was changed or removed.
 * Answers the log with the entries of chains still in discussion flagged `disputed`.
 */
function play(ops: Op[]): LedgerEntry[] {
  const { log, open } = playWithDisputes(ops);
  return withDisputes(log, new Set(open.keys()));
}

function playWithDisputes(ops: Op[]): { log: LedgerEntry[]; open: Map<string, LedgerEntry> } {
  const log: LedgerEntry[] = [];
  const confirmed = new Set<string>();
  const answered = new Set<string>();
  const open = new Map<string, LedgerEntry>();
  const live = (e: LedgerEntry) => !log.some((r) => r.reversesId === e.id);
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
    } else if (step.op === 'dispute') {
      const corrections = log.filter((e) => e.kind === 'correction' && live(e) && !answered.has(e.id));
      const entry = corrections[step.pick % Math.max(corrections.length, 1)];
      if (!entry) continue;
      answered.add(entry.id);
      open.set(chainKey(entry), entry);
    } else if (step.op === 'settle') {
      const disputes = [...open.entries()];
      const picked = disputes[step.pick % Math.max(disputes.length, 1)];
      if (!picked) continue;
      open.delete(picked[0]);
      log.push(...settlementEntries(picked[1], step.hours, newId));
    } else {
      const recorded = log.filter((e) => e.kind === 'original' && !confirmed.has(e.id) && live(e));
      const entry = recorded[step.pick % Math.max(recorded.length, 1)];
      if (!entry) continue;
      if (step.op === 'confirm') confirmed.add(entry.id);
      else log.push(...correctionEntries(entry, step.hours, newId));
    }
    expect(log.slice(0, before.length)).toEqual(before);
  }
  return { log, open };
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
          expect(sum(all.map((b) => b.disputedGiven))).toBe(sum(all.map((b) => b.disputedReceived)));
        },
      ),
    );
  });

  it('keeps every balance and every matrix cell the sum of its entries', () => {
    fc.assert(
      fc.property(fc.array(opArb, { maxLength: 30 }), fc.boolean(), (ops, partnership) => {
        const entries = entriesFor(play(ops), partnership ? { partnershipId: 'p' } : {});
        const all = entries.filter((e) => e.givingOrganisationId !== e.receivingOrganisationId);
        const external = all.filter((e) => !e.disputed);
        const disputed = all.filter((e) => e.disputed);
        for (const org of ORGS) {
          const b = balanceOf(entries, org);
          expect(b.disputedGiven).toBe(
            sum(disputed.filter((e) => e.givingOrganisationId === org).map((e) => e.hours)),
          );
          expect(b.disputedReceived).toBe(
            sum(disputed.filter((e) => e.receivingOrganisationId === org).map((e) => e.hours)),
          );
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

describe('disputes', () => {
  it('keeps every hour: a dispute moves hours apart, a settlement brings the final figure back', () => {
    fc.assert(
      fc.property(fc.array(opArb, { maxLength: 40 }), (ops) => {
        const { log, open } = playWithDisputes(ops);
        const flagged = withDisputes(log, new Set(open.keys()));
        // In discussion or not, each hour is counted once: given + disputed is the plain sum.
        for (const org of ORGS) {
          const plain = balanceOf(log, org);
          const split = balanceOf(flagged, org);
          expect(sum([split.given, split.disputedGiven])).toBe(plain.given);
          expect(sum([split.received, split.disputedReceived])).toBe(plain.received);
        }
        // A chain nets to its latest figure: one live, non-reversal entry at most.
        const chains = new Map<string, LedgerEntry[]>();
        for (const e of log) chains.set(chainKey(e), [...(chains.get(chainKey(e)) ?? []), e]);
        for (const chain of chains.values()) {
          const current = chain.filter(
            (e) => e.kind !== 'reversal' && !chain.some((r) => r.reversesId === e.id),
          );
          expect(current.length).toBeLessThanOrEqual(1);
          expect(sum(chain.map((e) => e.hours))).toBe(current[0]?.hours ?? 0);
        }
      }),
    );
  });

  it('shows a settled dispute with its final hours and nothing apart', () => {
    let n = 0;
    const newId = () => `e${n++}`;
    const [original] = completionEntries(
      { id: 't', organisationId: 'a', partnershipId: null, completedOn: '2026-01-01' },
      [{ participantId: 'u', organisationId: 'b', hours: 8 }],
      newId,
    );
    const [reversal, correction] = correctionEntries(original, 6, newId);
    const log = [original, reversal, correction];
    expect(balanceOf(withDisputes(log, new Set([chainKey(original)])), 'b')).toMatchObject({
      given: 0,
      disputedGiven: 6,
    });
    const settled = [...log, ...settlementEntries(correction, 7, newId)];
    expect(settled.slice(3)).toMatchObject([
      { kind: 'reversal', reversesId: correction.id, hours: -6 },
      { kind: 'settlement', hours: 7 },
    ]);
    expect(balanceOf(settled, 'b')).toMatchObject({ given: 7, disputedGiven: 0 });
    expect(settlementEntries(correction, 6, newId)).toEqual([]);
    expect(settlementEntries(correction, 0, newId)).toMatchObject([{ kind: 'reversal', hours: -6 }]);
  });

  const created = new Date('2026-01-01T10:00:00Z');
  const correction = {
    kind: 'correction' as const,
    createdAt: created,
    reversed: false,
    confirmedAt: null,
    participantId: 'u',
    posterId: 'p',
    receivingOrganisationId: 'a',
    answered: false,
  };
  const poster: Actor = { id: 'p', organisationId: 'a', roles: ['employee'] };
  const posterAdmin: Actor = { id: 'x', organisationId: 'a', roles: ['employee', 'org-admin'] };
  const giverAdmin: Actor = { id: 'y', organisationId: 'b', roles: ['employee', 'org-admin'] };
  const otherAdmin: Actor = { id: 'z', organisationId: 'c', roles: ['employee', 'org-admin'] };
  const manager: Actor = { id: 'm', organisationId: 'a', roles: ['employee', 'manager'] };
  const platform: Actor = { id: 'q', organisationId: 'c', roles: ['employee', 'platform-admin'] };

  it('lets the poster or an org-admin of the posting organisation answer a correction, once, within 14 days', () => {
    expect(canAnswerCorrection(poster, correction, created)).toEqual({ ok: true });
    expect(canAnswerCorrection(posterAdmin, correction, created)).toEqual({ ok: true });
    for (const actor of [giverAdmin, otherAdmin, manager, platform])
      expect(canAnswerCorrection(actor, correction, created)).toEqual({
        ok: false,
        reason: 'not-the-poster',
      });
    expect(canAnswerCorrection({ ...posterAdmin, id: 'u' }, correction, created)).toEqual({
      ok: false,
      reason: 'not-the-poster',
    });
    expect(canAnswerCorrection(poster, { ...correction, kind: 'original' }, created)).toEqual({
      ok: false,
      reason: 'not-a-correction',
    });
    for (const facts of [{ answered: true }, { reversed: true }])
      expect(canAnswerCorrection(poster, { ...correction, ...facts }, created)).toEqual({
        ok: false,
        reason: 'correction-answered',
      });
    expect(canAnswerCorrection(poster, correction, new Date('2026-01-15T10:00:00Z'))).toEqual({
      ok: false,
      reason: 'correction-answered',
    });
  });

  it('lets the org-admins of both organisations settle, once; platform admins only look', () => {
    const dispute = { givingOrganisationId: 'b', receivingOrganisationId: 'a', settled: false };
    expect(canSettleDispute(posterAdmin, dispute)).toEqual({ ok: true });
    expect(canSettleDispute(giverAdmin, dispute)).toEqual({ ok: true });
    for (const actor of [poster, manager, otherAdmin, platform])
      expect(canSettleDispute(actor, dispute)).toEqual({ ok: false, reason: 'not-an-admin-of-either' });
    expect(canSettleDispute(giverAdmin, { ...dispute, settled: true })).toEqual({
      ok: false,
      reason: 'dispute-settled',
    });
    expect([posterAdmin, giverAdmin, platform].map((a) => canSeeDispute(a, dispute))).toEqual([
      true,
      true,
      true,
    ]);
    expect([poster, manager, otherAdmin].map((a) => canSeeDispute(a, dispute))).toEqual([
      false,
      false,
      false,
    ]);
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
