import { Button, DataBadge } from '@utrecht/component-library-react';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { SkillCombobox } from './SkillCombobox';
import { type ChosenSkill, sameSkill, withSkill } from './skill-choice';

interface SkillPickerProps {
  id: string;
  label: string;
  description?: string;
  error?: string;
  value: readonly ChosenSkill[];
  onChange: (skills: ChosenSkill[]) => void;
  /** A name the taxonomy does not have may be added, as a proposal for the organisation's admins. */
  allowProposals?: boolean;
  /** At most this many; with 1, a new choice replaces the old one (a filter). */
  max?: number;
  onBlur?: () => void;
}

/**
 * The one way skills are entered (klus, dossier, filters): the type-ahead of SkillCombobox, and the
 * chosen skills as a list of chips, each with a remove button named after its skill. A proposal is
 * marked as such, so nobody takes a new word for a skill of the taxonomy.
 */
export function SkillPicker({
  id,
  label,
  description,
  error,
  value,
  onChange,
  allowProposals = false,
  max,
  onBlur,
}: SkillPickerProps) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const single = max === 1;
  const full =
    !single && max !== undefined && value.length >= max ? t('skills.picker.full', { max }) : undefined;

  const add = (skill: ChosenSkill) => onChange(single ? [skill] : withSkill(value, skill));
  const remove = (skill: ChosenSkill) => {
    onChange(value.filter((s) => !sameSkill(s, skill)));
    // The button goes away with its chip; the focus goes back to where skills are typed.
    input.current?.focus();
  };

  return (
    <div className="kb-skill-field">
      <SkillCombobox
        id={id}
        label={label}
        description={description}
        error={error}
        inputRef={input}
        full={full}
        isChosen={(skillId) => value.some((s) => s.id === skillId)}
        onPick={(hit) => add({ id: hit.id, label: hit.label })}
        onPropose={allowProposals ? (name) => add({ id: null, label: name }) : undefined}
        onBlur={onBlur}
      />
      {value.length > 0 && (
        <ul className="kb-chips" aria-label={t('skills.picker.chosenList', { field: label })}>
          {value.map((skill) => (
            <li key={skill.id ?? `proposal-${skill.label}`} className="kb-chip">
              <span className="kb-chip__label">{skill.label}</span>
              {allowProposals && skill.id === null && (
                <DataBadge className="kb-badge">{t('skills.picker.proposal')}</DataBadge>
              )}
              <Button
                type="button"
                appearance="subtle-button"
                className="kb-chip__remove"
                aria-label={t('skills.picker.remove', { skill: skill.label })}
                onClick={() => remove(skill)}
              >
                <span aria-hidden="true">×</span>
              </Button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
