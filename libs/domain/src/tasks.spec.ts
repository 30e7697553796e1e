import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  canSeeTask,
  initialClaimStatus,
  isFinal,
  placesLeft,
  releasePlace,
  takePlace,
  type TaskAction,
  taskDatesProblem,
  type TaskState,
  TASK_STATUSES,
  transition,
} from './tasks.js';

const ACTIONS: TaskAction[] = ['publish', 'start', 'complete', 'cancel', 'expire'];
const LEGAL: Record<string, string> = {
  'draft publish': 'open|full',
  'draft cancel': 'cancelled',
  'open start': 'in-progress',
  'open cancel': 'cancelled',
  'open expire': 'expired',
  'full start': 'in-progress',
  'full cancel': 'cancelled',
  'full expire': 'expired',
  'in-progress complete': 'completed',
  'in-progress cancel': 'cancelled',
};

describe(transition.name, () => {
  it('allows exactly the transitions of the life of a klus', () => {
    for (const status of TASK_STATUSES) {
      for (const action of ACTIONS) {
        const result = transition({ status, capacity: 2, taken: 1 }, action, 'reden');
        const expected = LEGAL[`${status} ${action}`];
        if (expected) {
          expect(result.ok, `${status} ${action}`).toBe(true);
          if (result.ok) expect(expected.split('|')).toContain(result.status);
        } else {
          expect(result, `${status} ${action}`).toEqual({ ok: false, reason: 'illegal-transition' });
        }
      }
    }
  });

  it('never leaves a final state', () => {
    for (const status of TASK_STATUSES.filter(isFinal)) {
      for (const action of ACTIONS)
        expect(transition({ status, capacity: 1, taken: 0 }, action, 'x').ok).toBe(false);
    }
  });

  it('asks a reason to cancel and somebody on the klus to start', () => {
    expect(transition({ status: 'open', capacity: 1, taken: 0 }, 'cancel', '  ')).toEqual({
      ok: false,
      reason: 'reason-required',
    });
    expect(transition({ status: 'open', capacity: 1, taken: 0 }, 'start')).toEqual({
      ok: false,
      reason: 'nobody-on-it',
    });
  });
});

describe('capacity', () => {
  type Step = { kind: 'take' } | { kind: 'release' } | { kind: 'act'; action: TaskAction };
  const step: fc.Arbitrary<Step> = fc.oneof(
    fc.constant({ kind: 'take' as const }),
    fc.constant({ kind: 'release' as const }),
    fc.constantFrom(...ACTIONS).map((action) => ({ kind: 'act' as const, action })),
  );

  it('never exceeds capacity and never makes an illegal transition, for any sequence', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5 }), fc.array(step, { maxLength: 60 }), (capacity, steps) => {
        let task: TaskState = { status: 'draft', capacity, taken: 0 };
        for (const s of steps) {
          const before = task;
          if (s.kind === 'take') {
            const result = takePlace(task);
            if (result.ok) task = result.state;
            else expect(before.status !== 'open' || before.taken >= capacity).toBe(true);
          } else if (s.kind === 'release') {
            if (task.taken > 0 && !isFinal(task.status)) task = releasePlace(task);
          } else {
            const result = transition(task, s.action, 'reden');
            if (result.ok) {
              expect(LEGAL[`${before.status} ${s.action}`]).toBeDefined();
              task = { ...task, status: result.status };
            } else {
              expect(task).toBe(before);
            }
          }
          expect(task.taken).toBeLessThanOrEqual(capacity);
          expect(task.taken).toBeGreaterThanOrEqual(0);
          if (task.status === 'full') expect(task.taken).toBe(capacity);
          if (task.status === 'open') expect(task.taken).toBeLessThan(capacity);
          expect(placesLeft(task)).toBe(capacity - task.taken);
        }
      }),
    );
  });

  it('answers "full" for the place after the last one', () => {
    const result = takePlace({ status: 'open', capacity: 1, taken: 0 });
    expect(result.ok && result.state.status).toBe('full');
    if (result.ok) expect(takePlace(result.state)).toEqual({ ok: false, reason: 'full' });
  });
});

describe(initialClaimStatus.name, () => {
  it('takes instantly by default, waits for a choice or for consent otherwise', () => {
    expect(initialClaimStatus('instant', false)).toBe('active');
    expect(initialClaimStatus('instant', true)).toBe('awaiting-consent');
    expect(initialClaimStatus('application', false)).toBe('applied');
  });
});

describe(canSeeTask.name, () => {
  const base = { organisationId: 'oss', partnershipId: null, status: 'open' as const, posterId: 'p' };
  const viewer = (organisationId: string, ...partnerships: string[]) => ({
    id: 'v',
    organisationId,
    partnershipIds: new Set(partnerships),
  });

  it('shows a klus to its own organisation, and drafts only to the poster', () => {
    expect(canSeeTask({ ...base, visibility: 'organisation' }, viewer('oss'), new Set())).toBe(true);
    expect(canSeeTask({ ...base, visibility: 'organisation' }, viewer('zeist', 'x'), new Set(['x']))).toBe(
      false,
    );
    expect(
      canSeeTask({ ...base, visibility: 'all-partnerships', status: 'draft' }, viewer('oss'), new Set()),
    ).toBe(false);
    expect(
      canSeeTask(
        { ...base, visibility: 'organisation', status: 'draft' },
        { ...viewer('oss'), id: 'p' },
        new Set(),
      ),
    ).toBe(true);
  });

  it('shows a partnership klus to members of that partnership only', () => {
    const task = { ...base, visibility: 'partnership' as const, partnershipId: 'nas' };
    expect(canSeeTask(task, viewer('zeist', 'nas'), new Set(['nas', 'brabant']))).toBe(true);
    expect(canSeeTask(task, viewer('uden', 'brabant'), new Set(['nas', 'brabant']))).toBe(false);
  });

  it('shows an all-partnerships klus to every partner', () => {
    const task = { ...base, visibility: 'all-partnerships' as const };
    expect(canSeeTask(task, viewer('uden', 'brabant'), new Set(['nas', 'brabant']))).toBe(true);
    expect(canSeeTask(task, viewer('leiden', 'sleutelstad'), new Set(['nas', 'brabant']))).toBe(false);
  });
});

describe(taskDatesProblem.name, () => {
  it('wants the end on or after the start, within a year', () => {
    expect(taskDatesProblem('2026-12-01', '2026-12-01')).toBeNull();
    expect(taskDatesProblem('2026-12-02', '2026-12-01')).toBe('end-before-start');
    expect(taskDatesProblem('2026-01-01', '2027-06-01')).toBe('too-long');
  });
});
