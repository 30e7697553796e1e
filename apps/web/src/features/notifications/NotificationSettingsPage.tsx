import { Button, Paragraph } from '@utrecht/component-library-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiErrorDetail, invalidParamsOf } from '../../shared/api-error';
import { Feedback, type FeedbackMessage } from '../../shared/Feedback';
import { RadioGroup } from '../../shared/form-fields';
import { LoadError } from '../../shared/LoadError';
import { PageHeading } from '../../shared/PageHeading';
import { RouterLink } from '../../shared/router-links';
import { useApiData } from '../../shared/useApiData';
import { useDocumentTitle } from '../../shared/useDocumentTitle';
import { useMe } from '../auth/useMe';
import { MY_PROFILE_URL } from '../my-profile/profile-routes';
import { LoadingState } from '../../shared/LoadingState';
import {
  IN_APP_RHYTHMS,
  notificationPreferencesQuery,
  type NotificationPreferences,
  RHYTHMS,
  saveNotificationPreferences,
} from './notification-api';

/** /mijn-profiel/meldingen (linked from every e-mail): how often I hear of things, per channel. */
export function NotificationSettingsPage() {
  const { t } = useTranslation();
  const me = useMe();
  useDocumentTitle(t('notificationSettings.title'));
  const saved = useApiData(notificationPreferencesQuery());
  // Null: not touched, so the saved choice shows.
  const [choice, setChoice] = useState<NotificationPreferences | null>(null);
  const [saving, setSaving] = useState(false);
  const [feedback, setFeedback] = useState<FeedbackMessage | null>(null);
  const current = choice ?? saved.data;

  const choose = (change: Partial<NotificationPreferences>) => {
    if (!current) return;
    setChoice({ ...current, ...change });
    setFeedback(null);
  };

  const save = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!current || saving) return;
    setSaving(true);
    setFeedback(null);
    try {
      saved.replace(await saveNotificationPreferences(current));
      setChoice(null);
      setFeedback({ type: 'ok', text: t('notificationSettings.saved') });
    } catch (error) {
      const reasons = invalidParamsOf(error).map(({ reason }) => reason);
      const text = reasons.length > 0 ? reasons.join(' ') : apiErrorDetail(error);
      setFeedback({ type: 'error', text: text ?? t('notificationSettings.failed') });
    } finally {
      setSaving(false);
    }
  };

  return (
    <>
      <PageHeading>{t('notificationSettings.title')}</PageHeading>
      <Paragraph appearance="lead">{t('notificationSettings.intro')}</Paragraph>
      {current ? (
        <form className="kb-form" noValidate onSubmit={(event) => void save(event)}>
          <RadioGroup
            id="notify-inApp"
            name="inApp"
            legend={t('notificationSettings.inApp')}
            description={t('notificationSettings.inAppHint')}
            options={IN_APP_RHYTHMS.map((rhythm) => ({
              value: rhythm,
              label: t(`notificationSettings.rhythm.${rhythm}`),
            }))}
            value={current.inApp}
            onChange={(inApp) => choose({ inApp })}
          />
          <RadioGroup
            id="notify-email"
            name="email"
            legend={t('notificationSettings.email')}
            description={t('notificationSettings.emailHint', { email: me.email })}
            options={RHYTHMS.map((rhythm) => ({
              value: rhythm,
              label: t(`notificationSettings.rhythm.${rhythm}`),
            }))}
            value={current.email}
            onChange={(email) => choose({ email })}
          />
          <Feedback message={feedback} />
          <Button type="submit" appearance="primary-action-button" busy={saving}>
            {t('notificationSettings.save')}
          </Button>
        </form>
      ) : saved.loading ? (
        <LoadingState text={t('notificationSettings.loading')} />
      ) : (
        <LoadError error={saved.error} onRetry={saved.reload} />
      )}
      <Paragraph>
        <RouterLink to={MY_PROFILE_URL}>{t('notificationSettings.back')}</RouterLink>
      </Paragraph>
    </>
  );
}
