import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  hoursFit,
  locationFit,
  type MatchCandidate,
  type MatchTask,
  rankMatches,
  scoreMatch,
} from './matching.js';
import { SKILL_LEVELS, type SkillLevel } from './skills.js';

const SKILLS = ['gis', 'excel', 'projectleiding', 'archief', 'b1', 'interviewen'].map((id) => ({
  id,
  label: id.toUpperCase(),
}));

const TASK: MatchTask = {
  posterId: 'poster',
  requiredSkills: SKILLS.slice(0, 2),
  niceToHaveSkills: SKILLS.slice(2, 3),
  learningSuitable: true,
  estimatedHours: 16,
  startDate: '2026-12-01',
  endDate: '2026-12-31',
  location: { type: 'remote' },
};

function candidate(overrides: Partial<MatchCandidate> = {}): MatchCandidate {
  return {
    userId: 'anna',
    skills: new Map(),
    learningGoals: new Set(),
    hoursPerMonth: null,
    locationPreference: 'any',
    maxDistanceKm: null,
    distanceKm: null,
    canSee: true,
    alreadyOn: false,
    ...overrides,
  };
}

const skillsOf = (entries: [string, SkillLevel][]) =>
  new Map(entries.map(([id, level]) => [id, { level, demonstrated: false }]));

describe('scoreMatch', () => {
  it('explains a match by the skills that made it', () => {
    const match = scoreMatch(
      TASK,
      candidate({
        skills: skillsOf([
          ['gis', 'expert'],
          ['projectleiding', 'basic'],
        ]),
        learningGoals: new Set(['excel']),
      }),
    );
    expect(match?.reasons).toEqual([
      { kind: 'required', skill: 'GIS', level: 'expert', demonstrated: false },
      { kind: 'nice-to-have', skill: 'PROJECTLEIDING', level: 'basic' },
      { kind: 'learning-goal', skill: 'EXCEL' },
    ]);
    expect(match?.score).toBeGreaterThan(0);
  });

  it('never matches the poster, someone who cannot see the klus, or someone already on it', () => {
    const skills = skillsOf([['gis', 'expert']]);
    expect(scoreMatch(TASK, candidate({ userId: 'poster', skills }))).toBeNull();
    expect(scoreMatch(TASK, candidate({ skills, canSee: false }))).toBeNull();
    expect(scoreMatch(TASK, candidate({ skills, alreadyOn: true }))).toBeNull();
  });

  it('needs a skill or a learning goal: hours and location alone are no match', () => {
    expect(scoreMatch(TASK, candidate({ hoursPerMonth: 40 }))).toBeNull();
    expect(scoreMatch(TASK, candidate({ skills: skillsOf([['b1', 'expert']]) }))).toBeNull();
  });

  it('counts learning goals only when the klus is suitable to learn', () => {
    const learner = candidate({ learningGoals: new Set(['gis']) });
    expect(scoreMatch(TASK, learner)?.reasons).toEqual([{ kind: 'learning-goal', skill: 'GIS' }]);
    expect(scoreMatch({ ...TASK, learningSuitable: false }, learner)).toBeNull();
  });

  it('ranks an expert above a beginner, and a demonstrated skill above a self-declared one', () => {
    const score = (level: SkillLevel, demonstrated = false) =>
      scoreMatch(TASK, candidate({ skills: new Map([['gis', { level, demonstrated }]]) }))?.score ?? 0;
    expect(score('expert')).toBeGreaterThan(score('advanced'));
    expect(score('advanced')).toBeGreaterThan(score('basic'));
    expect(score('basic', true)).toBeGreaterThan(score('basic'));
  });

  describe('properties', () => {
    const level = fc.constantFrom(...SKILL_LEVELS);
    const skillSet = fc.dictionary(fc.constantFrom(...SKILLS.map((s) => s.id)), level);
    const someCandidate = fc.record({
      skills: skillSet,
      goals: fc.uniqueArray(fc.constantFrom(...SKILLS.map((s) => s.id))),
      hours: fc.option(fc.integer({ min: 0, max: 160 })),
      preference: fc.constantFrom('remote' as const, 'nearby' as const, 'any' as const),
      distance: fc.option(fc.integer({ min: 0, max: 300 })),
      maxDistance: fc.option(fc.integer({ min: 0, max: 100 })),
    });
    const someTask = fc.record({
      required: fc.subarray(SKILLS),
      nice: fc.subarray(SKILLS),
      learningSuitable: fc.boolean(),
      hours: fc.integer({ min: 1, max: 400 }),
      location: fc.constantFrom('remote' as const, 'on-site' as const, 'hybrid' as const),
    });
    type TaskShape = typeof someTask extends fc.Arbitrary<infer T> ? T : never;
    const build = (t: TaskShape): MatchTask => ({
      ...TASK,
      requiredSkills: t.required,
      niceToHaveSkills: t.nice.filter((s) => !t.required.includes(s)),
      learningSuitable: t.learningSuitable,
      estimatedHours: t.hours,
      location: { type: t.location },
    });
    type CandidateShape = typeof someCandidate extends fc.Arbitrary<infer T> ? T : never;
    const person = (c: CandidateShape, skills = c.skills) =>
      candidate({
        skills: skillsOf(Object.entries(skills)),
        learningGoals: new Set(c.goals),
        hoursPerMonth: c.hours,
        locationPreference: c.preference,
        distanceKm: c.distance,
        maxDistanceKm: c.maxDistance,
      });

    it('more matching skills never lower a score', () => {
      fc.assert(
        fc.property(
          someTask,
          someCandidate,
          fc.constantFrom(...SKILLS.map((s) => s.id)),
          level,
          (t, c, extra, lvl) => {
            if (c.skills[extra] !== undefined) return;
            const task = build(t);
            const before = scoreMatch(task, person(c))?.score ?? 0;
            const after = scoreMatch(task, person(c, { ...c.skills, [extra]: lvl }))?.score ?? 0;
            expect(after).toBeGreaterThanOrEqual(before);
          },
        ),
      );
    });

    it('a higher level never lowers a score', () => {
      fc.assert(
        fc.property(someTask, someCandidate, (t, c) => {
          const task = build(t);
          const upgraded = Object.fromEntries(Object.keys(c.skills).map((id) => [id, 'expert' as const]));
          expect(scoreMatch(task, person(c, upgraded))?.score ?? 0).toBeGreaterThanOrEqual(
            scoreMatch(task, person(c))?.score ?? 0,
          );
        }),
      );
    });

    it('the poster never matches', () => {
      fc.assert(
        fc.property(someTask, someCandidate, (t, c) => {
          expect(scoreMatch(build(t), { ...person(c), userId: 'poster' })).toBeNull();
        }),
      );
    });

    it('reasons name exactly the matched skills, and scores stay within 0–100', () => {
      fc.assert(
        fc.property(someTask, someCandidate, (t, c) => {
          const task = build(t);
          const match = scoreMatch(task, person(c));
          const label = (id: string) => SKILLS.find((s) => s.id === id)!.label;
          const expected = [
            ...task.requiredSkills.filter((s) => c.skills[s.id]).map((s) => `required:${s.label}`),
            ...task.niceToHaveSkills.filter((s) => c.skills[s.id]).map((s) => `nice-to-have:${s.label}`),
            ...(task.learningSuitable
              ? [...task.requiredSkills, ...task.niceToHaveSkills]
                  .filter((s) => c.goals.includes(s.id))
                  .map((s) => `learning-goal:${label(s.id)}`)
              : []),
          ];
          if (expected.length === 0) {
            expect(match).toBeNull();
            return;
          }
          const named = match!.reasons.flatMap((r) => ('skill' in r ? [`${r.kind}:${r.skill}`] : []));
          expect(named).toEqual(expected);
          expect(match!.score).toBeGreaterThan(0);
          expect(match!.score).toBeLessThanOrEqual(100);
        }),
      );
    });
  });
});

describe('hoursFit', () => {
  const month = { estimatedHours: 20, startDate: '2026-12-01', endDate: '2026-12-30' };
  it('is full when the monthly hours cover the klus, partial when not, neutral when unknown', () => {
    expect(hoursFit(month, 20)).toBe(1);
    expect(hoursFit(month, 10)).toBe(0.5);
    expect(hoursFit(month, null)).toBe(0.5);
    expect(hoursFit(month, 0)).toBe(0);
    // Spread over three months, 20 hours need only about 7 a month.
    expect(hoursFit({ ...month, endDate: '2027-02-27' }, 7)).toBeCloseTo(1, 1);
  });
});

describe('locationFit', () => {
  const person = (locationPreference: 'remote' | 'nearby' | 'any', distanceKm: number | null = null) => ({
    locationPreference,
    maxDistanceKm: 25,
    distanceKm,
  });
  it('fits remote work to everybody and on-site work to those nearby or open to anything', () => {
    expect(locationFit('remote', person('remote'))).toBe(1);
    expect(locationFit('on-site', person('any'))).toBe(1);
    expect(locationFit('on-site', person('nearby', 10))).toBe(1);
    expect(locationFit('on-site', person('nearby', 40))).toBe(0);
    expect(locationFit('on-site', person('nearby', null))).toBe(0);
    expect(locationFit('on-site', person('remote'))).toBe(0);
    expect(locationFit('hybrid', person('remote'))).toBe(0.5);
  });
});

describe('rankMatches', () => {
  it('puts the best first and breaks ties by user id', () => {
    const m = (id: string, score: number) => ({ id, match: { score, reasons: [] } });
    expect(rankMatches([m('b', 10), m('c', 30), m('a', 10)]).map((x) => x.id)).toEqual(['c', 'a', 'b']);
  });
});
