import { Alert, Button, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { apiErrorDetail } from './api-error';

/** A GET that failed: the API's reason when it gave one, and a way to try again. */
export function LoadError({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="kb-load-error">
      <Alert type="error" role="alert">
        <Paragraph>{apiErrorDetail(error) ?? t('common.loadFailed')}</Paragraph>
      </Alert>
      <Button appearance="secondary-action-button" onClick={onRetry}>
        {t('common.retry')}
      </Button>
    </div>
  );
}
