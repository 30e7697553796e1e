import { Alert, Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, apiQuery, unwrap } from '../../api/client';
import type { components } from '../../api/schema.gen';
import { useFormat } from '../../i18n/useFormat';
import { ConfirmPanel } from '../../shared/ConfirmPanel';
import { Feedback, type FeedbackMessage } from '../../shared/Feedback';
import { LoadError } from '../../shared/LoadError';
import { TextField } from '../../shared/form-fields';
import { apiErrorDetail } from '../../shared/api-error';
import { useApiData } from '../../shared/useApiData';
import { usePanel } from '../../shared/usePanel';

type ScimToken = components['schemas']['ScimTokenDto'];
type CreatedScimToken = components['schemas']['CreatedScimTokenDto'];

const tokensPath = (id: string) => ({ params: { path: { id } } });

/**
 * SCIM provisioning (docs/scim.md): the organisation's admins create a token for their identity
 * system, see it once with the tenant URL, list the tokens (never their secret) and revoke them.
 */
export function ScimTokensSetting({ organisationId }: { organisationId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const tokens = useApiData(apiQuery('/organisations/{id}/scim-tokens', tokensPath(organisationId)));
  const [created, setCreated] = useState<CreatedScimToken | null>(null);
  const [busy, setBusy] = useState(false);
  const [feedback, setFeedback] = useState<FeedbackMessage | null>(null);
  const panel = usePanel<string>();

  async function create() {
    setBusy(true);
    setFeedback(null);
    try {
      const answer = await unwrap(api.POST('/organisations/{id}/scim-tokens', tokensPath(organisationId)));
      setCreated(answer);
      tokens.reload();
    } catch (error) {
      setFeedback({ type: 'error', text: apiErrorDetail(error) ?? t('common.actionFailed') });
    } finally {
      setBusy(false);
    }
  }

  async function revoke(token: ScimToken) {
    setBusy(true);
    try {
      await unwrap(
        api.DELETE('/organisations/{id}/scim-tokens/{tokenId}', {
          params: { path: { id: organisationId, tokenId: token.id } },
        }),
      );
      panel.done();
      if (created?.id === token.id) setCreated(null);
      setFeedback({ type: 'ok', text: t('scimTokens.revoked', { prefix: token.prefix }) });
      tokens.reload();
    } catch (error) {
      panel.done();
      setFeedback({ type: 'error', text: apiErrorDetail(error) ?? t('common.actionFailed') });
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="kb-section" aria-labelledby="scim-tokens-heading">
      <Heading level={2} id="scim-tokens-heading">
        {t('scimTokens.heading')}
      </Heading>
      <Paragraph>{t('scimTokens.intro')}</Paragraph>
      <Feedback message={feedback} />
      {created && (
        <div className="kb-scim-token">
          <Alert type="ok" role="status">
            <Paragraph>{t('scimTokens.createdOnce')}</Paragraph>
          </Alert>
          <TextField
            id="scim-tenant-url"
            label={t('scimTokens.tenantUrl')}
            value={created.tenantUrl}
            readOnly
            onFocus={(event) => event.currentTarget.select()}
          />
          <TextField
            id="scim-token-secret"
            label={t('scimTokens.secret')}
            description={t('scimTokens.copyHint')}
            value={created.token}
            readOnly
            spellCheck={false}
            autoComplete="off"
            onFocus={(event) => event.currentTarget.select()}
          />
          <Button appearance="secondary-action-button" onClick={() => setCreated(null)}>
            {t('scimTokens.copied')}
          </Button>
        </div>
      )}
      {tokens.error !== undefined ? (
        <LoadError error={tokens.error} onRetry={tokens.reload} />
      ) : tokens.data === undefined ? (
        <Paragraph>{t('common.loading')}</Paragraph>
      ) : tokens.data.items.length === 0 ? (
        <Paragraph>{t('scimTokens.none')}</Paragraph>
      ) : (
        <ul className="kb-scim-tokens">
          {tokens.data.items.map((token) => (
            <li key={token.id} className="kb-scim-tokens__item">
              <Paragraph>
                <code>{token.prefix}…</code>{' '}
                {t('scimTokens.createdAt', { date: format.dateTimeOf(token.createdAt) })}{' '}
                {token.lastUsedAt
                  ? t('scimTokens.lastUsed', { date: format.dateTimeOf(token.lastUsedAt) })
                  : t('scimTokens.neverUsed')}
              </Paragraph>
              {panel.open === token.id ? (
                <ConfirmPanel
                  question={t('scimTokens.revokeQuestion', { prefix: token.prefix })}
                  explanation={t('scimTokens.revokeExplanation')}
                  confirmLabel={t('scimTokens.revokeConfirm')}
                  danger
                  busy={busy}
                  onConfirm={() => void revoke(token)}
                  onCancel={panel.cancel}
                />
              ) : (
                <Button
                  appearance="secondary-action-button"
                  aria-label={t('scimTokens.revokeFor', { prefix: token.prefix })}
                  onClick={() => panel.show(token.id)}
                >
                  {t('scimTokens.revoke')}
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
      <Button appearance="primary-action-button" disabled={busy} onClick={() => void create()}>
        {t('scimTokens.create')}
      </Button>
    </section>
  );
}
