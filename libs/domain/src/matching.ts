import type { SkillLevel } from './skills.js';
import type { LocationType } from './tasks.js';

/**
 * Matching: how well a person fits a klus, and why. Skills are a suggestion, never a gate: this
 * decides who hears about a klus and in what order recommendations come, not who may take it.
 */

export const LOCATION_PREFERENCES = ['remote', 'nearby', 'any'] as const;
export type LocationPreference = (typeof LOCATION_PREFERENCES)[number];

/** The skills of a klus, by id, with the label the reasons name. */
export interface MatchTask {
  readonly posterId: string;
  readonly requiredSkills: readonly MatchSkill[];
  readonly niceToHaveSkills: readonly MatchSkill[];
  readonly learningSuitable: boolean;
  readonly estimatedHours: number;
  readonly startDate: string;
  readonly endDate: string;
  readonly location: { readonly type: LocationType };
}

export interface MatchSkill {
  readonly id: string;
  readonly label: string;
}

export interface MatchCandidate {
  readonly userId: string;
  /** Self-declared or demonstrated skills, by skill id; demonstrated ones count one level higher. */
  readonly skills: ReadonlyMap<string, { readonly level: SkillLevel; readonly demonstrated: boolean }>;
  readonly learningGoals: ReadonlySet<string>;
  /** Hours a month available for klussen; null: not said. */
  readonly hoursPerMonth: number | null;
  readonly locationPreference: LocationPreference;
  readonly maxDistanceKm: number | null;
  /** Distance from the person's municipality to the klus's, when the klus is on site; null: unknown. */
  readonly distanceKm: number | null;
  /** Decided by the caller (visibility, claims): people who cannot see it or are on it never match. */
  readonly canSee: boolean;
  readonly alreadyOn: boolean;
}

export type MatchReason =
  | {
      readonly kind: 'required';
      readonly skill: string;
      readonly level: SkillLevel;
      readonly demonstrated: boolean;
    }
  | { readonly kind: 'nice-to-have'; readonly skill: string; readonly level: SkillLevel }
  | { readonly kind: 'learning-goal'; readonly skill: string }
  | { readonly kind: 'hours' }
  | { readonly kind: 'location' };

export interface Match {
  /** 0–100. */
  readonly score: number;
  readonly reasons: readonly MatchReason[];
}

/** How much a level counts towards a required skill; demonstrated skills count one level up. */
const LEVEL_WEIGHT: Record<SkillLevel, number> = { basic: 0.6, advanced: 0.85, expert: 1 };
const NEXT_LEVEL: Record<SkillLevel, SkillLevel> = {
  basic: 'advanced',
  advanced: 'expert',
  expert: 'expert',
};

/** The points each part can add; skills dominate, hours and location only order close candidates. */
export const MATCH_WEIGHTS = {
  required: 50,
  niceToHave: 15,
  learningGoal: 20,
  hours: 10,
  location: 5,
} as const;

function effectiveLevel(skill: { level: SkillLevel; demonstrated: boolean }): SkillLevel {
  return skill.demonstrated ? NEXT_LEVEL[skill.level] : skill.level;
}

/**
 * Scores one person for one klus and says why, or null when they must not be matched at all:
 * the poster, someone who cannot see the klus, someone already on it, or someone with no skill or
 * learning goal the klus asks for (hours and location alone never make a match).
 */
export function scoreMatch(task: MatchTask, candidate: MatchCandidate): Match | null {
  if (candidate.userId === task.posterId || !candidate.canSee || candidate.alreadyOn) return null;
  const reasons: MatchReason[] = [];
  let score = 0;

  if (task.requiredSkills.length > 0) {
    let covered = 0;
    for (const skill of task.requiredSkills) {
      const mine = candidate.skills.get(skill.id);
      if (!mine) continue;
      covered += LEVEL_WEIGHT[effectiveLevel(mine)];
      reasons.push({
        kind: 'required',
        skill: skill.label,
        level: mine.level,
        demonstrated: mine.demonstrated,
      });
    }
    score += (MATCH_WEIGHTS.required * covered) / task.requiredSkills.length;
  }

  if (task.niceToHaveSkills.length > 0) {
    let covered = 0;
    for (const skill of task.niceToHaveSkills) {
      const mine = candidate.skills.get(skill.id);
      if (!mine) continue;
      covered += LEVEL_WEIGHT[effectiveLevel(mine)];
      reasons.push({ kind: 'nice-to-have', skill: skill.label, level: mine.level });
    }
    score += (MATCH_WEIGHTS.niceToHave * covered) / task.niceToHaveSkills.length;
  }

  if (task.learningSuitable && candidate.learningGoals.size > 0) {
    let goals = 0;
    for (const skills of [task.requiredSkills, task.niceToHaveSkills])
      for (const skill of skills) {
        if (!candidate.learningGoals.has(skill.id)) continue;
        goals++;
        reasons.push({ kind: 'learning-goal', skill: skill.label });
      }
    if (goals > 0) {
      const all = task.requiredSkills.length + task.niceToHaveSkills.length;
      score += (MATCH_WEIGHTS.learningGoal * goals) / all;
    }
  }

  if (reasons.length === 0) return null;

  const hours = hoursFit(task, candidate.hoursPerMonth);
  score += MATCH_WEIGHTS.hours * hours;
  if (hours === 1 && candidate.hoursPerMonth !== null) reasons.push({ kind: 'hours' });

  const location = locationFit(task.location.type, candidate);
  score += MATCH_WEIGHTS.location * location;
  if (location === 1 && task.location.type !== 'remote') reasons.push({ kind: 'location' });

  return { score: Math.round(score * 10) / 10, reasons };
}

/** 1 when the person's monthly hours cover what the klus asks per month; 0.5 when unknown. */
export function hoursFit(
  task: Pick<MatchTask, 'estimatedHours' | 'startDate' | 'endDate'>,
  hoursPerMonth: number | null,
): number {
  if (hoursPerMonth === null) return 0.5;
  if (hoursPerMonth <= 0) return 0;
  return Math.min(1, hoursPerMonth / hoursAMonth(task));
}

/**
 * Scoring a klus for 20,000 people asks this 20,000 times: the dates are read once per klus object
 * (a MatchTask is read-only).
 */
const HOURS_A_MONTH = new WeakMap<object, number>();

/** The hours a month a klus asks: its estimate spread over its months (at least one). */
function hoursAMonth(task: Pick<MatchTask, 'estimatedHours' | 'startDate' | 'endDate'>): number {
  let value = HOURS_A_MONTH.get(task);
  if (value === undefined) {
    const days =
      (Date.parse(`${task.endDate}T00:00:00Z`) - Date.parse(`${task.startDate}T00:00:00Z`)) / 86_400_000;
    value = task.estimatedHours / Math.max(1, (days + 1) / 30);
    HOURS_A_MONTH.set(task, value);
  }
  return value;
}

/** Remote work suits everybody; on-site work suits "any", or "nearby" within the person's distance. */
export function locationFit(
  type: LocationType,
  candidate: Pick<MatchCandidate, 'locationPreference' | 'maxDistanceKm' | 'distanceKm'>,
): number {
  if (type === 'remote' || candidate.locationPreference === 'any') return 1;
  const partly = type === 'hybrid' ? 0.5 : 0;
  if (candidate.locationPreference === 'remote') return partly;
  const near =
    candidate.distanceKm !== null &&
    candidate.maxDistanceKm !== null &&
    candidate.distanceKm <= candidate.maxDistanceKm;
  return near ? 1 : partly;
}

/** Ranks scored people or klussen: highest score first, then by id so the order is stable. */
export function rankMatches<T extends { id: string; match: Match }>(scored: readonly T[]): T[] {
  return [...scored].sort((a, b) => b.match.score - a.match.score || a.id.localeCompare(b.id));
}
