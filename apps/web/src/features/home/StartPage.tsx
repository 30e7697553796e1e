import { Heading2, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../shared/PageHeading';
import { RouterButtonLink } from '../../shared/router-links';
import { useDocumentTitle } from '../../shared/useDocumentTitle';
import { useMe } from '../auth/useMe';

export function StartPage() {
  const me = useMe();
  const { t } = useTranslation();
  useDocumentTitle(t('start.title'));
  return (
    <>
      <PageHeading>{t('start.heading', { name: me.displayName })}</PageHeading>
      <Paragraph appearance="lead">{t('start.intro')}</Paragraph>
      <section className="kb-section" aria-labelledby="start-coming-soon">
        <Heading2 id="start-coming-soon">{t('start.comingSoonHeading')}</Heading2>
        <Paragraph>{t('start.comingSoon')}</Paragraph>
        <RouterButtonLink to="/mijn-gegevens" appearance="secondary-action-button">
          {t('start.toMe')}
        </RouterButtonLink>
      </section>
    </>
  );
}
