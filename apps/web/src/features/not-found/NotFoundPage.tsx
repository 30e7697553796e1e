import { Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../shared/PageHeading';
import { RouterLink } from '../../shared/router-links';
import { useDocumentTitle } from '../../shared/useDocumentTitle';

export function NotFoundPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('notFound.title'));
  return (
    <>
      <PageHeading>{t('notFound.title')}</PageHeading>
      <Paragraph>{t('notFound.text')}</Paragraph>
      <Paragraph>
        <RouterLink to="/">{t('notFound.home')}</RouterLink>
      </Paragraph>
    </>
  );
}
