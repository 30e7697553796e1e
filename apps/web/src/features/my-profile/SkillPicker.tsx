import { Heading3 } from '@utrecht/component-library-react';
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { SkillCombobox } from '../skills/SkillCombobox';
import type { SkillRef } from './profile-api';

interface ProfileSkillPickerProps {
  id: string;
  heading: string;
  label: string;
  isAdded: (id: string) => boolean;
  /** Set when the list is full: the reason, read out instead of adding. */
  full?: string;
  onAdd: (skill: SkillRef) => void;
  inputRef?: Ref<HTMLInputElement>;
}

/**
 * Adding a skill or learning goal on Mijn profiel: the shared type-ahead (features/skills) under a
 * heading of its own. Only skills of the taxonomy: a profile takes no proposals. The page keeps the
 * list (with levels) and announces what was added.
 */
export function SkillPicker({ id, heading, label, isAdded, full, onAdd, inputRef }: ProfileSkillPickerProps) {
  const { t } = useTranslation();
  return (
    <div className="kb-skill-picker">
      <Heading3>{heading}</Heading3>
      <SkillCombobox
        id={id}
        label={label}
        description={t('profile.search.hint')}
        isChosen={isAdded}
        full={full}
        announceChoice={false}
        onPick={(skill) => onAdd({ id: skill.id, label: skill.label })}
        inputRef={inputRef}
      />
    </div>
  );
}
