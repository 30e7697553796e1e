import { Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../shared/PageHeading';
import { RouterLink } from '../../shared/router-links';
import { useDocumentTitle } from '../../shared/useDocumentTitle';

/** For a signed-in person who opens a page their roles do not reach (a "Beheer" page, the queue overview). */
export function NoAccessPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('noAccess.title'));
  return (
    <>
      <PageHeading>{t('noAccess.title')}</PageHeading>
      <Paragraph>{t('noAccess.text')}</Paragraph>
      <Paragraph>
        <RouterLink to="/">{t('notFound.home')}</RouterLink>
      </Paragraph>
    </>
  );
}
