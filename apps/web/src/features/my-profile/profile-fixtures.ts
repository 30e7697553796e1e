import type { Page } from '../tasks/task-api';
import type { SkillHit } from '../skills/skill-api';
import type { Profile, SkillRef } from './profile-api';

/** Test data in the API's shapes. */
export const GIS: SkillRef = { id: '5a1c1b8e-0000-4000-8000-000000000001', label: 'GIS' };
export const PROJECTS: SkillRef = { id: '5a1c1b8e-0000-4000-8000-000000000002', label: 'Projectleiding' };
export const POLICY: SkillRef = { id: '5a1c1b8e-0000-4000-8000-000000000003', label: 'Beleidsadvisering' };
export const PLANNING: SkillRef = {
  id: '5a1c1b8e-0000-4000-8000-000000000004',
  label: 'Ruimtelijke ordening',
};

export function buildProfile(overrides: Partial<Profile> = {}): Profile {
  return {
    hoursPerMonth: 8,
    locationPreference: 'any',
    maxDistanceKm: null,
    municipality: 'Dordrecht',
    skills: [
      { skill: GIS, level: 'advanced' },
      { skill: POLICY, level: 'basic' },
    ],
    demonstratedSkills: [
      {
        skill: PLANNING,
        level: 'expert',
        task: { id: '7a1c1b8e-0000-4000-8000-000000000101', label: 'Bestemmingsplan Centrum doorlichten' },
        confirmedBy: 'Pieter Bakker',
      },
    ],
    learningGoals: [PROJECTS],
    findableByPartners: false,
    ...overrides,
  };
}

export function buildSkill(ref: SkillRef, overrides: Partial<SkillHit> = {}): SkillHit {
  return {
    id: ref.id,
    label: ref.label,
    labelNl: ref.label,
    labelEn: null,
    altLabels: [],
    escoUri: null,
    category: 'skill/competence',
    verified: true,
    status: 'accepted',
    matchedLabel: null,
    ...overrides,
  };
}

export function skillPage(items: SkillHit[], total = items.length): Page<SkillHit> {
  return { items, page: 1, pageSize: 8, total };
}
