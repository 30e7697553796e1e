import { isEmailDomain, normaliseDomain } from '@klussenbank/domain';
import { Button } from '@utrecht/component-library-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import type { components } from '../../api/schema.gen';
import { apiErrorDetail, invalidParamsOf } from '../../shared/api-error';
import { Feedback, type FeedbackMessage } from '../../shared/Feedback';
import { TextareaField } from '../../shared/form-fields';

type Organisation = components['schemas']['OrganisationDto'];

/** One domain a line (commas and spaces separate too), normalised, each once. */
export function parseDomains(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/[\s,;]+/)
        .map(normaliseDomain)
        .filter(Boolean),
    ),
  ];
}

/**
 * The e-mail domains of the organisation: a user the admin adds needs an address on one of them.
 * Empty: any address. Checked here with the same rule as the API, which checks again.
 */
export function EmailDomainsSetting({
  organisation,
  onSaved,
}: {
  organisation: Organisation;
  onSaved: (saved: Organisation) => void;
}) {
  const { t } = useTranslation();
  // null: not touched, so the saved list shows.
  const [text, setText] = useState<string | null>(null);
  const shown = text ?? organisation.emailDomains.join('\n');
  const [error, setError] = useState<string | undefined>(undefined);
  const [saving, setSaving] = useState(false);
  const [feedback, setFeedback] = useState<FeedbackMessage | null>(null);

  async function save(event: FormEvent) {
    event.preventDefault();
    const domains = parseDomains(shown);
    const invalid = domains.filter((domain) => !isEmailDomain(domain));
    if (invalid.length > 0) {
      setError(t('organisationSettings.domainsInvalid', { domains: invalid.join(', ') }));
      setFeedback(null);
      document.getElementById('email-domains')?.focus();
      return;
    }
    setError(undefined);
    setSaving(true);
    try {
      const saved = await unwrap(
        api.PATCH('/organisations/{id}', {
          params: { path: { id: organisation.id } },
          body: { emailDomains: domains },
        }),
      );
      onSaved(saved);
      setText(null);
      setFeedback({
        type: 'ok',
        text: saved.emailDomains.length
          ? t('organisationSettings.domainsSaved', { domains: saved.emailDomains.join(', ') })
          : t('organisationSettings.domainsSavedNone'),
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
    <form onSubmit={(event) => void save(event)} noValidate>
      <Feedback message={feedback} />
      <TextareaField
        id="email-domains"
        label={t('organisationSettings.domainsLabel')}
        description={t('organisationSettings.domainsDescription')}
        error={error}
        rows={3}
        autoCapitalize="none"
        spellCheck={false}
        value={shown}
        onChange={(event) => setText(event.currentTarget.value)}
      />
      <Button type="submit" appearance="primary-action-button" disabled={saving}>
        {t('organisationSettings.domainsSave')}
      </Button>
    </form>
  );
}
