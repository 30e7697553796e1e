import { TASK_LIMITS } from '@klussenbank/domain';
import { describe, expect, it } from 'vitest';
import { buildTaskDetail } from '../tasks/task-fixtures';
import {
  changedFields,
  emptyTaskForm,
  errorsFromInvalidParams,
  formFromTask,
  type TaskFormValues,
  toTaskInput,
  validateTaskForm,
} from './task-form';

const valid = (overrides: Partial<TaskFormValues> = {}): TaskFormValues => ({
  ...emptyTaskForm(),
  title: 'Bestemmingsplan doorlichten',
  description: 'Loop het plan na.',
  estimatedHours: '16',
  startDate: '2026-12-01',
  endDate: '2027-01-31',
  ...overrides,
});

describe(validateTaskForm.name, () => {
  it('accepts a complete klus', () => {
    expect(validateTaskForm(valid())).toEqual({});
  });

  it('names every missing required field at once', () => {
    expect(Object.keys(validateTaskForm(emptyTaskForm()))).toEqual([
      'title',
      'description',
      'estimatedHours',
      'startDate',
      'endDate',
    ]);
  });

  it('mirrors the API’s bounds on title, hours and places', () => {
    const errors = validateTaskForm(
      valid({
        title: 'x'.repeat(TASK_LIMITS.titleMax + 1),
        estimatedHours: String(TASK_LIMITS.hoursMax + 1),
        capacity: String(TASK_LIMITS.capacityMax + 1),
      }),
    );
    expect(errors).toEqual({
      title: { key: 'titleTooLong', values: { max: TASK_LIMITS.titleMax } },
      estimatedHours: { key: 'hoursTooMany', values: { max: TASK_LIMITS.hoursMax } },
      capacity: { key: 'capacityRange', values: { max: TASK_LIMITS.capacityMax } },
    });
    expect(validateTaskForm(valid({ estimatedHours: '0' })).estimatedHours).toEqual({ key: 'hoursTooFew' });
    expect(validateTaskForm(valid({ estimatedHours: '2,25' })).estimatedHours).toEqual({
      key: 'hoursInvalid',
    });
    expect(validateTaskForm(valid({ estimatedHours: '2,5', capacity: '1' }))).toEqual({});
    expect(validateTaskForm(valid({ capacity: '1.5' })).capacity).toEqual({ key: 'capacityInvalid' });
  });

  it('uses the domain’s date rule: no end before the start, no klus longer than a year', () => {
    expect(validateTaskForm(valid({ startDate: '2026-12-10', endDate: '2026-12-09' })).endDate).toEqual({
      key: 'endBeforeStart',
    });
    expect(validateTaskForm(valid({ startDate: '2026-12-10', endDate: '2026-12-10' }))).toEqual({});
    expect(validateTaskForm(valid({ startDate: '2026-01-01', endDate: '2027-06-01' })).endDate).toEqual({
      key: 'tooLong',
      values: { max: TASK_LIMITS.durationDaysMax },
    });
  });

  it('asks for a municipality on site and hybrid, and a partnership when only one may see it', () => {
    expect(validateTaskForm(valid({ locationType: 'hybrid' })).municipality).toEqual({
      key: 'municipalityRequired',
    });
    expect(validateTaskForm(valid({ locationType: 'remote' })).municipality).toBeUndefined();
    expect(validateTaskForm(valid({ visibility: 'partnership' })).partnershipId).toEqual({
      key: 'partnershipRequired',
    });
  });

  it('limits the number of skills', () => {
    const many = Array.from({ length: TASK_LIMITS.skillsMax + 1 }, (_, i) => ({
      id: null,
      label: `vaardigheid ${i}`,
    }));
    expect(validateTaskForm(valid({ requiredSkills: many })).requiredSkills).toEqual({
      key: 'tooManySkills',
      values: { max: TASK_LIMITS.skillsMax },
    });
  });
});

describe(toTaskInput.name, () => {
  it('builds the API body: Dutch decimals, a place only when on site, a partnership only when chosen', () => {
    expect(
      toTaskInput(
        valid({
          estimatedHours: '2,5',
          requiredSkills: [
            { id: 'skill-gis', label: 'GIS' },
            { id: null, label: ' kaarten  maken ' },
          ],
          locationType: 'remote',
          municipality: 'Zeist',
          visibility: 'all-partnerships',
          partnershipId: 'p1',
        }),
      ),
    ).toEqual({
      title: 'Bestemmingsplan doorlichten',
      description: 'Loop het plan na.',
      requiredSkills: ['kaarten maken'],
      requiredSkillIds: ['skill-gis'],
      niceToHaveSkills: [],
      niceToHaveSkillIds: [],
      estimatedHours: 2.5,
      startDate: '2026-12-01',
      endDate: '2027-01-31',
      location: { type: 'remote' },
      capacity: 1,
      claimMode: 'instant',
      visibility: 'all-partnerships',
      learningSuitable: false,
    });
    expect(
      toTaskInput(
        valid({
          locationType: 'on-site',
          municipality: ' Zeist ',
          visibility: 'partnership',
          partnershipId: 'p1',
        }),
      ),
    ).toMatchObject({ location: { type: 'on-site', municipality: 'Zeist' }, partnershipId: 'p1' });
  });
});

describe(changedFields.name, () => {
  it('sends only what changed, and visibility together with its partnership', () => {
    const task = buildTaskDetail();
    const before = toTaskInput(formFromTask(task));
    expect(changedFields(before, toTaskInput(formFromTask(task)))).toEqual({});
    expect(changedFields(before, toTaskInput({ ...formFromTask(task), title: 'Nieuw' }))).toEqual({
      title: 'Nieuw',
    });
    expect(
      changedFields(
        before,
        toTaskInput({ ...formFromTask(task), visibility: 'partnership', partnershipId: 'p1' }),
      ),
    ).toEqual({ visibility: 'partnership', partnershipId: 'p1' });
  });

  it('sends a skill list whole: its chosen ids with its proposed names', () => {
    const task = buildTaskDetail();
    const form = formFromTask(task);
    const before = toTaskInput(form);
    const after = toTaskInput({
      ...form,
      niceToHaveSkills: [...form.niceToHaveSkills, { id: null, label: 'rapporteren' }],
    });
    expect(changedFields(before, after)).toEqual({
      niceToHaveSkills: ['rapporteren'],
      niceToHaveSkillIds: before.niceToHaveSkillIds,
    });
  });
});

describe(errorsFromInvalidParams.name, () => {
  it('puts the API’s reasons on the fields, nested names included, and keeps the rest apart', () => {
    expect(
      errorsFromInvalidParams([
        { name: 'location.municipality', code: 'length', reason: 'Vul de gemeente in.' },
        { name: 'requiredSkills.2', code: 'maxLength', reason: 'Te lang.' },
        {
          name: 'niceToHaveSkillIds[1]',
          code: 'unknown-skill',
          reason: 'Deze vaardigheid bestaat niet (meer).',
        },
        { name: 'dossierId', code: 'isUuid', reason: 'Onbekend dossier.' },
      ]),
    ).toEqual({
      errors: {
        municipality: { text: 'Vul de gemeente in.' },
        requiredSkills: { text: 'Te lang.' },
        niceToHaveSkills: { text: 'Deze vaardigheid bestaat niet (meer).' },
      },
      other: ['Onbekend dossier.'],
    });
  });
});
