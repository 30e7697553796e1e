import {
  Button,
  ButtonGroup,
  Heading2,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiQuery } from '../../api/client';
import { apiErrorDetail } from '../../shared/api-error';
import { ConfirmPanel } from '../../shared/ConfirmPanel';
import { Feedback, type FeedbackMessage } from '../../shared/Feedback';
import { LoadError } from '../../shared/LoadError';
import { LoadingState } from '../../shared/LoadingState';
import { useApiData } from '../../shared/useApiData';
import { sendPasswordLink } from '../passwords/password-api';

const PAGE_SIZE = 50;

/**
 * The people of the admin's organisation, each with "Stuur link om wachtwoord in te stellen": an
 * admin never sets or knows a password; the person chooses one through a one-time link by e-mail.
 */
export function OrganisationUsers({ organisationId }: { organisationId: string }) {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const users = useApiData(
    apiQuery('/users', { params: { query: { organisationId, page, pageSize: PAGE_SIZE } } }),
  );
  const [asking, setAsking] = useState<{ id: string; name: string; email: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const [feedback, setFeedback] = useState<FeedbackMessage | null>(null);

  async function send(person: { id: string; email: string }) {
    setBusy(true);
    try {
      await sendPasswordLink(person.id);
      setFeedback({ type: 'ok', text: t('organisationUsers.sent', { email: person.email }) });
      setAsking(null);
    } catch (error) {
      setFeedback({ type: 'error', text: apiErrorDetail(error) ?? t('common.actionFailed') });
    } finally {
      setBusy(false);
    }
  }

  const pageCount = users.data ? Math.ceil(users.data.total / PAGE_SIZE) : 1;
  return (
    <section className="kb-section" aria-labelledby="organisation-users-heading">
      <Heading2 id="organisation-users-heading">{t('organisationUsers.heading')}</Heading2>
      <Paragraph>{t('organisationUsers.intro')}</Paragraph>
      <Feedback message={feedback} />
      {asking && (
        <ConfirmPanel
          question={t('organisationUsers.confirmQuestion', { name: asking.name, email: asking.email })}
          explanation={t('organisationUsers.confirmExplanation')}
          confirmLabel={t('organisationUsers.confirm')}
          busy={busy}
          onConfirm={() => void send(asking)}
          onCancel={() => setAsking(null)}
        />
      )}
      {users.data ? (
        <>
          <UnorderedList className="kb-compact-list kb-user-list">
            {users.data.items.map((user) => (
              <UnorderedListItem key={user.id} className="kb-user-list__item">
                <span className="kb-user-list__who">
                  {user.displayName} <span className="kb-user-list__email">({user.email})</span>
                </span>
                <Button
                  appearance="secondary-action-button"
                  aria-label={t('organisationUsers.sendFor', { name: user.displayName })}
                  onClick={() => {
                    setFeedback(null);
                    setAsking({ id: user.id, name: user.displayName, email: user.email });
                  }}
                >
                  {t('organisationUsers.send')}
                </Button>
              </UnorderedListItem>
            ))}
          </UnorderedList>
          {pageCount > 1 && (
            <ButtonGroup>
              <Button appearance="subtle-button" disabled={page <= 1} onClick={() => setPage(page - 1)}>
                {t('organisationUsers.previous')}
              </Button>
              <Button
                appearance="subtle-button"
                disabled={page >= pageCount}
                onClick={() => setPage(page + 1)}
              >
                {t('organisationUsers.next')}
              </Button>
            </ButtonGroup>
          )}
        </>
      ) : users.loading ? (
        <LoadingState text={t('organisationUsers.loading')} />
      ) : (
        <LoadError error={users.error} onRetry={users.reload} />
      )}
    </section>
  );
}
