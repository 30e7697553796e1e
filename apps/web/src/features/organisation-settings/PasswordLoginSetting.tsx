import { Button, ButtonGroup, Heading3, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import type { components } from '../../api/schema.gen';
import { apiErrorDetail, invalidParamsOf } from '../../shared/api-error';
import { ConfirmPanel } from '../../shared/ConfirmPanel';
import { Feedback, type FeedbackMessage } from '../../shared/Feedback';

type Organisation = components['schemas']['OrganisationDto'];

/**
 * Whether the organisation's people may sign in with a password. Switching it off (only possible
 * while single sign-on is set up; the API says so otherwise) asks first: from then on everybody but
 * the platform admins signs in through the organisation's identity provider.
 */
export function PasswordLoginSetting({
  organisation,
  onSaved,
}: {
  organisation: Organisation;
  onSaved: (saved: Organisation) => void;
}) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const [saving, setSaving] = useState(false);
  const [feedback, setFeedback] = useState<FeedbackMessage | null>(null);

  async function save(passwordLogin: boolean) {
    setSaving(true);
    try {
      const saved = await unwrap(
        api.PATCH('/organisations/{id}', {
          params: { path: { id: organisation.id } },
          body: { passwordLogin },
        }),
      );
      onSaved(saved);
      setFeedback({
        type: 'ok',
        text: t(
          saved.passwordLogin
            ? 'organisationSettings.passwordLoginSavedOn'
            : 'organisationSettings.passwordLoginSavedOff',
        ),
      });
    } catch (failure) {
      const reasons = invalidParamsOf(failure).map((param) => param.reason);
      setFeedback({
        type: 'error',
        text: reasons.length ? reasons.join(' ') : (apiErrorDetail(failure) ?? t('common.actionFailed')),
      });
    } finally {
      setSaving(false);
      setConfirming(false);
    }
  }

  return (
    <section aria-labelledby="password-login-heading">
      <Heading3 id="password-login-heading">{t('organisationSettings.passwordLoginHeading')}</Heading3>
      <Feedback message={feedback} />
      <Paragraph>
        {t(
          organisation.passwordLogin
            ? 'organisationSettings.passwordLoginOn'
            : 'organisationSettings.passwordLoginOff',
        )}{' '}
        {t('organisationSettings.passwordLoginDescription')}
      </Paragraph>
      {confirming ? (
        <ConfirmPanel
          question={t('organisationSettings.passwordLoginConfirm')}
          explanation={t('organisationSettings.passwordLoginConfirmExplanation')}
          confirmLabel={t('organisationSettings.passwordLoginSwitchOff')}
          busy={saving}
          danger
          onConfirm={() => void save(false)}
          onCancel={() => setConfirming(false)}
        />
      ) : (
        <ButtonGroup>
          {organisation.passwordLogin ? (
            <Button
              appearance="secondary-action-button"
              disabled={saving}
              onClick={() => setConfirming(true)}
            >
              {t('organisationSettings.passwordLoginSwitchOff')}
            </Button>
          ) : (
            <Button appearance="secondary-action-button" disabled={saving} onClick={() => void save(true)}>
              {t('organisationSettings.passwordLoginSwitchOn')}
            </Button>
          )}
        </ButtonGroup>
      )}
    </section>
  );
}
