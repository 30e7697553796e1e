import { Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, apiQuery, unwrap } from '../../api/client';
import { Feedback, type FeedbackMessage } from '../../shared/Feedback';
import { LoadError } from '../../shared/LoadError';
import { CheckboxField } from '../../shared/form-fields';
import { useApiData } from '../../shared/useApiData';
import { apiErrorDetail } from '../../shared/api-error';
import { EmailDomainsSetting } from './EmailDomainsSetting';
import { HourCapSetting } from './HourCapSetting';
import { PasswordLoginSetting } from './PasswordLoginSetting';

const organisationPath = (id: string) => ({ params: { path: { id } } });

/**
 * An organisation's settings, shown to its own admins: whether its employees' claims wait for their
 * line manager's consent (off by default: "light structure"), whether trekkers of the own
 * organisation find colleagues by name in a dossier's skill gap (on by default), and its e-mail
 * domains. Only what the admin changed is sent.
 */
export function ConsentSetting({ organisationId }: { organisationId: string }) {
  const { t } = useTranslation();
  const organisation = useApiData(apiQuery('/organisations/{id}', organisationPath(organisationId)));
  // null: not touched, so the saved value shows.
  const [choice, setChoice] = useState<boolean | null>(null);
  const checked = choice ?? organisation.data?.consentRequired ?? false;
  const [findableChoice, setFindableChoice] = useState<boolean | null>(null);
  const findable = findableChoice ?? organisation.data?.findableWithinOrganisation ?? true;
  const [saving, setSaving] = useState(false);
  const [feedback, setFeedback] = useState<FeedbackMessage | null>(null);

  async function save(event: FormEvent) {
    event.preventDefault();
    setSaving(true);
    try {
      const saved = await unwrap(
        api.PATCH('/organisations/{id}', {
          ...organisationPath(organisationId),
          body: {
            ...(choice === null ? {} : { consentRequired: choice }),
            ...(findableChoice === null ? {} : { findableWithinOrganisation: findableChoice }),
          },
        }),
      );
      organisation.replace(saved);
      const said = [
        choice === null
          ? null
          : t(saved.consentRequired ? 'organisationSettings.savedOn' : 'organisationSettings.savedOff'),
        findableChoice === null
          ? null
          : t(
              saved.findableWithinOrganisation
                ? 'organisationSettings.findableSavedOn'
                : 'organisationSettings.findableSavedOff',
            ),
      ].filter((text) => text !== null);
      setChoice(null);
      setFindableChoice(null);
      setFeedback({ type: 'ok', text: said.length > 0 ? said.join(' ') : t('organisationSettings.saved') });
    } catch (error) {
      setFeedback({ type: 'error', text: apiErrorDetail(error) ?? t('common.actionFailed') });
    } finally {
      setSaving(false);
    }
  }

  return (
    <section className="kb-section" aria-labelledby="organisation-settings-heading">
      <Heading level={2} id="organisation-settings-heading">
        {organisation.data
          ? t('organisationSettings.heading', { name: organisation.data.name })
          : t('organisationSettings.headingPlain')}
      </Heading>
      {organisation.error !== undefined ? (
        <LoadError error={organisation.error} onRetry={organisation.reload} />
      ) : organisation.data === undefined ? (
        <Paragraph>{t('common.loading')}</Paragraph>
      ) : (
        <form onSubmit={(event) => void save(event)} noValidate>
          <Feedback message={feedback} />
          <CheckboxField
            id="consent-required"
            label={t('organisationSettings.consentLabel')}
            description={t('organisationSettings.consentDescription')}
            checked={checked}
            onChange={(event) => setChoice(event.currentTarget.checked)}
          />
          <CheckboxField
            id="findable-within-organisation"
            label={t('organisationSettings.findableLabel')}
            description={t('organisationSettings.findableDescription')}
            checked={findable}
            onChange={(event) => setFindableChoice(event.currentTarget.checked)}
          />
          <Button type="submit" appearance="primary-action-button" disabled={saving}>
            {t('organisationSettings.save')}
          </Button>
        </form>
      )}
      {organisation.data !== undefined && (
        <EmailDomainsSetting organisation={organisation.data} onSaved={organisation.replace} />
      )}
      {organisation.data !== undefined && (
        <HourCapSetting organisation={organisation.data} onSaved={organisation.replace} />
      )}
      {organisation.data !== undefined && (
        <PasswordLoginSetting organisation={organisation.data} onSaved={organisation.replace} />
      )}
    </section>
  );
}
