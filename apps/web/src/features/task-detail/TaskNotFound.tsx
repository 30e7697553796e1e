import { Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../shared/PageHeading';
import { RouterLink } from '../../shared/router-links';
import { useDocumentTitle } from '../../shared/useDocumentTitle';
import { BROWSE_URL } from '../tasks/task-routes';

/** The API answers 404 both for unknown klussen and for klussen the user may not see. */
export function TaskNotFound() {
  const { t } = useTranslation();
  useDocumentTitle(t('detail.notFoundTitle'));
  return (
    <>
      <PageHeading>{t('detail.notFoundTitle')}</PageHeading>
      <Paragraph>{t('detail.notFoundText')}</Paragraph>
      <Paragraph>
        <RouterLink to={BROWSE_URL}>{t('detail.toBrowse')}</RouterLink>
      </Paragraph>
    </>
  );
}
