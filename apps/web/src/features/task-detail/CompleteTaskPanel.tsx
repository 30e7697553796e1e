import { Button, ButtonGroup, Fieldset, FieldsetLegend, Paragraph } from '@utrecht/component-library-react';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { CheckboxField, TextField } from '../../shared/form-fields';
import { parseDecimal } from '../../shared/numbers';
import type { TaskClaim } from '../tasks/task-api';

/** The API's bound on hours per participant. */
const ACTUAL_HOURS_MAX = 2000;
const HOURS = /^\d+([.,]\d)?$/;

interface CompleteTaskPanelProps {
  participants: readonly TaskClaim[];
  /** The klus's skills: the poster ticks those each participant showed (they become "aangetoond"). */
  skills: readonly { id: string; label: string }[];
  estimatedHours: number;
  busy: boolean;
  onComplete: (actualHours: { claimId: string; hours: number; demonstratedSkillIds: string[] }[]) => void;
  onCancel: () => void;
}

/** Completing a klus records the hours each participant actually spent (the hour balance builds on them). */
export function CompleteTaskPanel({
  participants,
  skills,
  estimatedHours,
  busy,
  onComplete,
  onCancel,
}: CompleteTaskPanelProps) {
  const { t } = useTranslation();
  const panel = useRef<HTMLFormElement>(null);
  const [hours, setHours] = useState<Record<string, string>>(() =>
    Object.fromEntries(participants.map((claim) => [claim.id, String(estimatedHours).replace('.', ',')])),
  );
  const [errors, setErrors] = useState<Record<string, string>>({});
  // Per participant, the skills the poster confirms; none ticked by default: confirming is a choice.
  const [shown, setShown] = useState<Record<string, string[]>>({});
  const toggle = (claimId: string, skillId: string, on: boolean) =>
    setShown((current) => {
      const rest = (current[claimId] ?? []).filter((id) => id !== skillId);
      return { ...current, [claimId]: on ? [...rest, skillId] : rest };
    });

  useEffect(() => {
    panel.current?.focus();
  }, []);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    const found: Record<string, string> = {};
    for (const claim of participants) {
      const value = hours[claim.id]?.trim() ?? '';
      if (value === '') found[claim.id] = t('complete.errors.required');
      else if (!HOURS.test(value)) found[claim.id] = t('complete.errors.invalid');
      else if (parseDecimal(value) > ACTUAL_HOURS_MAX)
        found[claim.id] = t('complete.errors.tooMany', { max: ACTUAL_HOURS_MAX });
    }
    flushSync(() => setErrors(found));
    const first = participants.find((claim) => found[claim.id]);
    if (first) {
      document.getElementById(`hours-${first.id}`)?.focus();
      return;
    }
    onComplete(
      participants.map((claim) => ({
        claimId: claim.id,
        hours: parseDecimal(hours[claim.id] ?? ''),
        demonstratedSkillIds: shown[claim.id] ?? [],
      })),
    );
  };

  return (
    <form
      ref={panel}
      tabIndex={-1}
      className="kb-panel"
      aria-labelledby="complete-question"
      noValidate
      onSubmit={submit}
    >
      <Paragraph id="complete-question" className="kb-panel__question">
        {t('complete.question')}
      </Paragraph>
      <Paragraph>{participants.length > 0 ? t('complete.explanation') : t('complete.nobody')}</Paragraph>
      {participants.map((claim) => (
        <div key={claim.id} className="kb-complete-participant">
          <TextField
            id={`hours-${claim.id}`}
            className="kb-field--short"
            inputMode="decimal"
            label={t('complete.hoursOf', { name: claim.user.name })}
            description={claim.user.organisation.name}
            value={hours[claim.id] ?? ''}
            onChange={(event) => setHours((current) => ({ ...current, [claim.id]: event.target.value }))}
            error={errors[claim.id]}
          />
          {skills.length > 0 && (
            <Fieldset className="kb-fieldset">
              <FieldsetLegend>{t('complete.skillsShownBy', { name: claim.user.name })}</FieldsetLegend>
              {skills.map((skill) => (
                <CheckboxField
                  key={skill.id}
                  id={`shown-${claim.id}-${skill.id}`}
                  label={skill.label}
                  checked={(shown[claim.id] ?? []).includes(skill.id)}
                  onChange={(event) => toggle(claim.id, skill.id, event.currentTarget.checked)}
                />
              ))}
            </Fieldset>
          )}
        </div>
      ))}
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button" busy={busy}>
          {t('complete.confirm')}
        </Button>
        <Button appearance="secondary-action-button" onClick={onCancel}>
          {t('common.back')}
        </Button>
      </ButtonGroup>
    </form>
  );
}
