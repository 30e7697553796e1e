import { describe, expect, it } from 'vitest';
import {
  changedDossierFields,
  dossierErrorsFromInvalidParams,
  type DossierFormValues,
  emptyDossierForm,
  toDossierInput,
  validateDossierForm,
} from './dossier-form';

const valid = (overrides: Partial<DossierFormValues> = {}): DossierFormValues => ({
  ...emptyDossierForm('p-1'),
  title: 'Samen inkopen jeugdzorg',
  goal: 'Eén inkoopstrategie.',
  startDate: '2026-12-01',
  ...overrides,
});

describe(validateDossierForm.name, () => {
  it('accepts a dossier with only what is required', () => {
    expect(validateDossierForm(valid())).toEqual({});
  });

  it('asks for title, goal, partnership and start date', () => {
    expect(validateDossierForm(emptyDossierForm())).toEqual({
      title: { key: 'titleRequired' },
      goal: { key: 'goalRequired' },
      partnershipId: { key: 'partnershipRequired' },
      startDate: { key: 'startDateRequired' },
    });
  });

  it('mirrors the API’s limits', () => {
    expect(
      validateDossierForm(
        valid({ title: 'x'.repeat(121), goal: 'x'.repeat(1_001), description: 'x'.repeat(10_001) }),
      ),
    ).toEqual({
      title: { key: 'titleTooLong', values: { max: 120 } },
      goal: { key: 'goalTooLong', values: { max: 1_000 } },
      description: { key: 'descriptionTooLong', values: { max: 10_000 } },
    });
    const many = Array.from({ length: 21 }, (_, i) => ({ id: `skill-${i}`, label: `Vaardigheid ${i}` }));
    expect(validateDossierForm(valid({ skills: many })).skills).toEqual({
      key: 'tooManySkills',
      values: { max: 20 },
    });
  });

  it('takes an end date on or after the start, and an optional whole team cap', () => {
    expect(validateDossierForm(valid({ endDate: '2026-12-01' }))).toEqual({});
    expect(validateDossierForm(valid({ endDate: '2026-11-30' })).endDate).toEqual({ key: 'endBeforeStart' });
    expect(validateDossierForm(valid({ teamCap: '2,5' })).teamCap).toEqual({ key: 'teamCapInvalid' });
    expect(validateDossierForm(valid({ teamCap: '201' })).teamCap).toEqual({
      key: 'teamCapRange',
      values: { max: 200 },
    });
    expect(validateDossierForm(valid({ teamCap: '3' }), 4).teamCap).toEqual({
      key: 'teamCapBelowTeam',
      values: { size: 4 },
    });
  });
});

describe(toDossierInput.name, () => {
  it('trims, leaves out what is empty, and sends chosen skills by id and proposals by name', () => {
    const skills = [
      { id: 'skill-inkoop', label: 'Inkoop' },
      { id: null, label: 'Jeugdzorg' },
    ];
    expect(toDossierInput(valid({ title: '  Samen  ', skills }))).toEqual({
      title: 'Samen',
      goal: 'Eén inkoopstrategie.',
      partnershipId: 'p-1',
      startDate: '2026-12-01',
      joinPolicy: 'open',
      skills: ['Jeugdzorg'],
      skillIds: ['skill-inkoop'],
    });
  });
});

describe(changedDossierFields.name, () => {
  it('sends only changes, and clears optional fields with null', () => {
    const inkoop = { id: 'skill-inkoop', label: 'Inkoop' };
    const before = valid({ endDate: '2027-01-01', teamCap: '10', skills: [inkoop] });
    expect(changedDossierFields(before, before)).toEqual({});
    expect(
      changedDossierFields(before, {
        ...before,
        endDate: '',
        teamCap: '',
        skills: [inkoop, { id: null, label: 'rapporteren' }],
        goal: 'Nieuw.',
      }),
    ).toEqual({
      goal: 'Nieuw.',
      endDate: null,
      teamCap: null,
      skills: ['rapporteren'],
      skillIds: ['skill-inkoop'],
    });
  });
});

describe(dossierErrorsFromInvalidParams.name, () => {
  it('puts reasons on their fields and keeps the rest apart', () => {
    expect(
      dossierErrorsFromInvalidParams([
        { name: 'skills.2', code: 'maxLength', reason: 'Te lang.' },
        { name: 'status', code: 'isIn', reason: 'Kies een status.' },
      ]),
    ).toEqual({ errors: { skills: { text: 'Te lang.' } }, other: ['Kies een status.'] });
  });
});
