import { HOUR_CAP_LIMITS } from '@klussenbank/domain';
import {
  Button,
  Heading2,
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, apiQuery, unwrap } from '../../api/client';
import { useFormat } from '../../i18n/useFormat';
import { apiErrorDetail, invalidParamsOf } from '../../shared/api-error';
import { Feedback, type FeedbackMessage } from '../../shared/Feedback';
import { LoadError } from '../../shared/LoadError';
import { SelectField, TextField } from '../../shared/form-fields';
import { useApiData } from '../../shared/useApiData';
import { parseHourCap } from './hour-cap-input';

/**
 * For line managers: their people's klus hours this month against their caps, and a form to set a
 * person's own (lower) cap. Shows nothing to someone who is nobody's line manager.
 */
export function TeamHourCaps() {
  const { t } = useTranslation();
  const format = useFormat();
  const team = useApiData(apiQuery('/me/team/hour-caps'));
  const [person, setPerson] = useState('');
  const [text, setText] = useState('');
  const [error, setError] = useState<string | undefined>(undefined);
  const [saving, setSaving] = useState(false);
  const [feedback, setFeedback] = useState<FeedbackMessage | null>(null);

  if (team.error !== undefined) {
    return (
      <section className="kb-section" aria-labelledby="team-hour-caps-heading">
        <Heading2 id="team-hour-caps-heading">{t('hourCap.teamHeading')}</Heading2>
        <LoadError error={team.error} onRetry={team.reload} />
      </section>
    );
  }
  const items = team.data?.items ?? [];
  if (items.length === 0) return null;
  const chosen = items.find((item) => item.userId === person) ?? items[0];

  async function save(event: FormEvent) {
    event.preventDefault();
    const parsed = parseHourCap(text);
    if ('error' in parsed) {
      setError(t('hourCap.invalid', { max: HOUR_CAP_LIMITS.max }));
      setFeedback(null);
      document.getElementById('personal-hour-cap')?.focus();
      return;
    }
    setError(undefined);
    setSaving(true);
    try {
      const saved = await unwrap(
        api.PUT('/users/{id}/hour-cap', {
          params: { path: { id: chosen.userId } },
          body: { hourCapPerMonth: parsed.value },
        }),
      );
      setText('');
      setFeedback({
        type: 'ok',
        text:
          saved.personalCap === null
            ? t('hourCap.personalSavedNone', { name: chosen.name })
            : t('hourCap.personalSaved', { name: chosen.name, cap: saved.personalCap }),
      });
      team.reload();
    } catch (failure) {
      const reasons = invalidParamsOf(failure).map((param) => param.reason);
      if (reasons.length) setError(reasons.join(' '));
      setFeedback({ type: 'error', text: apiErrorDetail(failure) ?? t('common.actionFailed') });
    } finally {
      setSaving(false);
    }
  }

  return (
    <section className="kb-section" aria-labelledby="team-hour-caps-heading">
      <Heading2 id="team-hour-caps-heading">{t('hourCap.teamHeading')}</Heading2>
      <Paragraph>{t('hourCap.teamIntro')}</Paragraph>
      <div className="kb-hour-cap-table">
        <Table>
          <TableCaption className="kb-visually-hidden">{t('hourCap.teamCaption')}</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t('hourCap.column.name')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('hourCap.column.planned')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('hourCap.column.cap')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {items.map((item) => (
              <TableRow key={item.userId}>
                <TableHeaderCell scope="row">{item.name}</TableHeaderCell>
                <TableCell>{t('hourCap.hours', { hours: format.number(item.plannedHours) })}</TableCell>
                <TableCell>
                  {item.cap === null
                    ? t('hourCap.noCap')
                    : item.personalCap !== null
                      ? t('hourCap.personalCap', { cap: item.cap })
                      : t('hourCap.organisationCap', { cap: item.cap })}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
      <form onSubmit={(event) => void save(event)} noValidate>
        <Feedback message={feedback} />
        <SelectField
          id="personal-hour-cap-person"
          label={t('hourCap.person')}
          value={chosen.userId}
          onChange={(event) => setPerson(event.currentTarget.value)}
        >
          {items.map((item) => (
            <option key={item.userId} value={item.userId}>
              {item.name}
            </option>
          ))}
        </SelectField>
        <TextField
          id="personal-hour-cap"
          label={t('hourCap.personalLabel')}
          description={
            chosen.organisationCap === null
              ? t('hourCap.personalDescriptionNoOrganisationCap')
              : t('hourCap.personalDescription', { cap: chosen.organisationCap })
          }
          error={error}
          inputMode="numeric"
          autoComplete="off"
          value={text}
          onChange={(event) => setText(event.currentTarget.value)}
        />
        <Button type="submit" appearance="primary-action-button" disabled={saving}>
          {t('hourCap.personalSave')}
        </Button>
      </form>
    </section>
  );
}
