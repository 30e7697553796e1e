import { normaliseLabel } from '@klussenbank/domain';
import type { SkillHit } from './skill-api';

/**
 * A skill chosen in a form: a skill of the taxonomy by id, or (id null) a name that is not in it yet,
 * which the API keeps as a private proposal for the organisation's admins.
 */
export interface ChosenSkill {
  id: string | null;
  label: string;
}

/** The longest skill name the API takes (klussen and dossiers). */
export const SKILL_NAME_MAX = 80;

/** The same skill twice: the same id, or the same proposed name (case and accents ignored). */
export function sameSkill(a: ChosenSkill, b: ChosenSkill): boolean {
  return a.id !== null || b.id !== null ? a.id === b.id : normaliseLabel(a.label) === normaliseLabel(b.label);
}

/** Adds a skill unless it is already there. */
export function withSkill(skills: readonly ChosenSkill[], skill: ChosenSkill): ChosenSkill[] {
  return skills.some((s) => sameSkill(s, skill)) ? [...skills] : [...skills, skill];
}

/**
 * Whether typed text may still become a proposal: not empty, not too long, and not already a label
 * (preferred or the synonym that matched) of one of the suggestions — then that skill is the choice.
 */
export function canPropose(text: string, hits: readonly SkillHit[]): boolean {
  const key = normaliseLabel(text);
  if (key === '' || text.trim().length > SKILL_NAME_MAX) return false;
  return !hits.some((hit) =>
    [hit.label, hit.labelNl, hit.labelEn, hit.matchedLabel, ...hit.altLabels].some(
      (label) => label !== null && normaliseLabel(label) === key,
    ),
  );
}

/** The names and ids for the API: chosen skills by id, proposals by name. */
export function splitChosen(skills: readonly ChosenSkill[]): { ids: string[]; names: string[] } {
  return {
    ids: skills.flatMap((s) => (s.id === null ? [] : [s.id])),
    names: skills.flatMap((s) => (s.id === null ? [s.label.trim().replace(/\s+/g, ' ')] : [])),
  };
}
