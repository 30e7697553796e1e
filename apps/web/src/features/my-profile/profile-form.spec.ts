import { PROFILE_LIMITS } from '@klussenbank/domain';
import { describe, expect, it } from 'vitest';
import type { Profile, SkillRef } from './profile-api';
import {
  addGoal,
  addSkill,
  errorsFromInvalidParams,
  errorsInPageOrder,
  formFromProfile,
  hasErrors,
  isDirty,
  recheck,
  type ProfileFormValues,
  removeGoal,
  removeSkill,
  setLevel,
  toProfileInput,
  validateProfileForm,
} from './profile-form';

const GIS: SkillRef = { id: 'skill-gis', label: 'GIS' };
const PROJECTS: SkillRef = { id: 'skill-projects', label: 'Projectleiding' };
const POLICY: SkillRef = { id: 'skill-policy', label: 'Beleidsadvisering' };

const values = (overrides: Partial<ProfileFormValues> = {}): ProfileFormValues => ({
  skills: [{ skill: GIS, level: 'advanced' }],
  learningGoals: [PROJECTS],
  hoursPerMonth: '',
  locationPreference: 'any',
  maxDistanceKm: '',
  findableByPartners: false,
  ...overrides,
});

const refs = (count: number, prefix: string): SkillRef[] =>
  Array.from({ length: count }, (_, i) => ({ id: `${prefix}-${i}`, label: `${prefix} ${i}` }));

describe(validateProfileForm.name, () => {
  it('accepts a profile with nothing optional filled in', () => {
    expect(hasErrors(validateProfileForm(values()))).toBe(false);
    expect(hasErrors(validateProfileForm(values({ skills: [], learningGoals: [] })))).toBe(false);
  });

  it('takes whole hours from 0 to 160 a month', () => {
    expect(validateProfileForm(values({ hoursPerMonth: '0' })).fields).toEqual({});
    expect(validateProfileForm(values({ hoursPerMonth: ' 160 ' })).fields).toEqual({});
    expect(validateProfileForm(values({ hoursPerMonth: '161' })).fields.hoursPerMonth).toEqual({
      key: 'hoursRange',
      values: { max: PROFILE_LIMITS.hoursPerMonthMax },
    });
    for (const typed of ['-1', '2,5', '8 uur', '1e2'])
      expect(validateProfileForm(values({ hoursPerMonth: typed })).fields.hoursPerMonth, typed).toEqual({
        key: 'hoursInvalid',
      });
  });

  it('asks for a distance of 1 to 300 km with "nearby", and ignores it otherwise', () => {
    expect(validateProfileForm(values({ locationPreference: 'nearby' })).fields.maxDistanceKm).toEqual({
      key: 'distanceRequired',
    });
    expect(
      validateProfileForm(values({ locationPreference: 'nearby', maxDistanceKm: '0' })).fields.maxDistanceKm,
    ).toEqual({ key: 'distanceRange', values: { max: PROFILE_LIMITS.distanceKmMax } });
    expect(
      validateProfileForm(values({ locationPreference: 'nearby', maxDistanceKm: '301' })).fields
        .maxDistanceKm,
    ).toEqual({ key: 'distanceRange', values: { max: PROFILE_LIMITS.distanceKmMax } });
    expect(
      validateProfileForm(values({ locationPreference: 'nearby', maxDistanceKm: 'ver' })).fields
        .maxDistanceKm,
    ).toEqual({ key: 'distanceInvalid' });
    expect(validateProfileForm(values({ locationPreference: 'nearby', maxDistanceKm: '25' })).fields).toEqual(
      {},
    );
    expect(
      validateProfileForm(values({ locationPreference: 'remote', maxDistanceKm: 'ver' })).fields,
    ).toEqual({});
  });

  it('allows at most 40 skills and 15 learning goals', () => {
    const full = values({
      skills: refs(PROFILE_LIMITS.skillsMax, 's').map((skill) => ({ skill, level: 'basic' as const })),
      learningGoals: refs(PROFILE_LIMITS.learningGoalsMax, 'g'),
    });
    expect(hasErrors(validateProfileForm(full))).toBe(false);
    const over = validateProfileForm({
      ...full,
      skills: [...full.skills, { skill: GIS, level: 'basic' }],
      learningGoals: [...full.learningGoals, PROJECTS],
    });
    expect(over.fields).toEqual({
      skills: { key: 'tooManySkills', values: { max: 40 } },
      learningGoals: { key: 'tooManyGoals', values: { max: 15 } },
    });
  });

  it('refuses a learning goal for a skill held at expert level, on that goal', () => {
    const errors = validateProfileForm(
      values({ skills: [{ skill: GIS, level: 'expert' }], learningGoals: [PROJECTS, GIS] }),
    );
    expect(errors.goals).toEqual({ [GIS.id]: { key: 'goalIsExpert' } });
    expect(
      hasErrors(
        validateProfileForm(values({ skills: [{ skill: GIS, level: 'advanced' }], learningGoals: [GIS] })),
      ),
    ).toBe(false);
  });
});

describe(toProfileInput.name, () => {
  it('builds the body: numbers or null, a distance only with "nearby", ids in order', () => {
    expect(
      toProfileInput(
        values({
          skills: [
            { skill: GIS, level: 'expert' },
            { skill: POLICY, level: 'basic' },
          ],
          hoursPerMonth: ' 12 ',
          locationPreference: 'nearby',
          maxDistanceKm: '25',
        }),
      ),
    ).toEqual({
      hoursPerMonth: 12,
      locationPreference: 'nearby',
      maxDistanceKm: 25,
      skills: [
        { skillId: GIS.id, level: 'expert' },
        { skillId: POLICY.id, level: 'basic' },
      ],
      learningGoals: [PROJECTS.id],
      findableByPartners: false,
    });
    expect(toProfileInput(values({ locationPreference: 'remote', maxDistanceKm: '25' }))).toMatchObject({
      hoursPerMonth: null,
      maxDistanceKm: null,
    });
  });

  it('round-trips a loaded profile', () => {
    const profile: Profile = {
      hoursPerMonth: 8,
      locationPreference: 'nearby',
      maxDistanceKm: 30,
      municipality: 'Dordrecht',
      skills: [{ skill: GIS, level: 'advanced' }],
      demonstratedSkills: [],
      learningGoals: [PROJECTS],
      findableByPartners: true,
    };
    expect(toProfileInput(formFromProfile(profile))).toEqual({
      hoursPerMonth: 8,
      locationPreference: 'nearby',
      maxDistanceKm: 30,
      skills: [{ skillId: GIS.id, level: 'advanced' }],
      learningGoals: [PROJECTS.id],
      findableByPartners: true,
    });
  });
});

describe('editing the lists', () => {
  it('adds a skill once, at the basic level, and changes or removes it', () => {
    const added = addSkill(values(), POLICY);
    expect(added.skills).toEqual([
      { skill: GIS, level: 'advanced' },
      { skill: POLICY, level: 'basic' },
    ]);
    expect(addSkill(added, POLICY)).toBe(added);
    expect(setLevel(added, POLICY.id, 'expert').skills[1]).toEqual({ skill: POLICY, level: 'expert' });
    expect(removeSkill(added, GIS.id).skills).toEqual([{ skill: POLICY, level: 'basic' }]);
  });

  it('adds a learning goal once and removes it', () => {
    const added = addGoal(values(), GIS);
    expect(added.learningGoals).toEqual([PROJECTS, GIS]);
    expect(addGoal(added, GIS)).toBe(added);
    expect(removeGoal(added, PROJECTS.id).learningGoals).toEqual([GIS]);
  });

  it('knows when something changed since loading', () => {
    const loaded = values({ hoursPerMonth: '8' });
    expect(isDirty(loaded, { ...loaded, hoursPerMonth: ' 8 ' })).toBe(false);
    expect(isDirty(loaded, setLevel(loaded, GIS.id, 'expert'))).toBe(true);
    expect(isDirty(loaded, removeGoal(loaded, PROJECTS.id))).toBe(true);
    expect(isDirty(loaded, { ...loaded, maxDistanceKm: '10' })).toBe(false);
    expect(isDirty(loaded, { ...loaded, locationPreference: 'remote' })).toBe(true);
  });
});

describe(errorsFromInvalidParams.name, () => {
  it('puts each reason on the row or field it names, by the order that was sent', () => {
    const sent = values({
      skills: [
        { skill: GIS, level: 'advanced' },
        { skill: POLICY, level: 'basic' },
      ],
      learningGoals: [PROJECTS, GIS],
    });
    const errors = errorsFromInvalidParams(
      [
        { name: 'skills[1].skillId', code: 'unknown-skill', reason: 'Deze vaardigheid bestaat niet (meer).' },
        { name: 'skills[1].level', code: 'isIn', reason: 'Kies basis, gevorderd of expert.' },
        { name: 'learningGoals[1]', code: 'goal-is-skill', reason: 'Kies een ander leerdoel.' },
        { name: 'learningGoals', code: 'arrayUnique', reason: 'Elk leerdoel één keer.' },
        { name: 'hoursPerMonth', code: 'max', reason: 'Hoogstens 160 uur per maand.' },
        { name: 'maxDistanceKm', code: 'distance-required', reason: 'Vul de afstand in.' },
        { name: 'skills[7].level', code: 'isIn', reason: 'Onbekende rij.' },
        { name: 'body', code: 'isObject', reason: 'Stuur een JSON-object.' },
      ],
      sent,
    );
    expect(errors).toEqual({
      fields: {
        learningGoals: { text: 'Elk leerdoel één keer.' },
        hoursPerMonth: { text: 'Hoogstens 160 uur per maand.' },
        maxDistanceKm: { text: 'Vul de afstand in.' },
        skills: { text: 'Onbekende rij.' },
      },
      skills: { [POLICY.id]: { text: 'Deze vaardigheid bestaat niet (meer).' } },
      goals: { [GIS.id]: { text: 'Kies een ander leerdoel.' } },
      other: ['Stuur een JSON-object.'],
    });
    expect(errorsInPageOrder(errors, sent).map(({ place }) => place)).toEqual([
      { kind: 'field', field: 'skills' },
      { kind: 'skill', id: POLICY.id },
      { kind: 'field', field: 'learningGoals' },
      { kind: 'goal', id: GIS.id },
      { kind: 'field', field: 'hoursPerMonth' },
      { kind: 'field', field: 'maxDistanceKm' },
    ]);
  });
});

describe(recheck.name, () => {
  it('replaces our own errors for what changed and keeps the API’s reasons on rows', () => {
    const before = values({ skills: [{ skill: GIS, level: 'expert' }], learningGoals: [GIS, PROJECTS] });
    const errors = {
      ...validateProfileForm(before),
      skills: { [GIS.id]: { text: 'Deze vaardigheid bestaat niet (meer).' } },
      goals: { [GIS.id]: { key: 'goalIsExpert' as const }, [PROJECTS.id]: { text: 'Bestaat niet.' } },
      fields: { hoursPerMonth: { text: 'Hoogstens 160 uur per maand.' } },
    };
    const after = setLevel(before, GIS.id, 'advanced');
    expect(recheck(errors, after, 'lists')).toEqual({
      ...errors,
      goals: { [PROJECTS.id]: { text: 'Bestaat niet.' } },
    });
    expect(recheck(errors, { ...after, hoursPerMonth: '12' }, 'hoursPerMonth').fields).toEqual({});
    expect(recheck(errors, { ...after, hoursPerMonth: 'veel' }, 'hoursPerMonth').fields).toEqual({
      hoursPerMonth: { key: 'hoursInvalid' },
    });
  });
});
