import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Actor } from './roles.js';
import {
  answerNaming,
  applauseAction,
  canHideComment,
  canSeeSuccess,
  canShareSuccess,
  isNamed,
  NAMING_STATES,
  namedPeople,
  successMilestone,
  taskSuccessAudience,
} from './successes.js';

const actor = (id: string, organisationId: string, roles: Actor['roles'] = ['employee']): Actor => ({
  id,
  organisationId,
  roles,
});

describe('canShareSuccess', () => {
  it('lets the poster of a klus share it, and nobody else', () => {
    const task = { kind: 'task', status: 'completed', posterId: 'p' } as const;
    expect(canShareSuccess({ id: 'p' }, task)).toBe(true);
    expect(canShareSuccess({ id: 'x' }, task)).toBe(false);
  });

  it('lets a trekker of a dossier share it, not a member', () => {
    const dossier = { kind: 'dossier', status: 'active', trekkerIds: ['t1', 't2'] } as const;
    expect(canShareSuccess({ id: 't2' }, dossier)).toBe(true);
    expect(canShareSuccess({ id: 'member' }, dossier)).toBe(false);
  });
});

describe('successMilestone', () => {
  it('celebrates a completed klus only', () => {
    for (const status of ['open', 'full', 'in-progress', 'cancelled', 'expired', 'draft']) {
      expect(successMilestone({ kind: 'task', status, posterId: 'p' })).toBeNull();
    }
    expect(successMilestone({ kind: 'task', status: 'completed', posterId: 'p' })).toBe('task-completed');
  });

  it('celebrates a held checkpoint, or a completed dossier', () => {
    const dossier = { kind: 'dossier', trekkerIds: ['t'] } as const;
    expect(successMilestone({ ...dossier, status: 'active', checkpoint: { status: 'held' } })).toBe(
      'checkpoint-held',
    );
    expect(successMilestone({ ...dossier, status: 'active', checkpoint: { status: 'planned' } })).toBeNull();
    expect(successMilestone({ ...dossier, status: 'active' })).toBeNull();
    expect(successMilestone({ ...dossier, status: 'stopped' })).toBeNull();
    expect(successMilestone({ ...dossier, status: 'completed' })).toBe('dossier-completed');
  });
});

describe('naming consent', () => {
  it('names nobody who has not agreed', () => {
    expect(isNamed('asked')).toBe(false);
    expect(isNamed('declined')).toBe(false);
    expect(isNamed('agreed')).toBe(true);
  });

  it('follows the last answer, whatever came before (agree, then withdraw)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...NAMING_STATES),
        fc.array(fc.boolean(), { minLength: 1 }),
        (start, answers) => {
          const end = answers.reduce(answerNaming, start);
          expect(isNamed(end)).toBe(answers[answers.length - 1]);
        },
      ),
    );
  });

  it('keeps only the agreed people, in order', () => {
    const people = [
      { id: 'a', naming: 'agreed' as const },
      { id: 'b', naming: 'asked' as const },
      { id: 'c', naming: 'declined' as const },
      { id: 'd', naming: 'agreed' as const },
    ];
    expect(namedPeople(people).map((p) => p.id)).toEqual(['a', 'd']);
  });
});

describe('success visibility', () => {
  const viewer = (organisationId: string, partnerships: string[], roles: Actor['roles'] = ['employee']) => ({
    ...actor('v', organisationId, roles),
    partnershipIds: new Set(partnerships),
  });

  it('mirrors the klus: organisation only, its partnership, or every partnership of its organisation', () => {
    const task = { organisationId: 'o1', partnershipId: 'p1' };
    expect(taskSuccessAudience({ ...task, visibility: 'organisation' }, ['p1', 'p2'])).toEqual({
      organisationId: 'o1',
      partnershipIds: [],
    });
    expect(taskSuccessAudience({ ...task, visibility: 'partnership' }, ['p1', 'p2'])).toEqual({
      organisationId: 'o1',
      partnershipIds: ['p1'],
    });
    expect(taskSuccessAudience({ ...task, visibility: 'all-partnerships' }, ['p1', 'p2'])).toEqual({
      organisationId: 'o1',
      partnershipIds: ['p1', 'p2'],
    });
  });

  it('shows a success to its organisation and its partnerships, never to others but platform admins', () => {
    const audience = { organisationId: 'o1', partnershipIds: ['p1'] };
    expect(canSeeSuccess(viewer('o1', []), audience)).toBe(true);
    expect(canSeeSuccess(viewer('o2', ['p1']), audience)).toBe(true);
    expect(canSeeSuccess(viewer('o3', ['p2']), audience)).toBe(false);
    expect(canSeeSuccess(viewer('o3', ['p2'], ['employee', 'org-admin']), audience)).toBe(false);
    expect(canSeeSuccess(viewer('o3', [], ['employee', 'platform-admin']), audience)).toBe(true);
  });

  it('never shows an organisation-only success outside the organisation', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('p1', 'p2', 'p3')), fc.constantFrom('o2', 'o3'), (ps, org) => {
        expect(canSeeSuccess(viewer(org, ps), { organisationId: 'o1', partnershipIds: [] })).toBe(false);
      }),
    );
  });
});

describe('applause and comments', () => {
  it('toggles applause', () => {
    expect(applauseAction(false)).toBe('applaud');
    expect(applauseAction(true)).toBe('withdraw');
  });

  it('lets the author, the org-admins involved and platform admins hide a comment', () => {
    const comment = { authorId: 'a', authorOrganisationId: 'o2' };
    const involved = ['o1'];
    expect(canHideComment(actor('a', 'o2'), comment, involved)).toBe(true);
    expect(canHideComment(actor('b', 'o2'), comment, involved)).toBe(false);
    expect(canHideComment(actor('b', 'o2', ['employee', 'org-admin']), comment, involved)).toBe(true);
    expect(canHideComment(actor('c', 'o1', ['employee', 'org-admin']), comment, involved)).toBe(true);
    expect(canHideComment(actor('c', 'o1', ['employee', 'manager']), comment, involved)).toBe(false);
    expect(canHideComment(actor('d', 'o3', ['employee', 'org-admin']), comment, involved)).toBe(false);
    expect(canHideComment(actor('e', 'o9', ['employee', 'platform-admin']), comment, involved)).toBe(true);
  });
});
