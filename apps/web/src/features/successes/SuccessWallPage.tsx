import { Button, Heading2, Paragraph, SelectOption } from '@utrecht/component-library-react';
import { type FormEvent, useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { SelectField } from '../../shared/form-fields';
import { LoadError } from '../../shared/LoadError';
import { PageHeading } from '../../shared/PageHeading';
import { Pagination } from '../../shared/Pagination';
import { RouterLink } from '../../shared/router-links';
import { useApiData } from '../../shared/useApiData';
import { useDocumentTitle } from '../../shared/useDocumentTitle';
import { useMe } from '../auth/useMe';
import { organisationsQuery } from '../tasks/task-api';
import { successesQuery } from './success-api';
import {
  parseSuccessQuery,
  type SuccessQuery,
  toSuccessApiQuery,
  toSuccessSearchParams,
} from './success-query';
import { SUCCESSES_URL } from './success-routes';
import { SuccessCard } from './SuccessCard';
import './successes.css';

const urlOf = (query: SuccessQuery) => {
  const params = toSuccessSearchParams(query);
  return params.size > 0 ? `${SUCCESSES_URL}?${params.toString()}` : SUCCESSES_URL;
};

/** /successen: the wall, newest first; the address holds the filters and the page. */
export function SuccessWallPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('successes.title'));
  const me = useMe();
  const [searchParams, setSearchParams] = useSearchParams();
  const query = useMemo(() => parseSuccessQuery(searchParams), [searchParams]);
  const results = useApiData(successesQuery(toSuccessApiQuery(query)));
  const organisations = useApiData(organisationsQuery());
  const resultsHeading = useRef<HTMLHeadingElement>(null);
  const form = useRef<HTMLFormElement>(null);
  const partnerships = useMemo(
    () => [...me.partnerships].sort((a, b) => a.name.localeCompare(b.name, 'nl')),
    [me.partnerships],
  );
  const search = JSON.stringify(query);
  useEffect(() => {
    form.current?.reset();
  }, [search]);

  const page = results.data;
  const hasFilters = toSuccessSearchParams({ ...query, page: 1 }).size > 0;
  const pageUrl = (n: number) => urlOf({ ...query, page: n });
  const without = (key: 'dossierId' | 'skillId') => urlOf({ ...query, [key]: '', page: 1 });
  const dossierName = page?.items.find((s) => s.dossier?.id === query.dossierId)?.dossier?.name;
  const skillName = page?.items.flatMap((s) => s.skills).find((k) => k.id === query.skillId)?.name;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const values = new FormData(event.currentTarget);
    const field = (name: string) => {
      const value = values.get(name);
      return typeof value === 'string' ? value : '';
    };
    setSearchParams(
      toSuccessSearchParams({
        ...query,
        organisationId: field('organisationId'),
        partnershipId: field('partnershipId'),
        page: 1,
      }),
    );
  };

  const status = results.loading
    ? t('successes.loading')
    : page
      ? page.total === 0
        ? t('successes.noneFound')
        : t('successes.found', { count: page.total })
      : '';

  return (
    <>
      <PageHeading>{t('successes.heading')}</PageHeading>
      <Paragraph appearance="lead">{t('successes.intro')}</Paragraph>
      <div className="kb-browse">
        <form
          ref={form}
          role="search"
          aria-label={t('successes.filtersLandmark')}
          className="kb-filters"
          noValidate
          onSubmit={submit}
        >
          <Heading2 className="kb-filters__heading">{t('successes.filters')}</Heading2>
          <SelectField
            key={`organisations-${organisations.data?.items.length ?? 0}-${query.organisationId}`}
            id="success-filter-organisation"
            name="organisationId"
            label={t('successes.organisation')}
            defaultValue={query.organisationId}
          >
            <SelectOption value="">{t('successes.allOrganisations')}</SelectOption>
            {(organisations.data?.items ?? []).map((organisation) => (
              <SelectOption key={organisation.id} value={organisation.id}>
                {organisation.name}
              </SelectOption>
            ))}
          </SelectField>
          <SelectField
            key={`partnerships-${partnerships.length}-${query.partnershipId}`}
            id="success-filter-partnership"
            name="partnershipId"
            label={t('successes.partnership')}
            defaultValue={query.partnershipId}
          >
            <SelectOption value="">{t('successes.allPartnerships')}</SelectOption>
            {partnerships.map((partnership) => (
              <SelectOption key={partnership.id} value={partnership.id}>
                {partnership.name}
              </SelectOption>
            ))}
          </SelectField>
          {query.dossierId && (
            <Paragraph className="kb-active-filter">
              {dossierName
                ? t('successes.activeDossier', { name: dossierName })
                : t('successes.activeFilterDossier')}{' '}
              <RouterLink to={without('dossierId')}>{t('successes.removeFilter')}</RouterLink>
            </Paragraph>
          )}
          {query.skillId && (
            <Paragraph className="kb-active-filter">
              {skillName ? t('successes.activeSkill', { name: skillName }) : t('successes.activeFilterSkill')}{' '}
              <RouterLink to={without('skillId')}>{t('successes.removeFilter')}</RouterLink>
            </Paragraph>
          )}
          <Button type="submit" appearance="primary-action-button">
            {t('successes.apply')}
          </Button>
          {hasFilters && (
            <Paragraph>
              <RouterLink to={SUCCESSES_URL}>{t('successes.clearAll')}</RouterLink>
            </Paragraph>
          )}
        </form>
        <section className="kb-browse__results" aria-labelledby="success-results-heading">
          <Heading2
            id="success-results-heading"
            ref={resultsHeading}
            tabIndex={-1}
            className="kb-focus-target"
          >
            {t('successes.results')}
          </Heading2>
          <Paragraph role="status" className="kb-result-count">
            {status}
          </Paragraph>
          {!results.loading && results.error !== undefined && (
            <LoadError error={results.error} onRetry={results.reload} />
          )}
          {!results.loading && page && page.total === 0 && (
            <div className="kb-empty">
              <Paragraph>{hasFilters ? t('successes.emptyHint') : t('successes.emptyNone')}</Paragraph>
              {hasFilters && (
                <Paragraph>
                  <RouterLink to={SUCCESSES_URL}>{t('successes.clearAll')}</RouterLink>
                </Paragraph>
              )}
            </div>
          )}
          {!results.loading && page && page.items.length > 0 && (
            <>
              <ul className="kb-task-list">
                {page.items.map((success) => (
                  <li key={success.id}>
                    <SuccessCard
                      success={success}
                      skillUrl={(id) => urlOf({ ...query, skillId: id, page: 1 })}
                    />
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
              <RouterLink to={pageUrl(1)}>{t('successes.backToFirstPage')}</RouterLink>
            </Paragraph>
          )}
        </section>
      </div>
    </>
  );
}
