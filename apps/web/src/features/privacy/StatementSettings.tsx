import { DEFAULT_STATEMENTS, STATEMENT_KINDS, type StatementKind } from '@klussenbank/domain';
import { Button, ButtonGroup, Heading2, Heading3, Paragraph } from '@utrecht/component-library-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isLanguage } from '../../i18n/i18n';
import { apiErrorDetail, invalidParamsOf } from '../../shared/api-error';
import { Feedback, type FeedbackMessage } from '../../shared/Feedback';
import { TextareaField } from '../../shared/form-fields';
import { LoadError } from '../../shared/LoadError';
import { LoadingState } from '../../shared/LoadingState';
import { useApiData } from '../../shared/useApiData';
import { saveStatement, statementQuery } from './privacy-api';

const LABEL_KEY = {
  privacy: 'privacy.settings.privacyLabel',
  accessibility: 'privacy.settings.accessibilityLabel',
} as const satisfies Record<StatementKind, string>;
const NAME_KEY = {
  privacy: 'privacy.statement.privacyTitle',
  accessibility: 'privacy.statement.accessibilityTitle',
} as const satisfies Record<StatementKind, string>;

/** On the organisation settings page: the organisation's own privacy and accessibility statements. */
export function StatementSettings({ organisationId }: { organisationId: string }) {
  const { t } = useTranslation();
  return (
    <section className="kb-section" aria-labelledby="statement-settings-heading">
      <Heading2 id="statement-settings-heading">{t('privacy.settings.heading')}</Heading2>
      <Paragraph>{t('privacy.settings.intro')}</Paragraph>
      {STATEMENT_KINDS.map((kind) => (
        <StatementForm key={kind} organisationId={organisationId} kind={kind} />
      ))}
    </section>
  );
}

function StatementForm({ organisationId, kind }: { organisationId: string; kind: StatementKind }) {
  const { t, i18n } = useTranslation();
  const statement = useApiData(statementQuery(organisationId, kind));
  // null: not touched, so the saved text shows.
  const [text, setText] = useState<string | null>(null);
  const [error, setError] = useState<string | undefined>(undefined);
  const [saving, setSaving] = useState(false);
  const [feedback, setFeedback] = useState<FeedbackMessage | null>(null);
  const id = `statement-${kind}`;
  const name = t(NAME_KEY[kind]).toLowerCase();
  const language = isLanguage(i18n.language) ? i18n.language : 'nl';

  if (!statement.data) {
    return statement.loading ? (
      <LoadingState text={t('privacy.settings.loading')} />
    ) : (
      <LoadError error={statement.error} onRetry={statement.reload} />
    );
  }
  const shown = text ?? statement.data.markdown ?? '';

  async function save(event: FormEvent) {
    event.preventDefault();
    setSaving(true);
    setError(undefined);
    setFeedback(null);
    try {
      const saved = await saveStatement(organisationId, kind, shown);
      statement.replace(saved);
      setText(null);
      setFeedback({
        type: 'ok',
        text: t(saved.markdown ? 'privacy.settings.saved' : 'privacy.settings.reset', { statement: name }),
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
    <form onSubmit={(event) => void save(event)} noValidate className="kb-form">
      <Heading3 id={`${id}-heading`}>{t(NAME_KEY[kind])}</Heading3>
      <Feedback message={feedback} />
      <TextareaField
        id={id}
        label={t(LABEL_KEY[kind])}
        description={t('privacy.settings.description')}
        error={error}
        rows={8}
        value={shown}
        onChange={(event) => setText(event.currentTarget.value)}
      />
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button" busy={saving}>
          {t('privacy.settings.save')}
        </Button>
        {shown.trim() === '' && (
          <Button
            appearance="secondary-action-button"
            onClick={() => setText(DEFAULT_STATEMENTS[kind][language])}
          >
            {t('privacy.settings.useDefault')}
          </Button>
        )}
      </ButtonGroup>
    </form>
  );
}
