import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canSeeHoursOf, inTeamView, teamHoursView } from './team-hours.js';

describe('team hours', () => {
  const manager = { id: 'm' };

  it('lets people see their own hours and their line manager see them, nobody else', () => {
    expect(canSeeHoursOf({ id: 'p' }, { id: 'p', lineManagerId: 'm' })).toBe(true);
    expect(canSeeHoursOf(manager, { id: 'p', lineManagerId: 'm' })).toBe(true);
    expect(canSeeHoursOf(manager, { id: 'q', lineManagerId: 'other' })).toBe(false);
    expect(canSeeHoursOf(manager, { id: 'q', lineManagerId: null })).toBe(false);
  });

  it('holds in a team view exactly the people the actor manages (property)', () => {
    const id = fc.constantFrom('a', 'b', 'c', 'd');
    fc.assert(
      fc.property(id, id, fc.option(id, { nil: null }), (actor, person, lineManagerId) => {
        const owner = { id: person, lineManagerId };
        const inView = inTeamView(teamHoursView({ id: actor }), owner);
        // Everything in the team view may be seen; the view never holds the actor's own hours.
        return (!inView || canSeeHoursOf({ id: actor }, owner)) && !(inView && person === actor);
      }),
    );
  });
});
