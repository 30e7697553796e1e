import { Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../shared/PageHeading';
import { RouterLink } from '../../shared/router-links';
import { useDocumentTitle } from '../../shared/useDocumentTitle';
import { DOSSIERS_URL } from './dossier-routes';

/** The API answers 404 both for unknown dossiers and for those of partnerships one is not in. */
export function DossierNotFound() {
  const { t } = useTranslation();
  useDocumentTitle(t('dossier.notFoundTitle'));
  return (
    <>
      <PageHeading>{t('dossier.notFoundTitle')}</PageHeading>
      <Paragraph>{t('dossier.notFoundText')}</Paragraph>
      <Paragraph>
        <RouterLink to={DOSSIERS_URL}>{t('dossier.toList')}</RouterLink>
      </Paragraph>
    </>
  );
}
