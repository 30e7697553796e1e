import { Heading2, Paragraph } from '@utrecht/component-library-react';
import { useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { LoadError } from '../../shared/LoadError';
import { PageHeading } from '../../shared/PageHeading';
import { Pagination } from '../../shared/Pagination';
import { RouterLink } from '../../shared/router-links';
import { useApiData } from '../../shared/useApiData';
import { useDocumentTitle } from '../../shared/useDocumentTitle';
import { type NamedRef, organisationsQuery, partnershipsQuery, tasksQuery } from '../tasks/task-api';
import { TaskSummaryCard } from '../tasks/TaskSummaryCard';
import { parseBrowseQuery, toApiQuery, toSearchParams } from './browse-query';
import { RecommendedTasks } from './RecommendedTasks';
import { TaskFilters } from './TaskFilters';
import { BROWSE_URL } from '../tasks/task-routes';

const byName = (a: NamedRef, b: NamedRef) => a.name.localeCompare(b.name, 'nl');

/** /klussen: search and filter the klussen the user may see; the URL holds the whole search. */
export function TaskBrowsePage() {
  const { t } = useTranslation();
  useDocumentTitle(t('browse.title'));
  const [searchParams, setSearchParams] = useSearchParams();
  const query = useMemo(() => parseBrowseQuery(searchParams), [searchParams]);
  const results = useApiData(tasksQuery(toApiQuery(query)));
  const organisations = useApiData(organisationsQuery());
  const partnerships = useApiData(partnershipsQuery());
  const resultsHeading = useRef<HTMLHeadingElement>(null);

  const filtersOnly = toSearchParams({ ...query, page: 1 });
  const hasFilters = filtersOnly.size > 0;
  const pageUrl = (page: number) => {
    const params = toSearchParams({ ...query, page });
    return params.size > 0 ? `${BROWSE_URL}?${params.toString()}` : BROWSE_URL;
  };

  const search = (form: URLSearchParams) => {
    setSearchParams(toSearchParams({ ...parseBrowseQuery(form), page: 1 }));
  };

  const page = results.data;
  const status = results.loading
    ? t('browse.loading')
    : page
      ? page.total === 0
        ? t('browse.noneFound')
        : t('browse.found', { count: page.total })
      : '';

  return (
    <>
      <PageHeading>{t('browse.heading')}</PageHeading>
      <Paragraph appearance="lead">{t('browse.intro')}</Paragraph>
      <div className="kb-browse">
        <TaskFilters
          query={query}
          organisations={[...(organisations.data?.items ?? [])].sort(byName)}
          partnerships={[...(partnerships.data?.items ?? [])].sort(byName)}
          hasFilters={hasFilters}
          onSearch={search}
          resultsId="results-heading"
        />
        <div className="kb-browse__main">
          {/* Only on the plain first page: a search or filter says what the user is after. */}
          {!hasFilters && query.page === 1 && <RecommendedTasks />}
          <section className="kb-browse__results" aria-labelledby="results-heading">
            <Heading2 id="results-heading" ref={resultsHeading} tabIndex={-1} className="kb-focus-target">
              {t('browse.results')}
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
                <Paragraph>{hasFilters ? t('browse.emptyHint') : t('browse.emptyNoTasks')}</Paragraph>
                {hasFilters && (
                  <Paragraph>
                    <RouterLink to={BROWSE_URL}>{t('browse.clearAll')}</RouterLink>
                  </Paragraph>
                )}
              </div>
            )}
            {!results.loading && page && page.items.length > 0 && (
              <>
                <ul className="kb-task-list">
                  {page.items.map((task) => (
                    <li key={task.id}>
                      <TaskSummaryCard task={task} headingLevel={3} />
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
                <RouterLink to={pageUrl(1)}>{t('browse.backToFirstPage')}</RouterLink>
              </Paragraph>
            )}
          </section>
        </div>
      </div>
    </>
  );
}
