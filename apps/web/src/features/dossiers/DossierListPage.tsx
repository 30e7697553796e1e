import { Heading2, Paragraph } from '@utrecht/component-library-react';
import { useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { LoadError } from '../../shared/LoadError';
import { PageHeading } from '../../shared/PageHeading';
import { Pagination } from '../../shared/Pagination';
import { RouterButtonLink, RouterLink } from '../../shared/router-links';
import { useApiData } from '../../shared/useApiData';
import { useDocumentTitle } from '../../shared/useDocumentTitle';
import { useMe } from '../auth/useMe';
import { dossiersQuery } from './dossier-api';
import { parseDossierQuery, toDossierApiQuery, toDossierSearchParams } from './dossier-query';
import { DOSSIERS_URL, NEW_DOSSIER_URL } from './dossier-routes';
import { DossierFilters } from './DossierFilters';
import { DossierSummaryCard } from './DossierSummaryCard';
import './dossiers.css';

/** /dossiers: the dossiers of the user's partnerships; the URL holds the whole search. */
export function DossierListPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('dossiers.title'));
  const me = useMe();
  const [searchParams, setSearchParams] = useSearchParams();
  const query = useMemo(() => parseDossierQuery(searchParams), [searchParams]);
  const results = useApiData(dossiersQuery(toDossierApiQuery(query)));
  const resultsHeading = useRef<HTMLHeadingElement>(null);
  const partnerships = useMemo(
    () => [...me.partnerships].sort((a, b) => a.name.localeCompare(b.name, 'nl')),
    [me.partnerships],
  );

  const hasFilters = toDossierSearchParams({ ...query, page: 1 }).size > 0;
  const pageUrl = (page: number) => {
    const params = toDossierSearchParams({ ...query, page });
    return params.size > 0 ? `${DOSSIERS_URL}?${params.toString()}` : DOSSIERS_URL;
  };

  const search = (form: URLSearchParams) => {
    setSearchParams(toDossierSearchParams({ ...parseDossierQuery(form), page: 1 }));
  };

  const page = results.data;
  const status = results.loading
    ? t('dossiers.loading')
    : page
      ? page.total === 0
        ? t('dossiers.noneFound')
        : t('dossiers.found', { count: page.total })
      : '';

  return (
    <>
      <PageHeading>{t('dossiers.heading')}</PageHeading>
      <Paragraph appearance="lead">{t('dossiers.intro')}</Paragraph>
      {me.partnerships.length > 0 && (
        <Paragraph>
          <RouterButtonLink to={NEW_DOSSIER_URL} appearance="primary-action-button">
            {t('dossiers.start')}
          </RouterButtonLink>
        </Paragraph>
      )}
      <div className="kb-browse">
        <DossierFilters query={query} partnerships={partnerships} hasFilters={hasFilters} onSearch={search} />
        <section className="kb-browse__results" aria-labelledby="dossier-results-heading">
          <Heading2
            id="dossier-results-heading"
            ref={resultsHeading}
            tabIndex={-1}
            className="kb-focus-target"
          >
            {t('dossiers.results')}
          </Heading2>
          {/* Always in the page, so a changed count is announced. */}
          <Paragraph role="status" className="kb-result-count">
            {status}
          </Paragraph>
          {!results.loading && results.error !== undefined && (
            <LoadError error={results.error} onRetry={results.reload} />
          )}
          {!results.loading && page && page.total === 0 && (
            <div className="kb-empty">
              <Paragraph>{hasFilters ? t('dossiers.emptyHint') : t('dossiers.emptyNone')}</Paragraph>
              {hasFilters ? (
                <Paragraph>
                  <RouterLink to={DOSSIERS_URL}>{t('dossiers.clearAll')}</RouterLink>
                </Paragraph>
              ) : (
                me.partnerships.length > 0 && (
                  <Paragraph>
                    <RouterLink to={NEW_DOSSIER_URL}>{t('dossiers.startFirst')}</RouterLink>
                  </Paragraph>
                )
              )}
            </div>
          )}
          {!results.loading && page && page.items.length > 0 && (
            <>
              <ul className="kb-task-list">
                {page.items.map((dossier) => (
                  <li key={dossier.id}>
                    <DossierSummaryCard dossier={dossier} />
                  </li>
                ))}
              </ul>
              <Pagination
                page={page.page}
                pageCount={Math.ceil(page.total / page.pageSize)}
                to={pageUrl}
                onNavigate={() => resultsHeading.current?.focus()}
              />
            </>
          )}
          {!results.loading && page && page.total > 0 && page.items.length === 0 && (
            <Paragraph>
              <RouterLink to={pageUrl(1)}>{t('dossiers.backToFirstPage')}</RouterLink>
            </Paragraph>
          )}
        </section>
      </div>
    </>
  );
}
