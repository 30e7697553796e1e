import { Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';

export function LoadingState() {
  const { t } = useTranslation();
  return (
    <Paragraph role="status" className="kb-loading">
      {t('session.loading')}
    </Paragraph>
  );
}
