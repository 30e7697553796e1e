import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  canReadEvaluation,
  canReadEvaluationSummary,
  evaluationPairs,
  evaluationReminderWindow,
  evaluationSummary,
  isEvaluationReminderDue,
  mayEvaluate,
} from './evaluations.js';
import type { Actor } from './roles.js';

const DAY = 86_400_000;
const actor = (id: string, organisationId: string, roles: Actor['roles']): Actor => ({
  id,
  organisationId,
  roles,
});

describe('evaluationPairs', () => {
  it('has the poster evaluate each participant and each participant the poster', () => {
    expect(evaluationPairs('p', ['a', 'b', 'a'])).toEqual([
      { authorId: 'p', subjectId: 'a' },
      { authorId: 'a', subjectId: 'p' },
      { authorId: 'p', subjectId: 'b' },
      { authorId: 'b', subjectId: 'p' },
    ]);
  });

  it('never pairs a person with themselves, and participants never evaluate each other', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('p', 'a', 'b', 'c')), (participants) => {
        const pairs = evaluationPairs('p', participants);
        expect(pairs.every((x) => x.authorId !== x.subjectId)).toBe(true);
        expect(pairs.every((x) => x.authorId === 'p' || x.subjectId === 'p')).toBe(true);
        expect(mayEvaluate('a', 'b', 'p', participants)).toBe(false);
      }),
    );
  });

  it('lets only the pairs evaluate', () => {
    expect(mayEvaluate('p', 'a', 'p', ['a'])).toBe(true);
    expect(mayEvaluate('a', 'p', 'p', ['a'])).toBe(true);
    expect(mayEvaluate('x', 'p', 'p', ['a'])).toBe(false);
    expect(mayEvaluate('p', 'x', 'p', ['a'])).toBe(false);
  });
});

describe('who reads evaluations', () => {
  const e = { authorId: 'a', subjectId: 's', authorLineManagerId: 'ma', subjectLineManagerId: null };

  it('shows one evaluation to the two people and their line managers only', () => {
    for (const id of ['a', 's', 'ma']) expect(canReadEvaluation({ id }, e)).toBe(true);
    for (const id of ['x', 'admin']) expect(canReadEvaluation({ id }, e)).toBe(false);
  });

  it('shows the aggregate to admins of the organisation and platform admins only', () => {
    expect(canReadEvaluationSummary(actor('1', 'o', ['employee', 'org-admin']), 'o')).toBe(true);
    expect(canReadEvaluationSummary(actor('1', 'o', ['employee', 'org-admin']), 'other')).toBe(false);
    expect(canReadEvaluationSummary(actor('1', 'o', ['employee', 'manager']), 'o')).toBe(false);
    expect(canReadEvaluationSummary(actor('1', 'x', ['employee', 'platform-admin']), 'o')).toBe(true);
  });
});

describe('evaluationSummary', () => {
  it('counts, averages and lists the texts without names, sorted, empty ones left out', () => {
    expect(
      evaluationSummary([
        { score: 4, wentWell: 'Zorgvuldig', couldBeBetter: null },
        { score: 5, wentWell: 'Snel', couldBeBetter: '  ' },
        { score: 2, wentWell: '', couldBeBetter: 'Planning' },
      ]),
    ).toEqual({
      count: 3,
      averageScore: 3.7,
      scores: { 1: 0, 2: 1, 3: 0, 4: 1, 5: 1 },
      wentWell: ['Snel', 'Zorgvuldig'],
      couldBeBetter: ['Planning'],
    });
    expect(evaluationSummary([]).averageScore).toBeNull();
  });

  it('keeps the average between 1 and 5 and the counts adding up', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 1 }), (scores) => {
        const s = evaluationSummary(scores.map((score) => ({ score, wentWell: null, couldBeBetter: null })));
        expect(s.averageScore).toBeGreaterThanOrEqual(1);
        expect(s.averageScore).toBeLessThanOrEqual(5);
        expect(Object.values(s.scores).reduce((a, b) => a + b, 0)).toBe(scores.length);
      }),
    );
  });
});

describe('the reminder', () => {
  const requested = new Date('2026-12-01T10:00:00Z');
  const at = (days: number) => new Date(requested.getTime() + days * DAY);

  it('is due from 7 days after the request, within the window, and only without an evaluation', () => {
    expect(isEvaluationReminderDue(requested, at(6.9), 0)).toBe(false);
    expect(isEvaluationReminderDue(requested, at(7), 0)).toBe(true);
    expect(isEvaluationReminderDue(requested, at(13.9), 0)).toBe(true);
    expect(isEvaluationReminderDue(requested, at(14), 0)).toBe(false);
    expect(isEvaluationReminderDue(requested, at(8), 1)).toBe(false);
  });

  it('has a scan window that agrees with the rule', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 30 * 24 }), (hours) => {
        const now = new Date(requested.getTime() + hours * 3_600_000);
        const { after, notAfter } = evaluationReminderWindow(now);
        const inWindow = requested > after && requested <= notAfter;
        expect(inWindow).toBe(isEvaluationReminderDue(requested, now, 0));
      }),
    );
  });
});
