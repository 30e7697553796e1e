import { HOUR_CAP_LIMITS, type HourCapMode } from '@klussenbank/domain';
import { Button, Heading3 } from '@utrecht/component-library-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import type { components } from '../../api/schema.gen';
import { apiErrorDetail, invalidParamsOf } from '../../shared/api-error';
import { Feedback, type FeedbackMessage } from '../../shared/Feedback';
import { RadioGroup, TextField } from '../../shared/form-fields';
import { parseHourCap } from './hour-cap-input';

type Organisation = components['schemas']['OrganisationDto'];

/**
 * The organisation's monthly cap of klus hours per employee (empty: none) and what happens to a
 * claim over it: refused, or let through with word to the line manager.
 */
export function HourCapSetting({
  organisation,
  onSaved,
}: {
  organisation: Organisation;
  onSaved: (saved: Organisation) => void;
}) {
  const { t } = useTranslation();
  // null: not touched, so the saved value shows.
  const [text, setText] = useState<string | null>(null);
  const [modeChoice, setModeChoice] = useState<HourCapMode | null>(null);
  const shown = text ?? (organisation.hourCapPerMonth == null ? '' : String(organisation.hourCapPerMonth));
  const mode = modeChoice ?? organisation.hourCapMode ?? 'refuse';
  const [error, setError] = useState<string | undefined>(undefined);
  const [saving, setSaving] = useState(false);
  const [feedback, setFeedback] = useState<FeedbackMessage | null>(null);

  async function save(event: FormEvent) {
    event.preventDefault();
    const parsed = parseHourCap(shown);
    if ('error' in parsed) {
      setError(t('hourCap.invalid', { max: HOUR_CAP_LIMITS.max }));
      setFeedback(null);
      document.getElementById('hour-cap-per-month')?.focus();
      return;
    }
    setError(undefined);
    setSaving(true);
    try {
      const saved = await unwrap(
        api.PATCH('/organisations/{id}', {
          params: { path: { id: organisation.id } },
          body: { hourCapPerMonth: parsed.value, hourCapMode: mode },
        }),
      );
      onSaved(saved);
      setText(null);
      setModeChoice(null);
      setFeedback({
        type: 'ok',
        text:
          saved.hourCapPerMonth === null
            ? t('hourCap.savedNone')
            : t(`hourCap.saved.${saved.hourCapMode}`, { cap: saved.hourCapPerMonth }),
      });
    } catch (failure) {
      const reasons = invalidParamsOf(failure).map((param) => param.reason);
      if (reasons.length) setError(reasons.join(' '));
      setFeedback({ type: 'error', text: apiErrorDetail(failure) ?? t('common.actionFailed') });
    } finally {
      setSaving(false);
    }
  }

  return (
    <form onSubmit={(event) => void save(event)} noValidate aria-labelledby="hour-cap-heading">
      <Heading3 id="hour-cap-heading">{t('hourCap.organisationHeading')}</Heading3>
      <Feedback message={feedback} />
      <TextField
        id="hour-cap-per-month"
        label={t('hourCap.organisationLabel')}
        description={t('hourCap.organisationDescription')}
        error={error}
        inputMode="numeric"
        autoComplete="off"
        value={shown}
        onChange={(event) => setText(event.currentTarget.value)}
      />
      <RadioGroup<HourCapMode>
        id="hour-cap-mode"
        name="hourCapMode"
        legend={t('hourCap.modeLegend')}
        options={[
          {
            value: 'refuse',
            label: t('hourCap.mode.refuse'),
            description: t('hourCap.modeDescription.refuse'),
          },
          { value: 'warn', label: t('hourCap.mode.warn'), description: t('hourCap.modeDescription.warn') },
        ]}
        value={mode}
        onChange={setModeChoice}
      />
      <Button type="submit" appearance="primary-action-button" disabled={saving}>
        {t('hourCap.organisationSave')}
      </Button>
    </form>
  );
}
