import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** "Mijn gegevens – Klussenbank": the page first, so tabs and screen readers tell pages apart. */
export function useDocumentTitle(page: string): void {
  const { t } = useTranslation();
  const title = t('app.documentTitle', { page });
  useEffect(() => {
    document.title = title;
  }, [title]);
}
