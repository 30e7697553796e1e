import { Alert, Button, Paragraph } from '../../shared/nlds';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../shared/PageHeading';
import { useDocumentTitle } from '../../shared/useDocumentTitle';

/** /me failed for another reason than "not signed in": the API is down or broken, so offer a retry. */
export function SessionErrorPage({ onRetry }: { onRetry: () => void }) {
  const { t } = useTranslation();
  useDocumentTitle(t('session.errorTitle'));
  return (
    <>
      <PageHeading>{t('session.errorTitle')}</PageHeading>
      <Alert type="error">
        <Paragraph>{t('session.errorText')}</Paragraph>
      </Alert>
      <Button appearance="primary-action-button" onClick={onRetry}>
        {t('session.retry')}
      </Button>
    </>
  );
}
