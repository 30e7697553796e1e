import { describe, expect, it } from 'vitest';
import { profileProblems } from './profiles.js';

describe('profileProblems', () => {
  const base = { locationPreference: 'any' as const, maxDistanceKm: null, skills: [], learningGoals: [] };

  it('accepts an empty profile', () => {
    expect(profileProblems(base)).toEqual([]);
  });

  it('asks a distance for "nearby"', () => {
    expect(profileProblems({ ...base, locationPreference: 'nearby' })).toEqual([
      { field: 'maxDistanceKm', problem: 'distance-required' },
    ]);
    expect(profileProblems({ ...base, locationPreference: 'nearby', maxDistanceKm: 20 })).toEqual([]);
  });

  it('refuses a learning goal for a skill held at expert level, and only that', () => {
    const skills = [
      { skillId: 'gis', level: 'expert' },
      { skillId: 'excel', level: 'basic' },
    ];
    expect(profileProblems({ ...base, skills, learningGoals: ['excel', 'gis'] })).toEqual([
      { field: 'learningGoals[1]', problem: 'goal-is-skill' },
    ]);
  });
});
