import type { LocationPreference } from './matching.js';

/** Bounds of a profile: enough for anybody's real skills, small enough to keep matching cheap. */
export const PROFILE_LIMITS = {
  skillsMax: 40,
  learningGoalsMax: 15,
  hoursPerMonthMax: 160,
  distanceKmMax: 300,
} as const;

export type ProfileProblem = 'distance-required' | 'goal-is-skill';

/**
 * Rules across fields: "nearby" needs a distance; a learning goal is a skill you do not have yet
 * at expert level (wanting to learn what you master is a slip of the hand).
 */
export function profileProblems(profile: {
  locationPreference: LocationPreference;
  maxDistanceKm: number | null;
  skills: readonly { skillId: string; level: string }[];
  learningGoals: readonly string[];
}): { field: string; problem: ProfileProblem }[] {
  const problems: { field: string; problem: ProfileProblem }[] = [];
  if (profile.locationPreference === 'nearby' && profile.maxDistanceKm === null) {
    problems.push({ field: 'maxDistanceKm', problem: 'distance-required' });
  }
  const experts = new Set(profile.skills.filter((s) => s.level === 'expert').map((s) => s.skillId));
  profile.learningGoals.forEach((goal, index) => {
    if (experts.has(goal)) problems.push({ field: `learningGoals[${index}]`, problem: 'goal-is-skill' });
  });
  return problems;
}
