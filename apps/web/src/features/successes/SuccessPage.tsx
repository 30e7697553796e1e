import { demoteHeadings } from '@klussenbank/domain/markdown';
import { DataList, Heading2, HTMLContent, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useFormat } from '../../i18n/useFormat';
import { isNotFound } from '../../shared/api-error';
import { LoadError } from '../../shared/LoadError';
import { LoadingState } from '../../shared/LoadingState';
import { PageHeading } from '../../shared/PageHeading';
import { RouterLink } from '../../shared/router-links';
import { useApiData } from '../../shared/useApiData';
import { useDocumentTitle } from '../../shared/useDocumentTitle';
import { ApplauseButton } from './ApplauseButton';
import { CommentsSection } from './CommentsSection';
import { NamingPanel } from './NamingPanel';
import { successQuery } from './success-api';
import { SUCCESSES_URL } from './success-routes';
import { MilestoneBadge, SuccessFact } from './SuccessCard';
import { useSuccessPeople } from './useSuccessText';
import './successes.css';

/** /successen/:id: one success, its story, applause, the naming question and the comments. */
export function SuccessPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const people = useSuccessPeople();
  const { id = '' } = useParams();
  const { data, error, loading, reload, replace } = useApiData(successQuery(id));
  useDocumentTitle(data?.title ?? t('successes.title'));

  if (!data) {
    if (loading) return <LoadingState text={t('successes.loadingOne')} />;
    return (
      <>
        <PageHeading>{t('successes.title')}</PageHeading>
        {isNotFound(error) ? (
          <>
            <Paragraph>{t('successes.notFound')}</Paragraph>
            <Paragraph>{t('successes.notFoundHint')}</Paragraph>
          </>
        ) : (
          <LoadError error={error} onRetry={reload} />
        )}
        <Paragraph>
          <RouterLink to={SUCCESSES_URL}>{t('successes.toWall')}</RouterLink>
        </Paragraph>
      </>
    );
  }

  const about = data.checkpoint ?? data.task ?? data.dossier;
  const aboutUrl = data.task
    ? `/klussen/${data.task.id}`
    : data.dossier
      ? `/dossiers/${data.dossier.id}`
      : null;

  return (
    <>
      <PageHeading>{data.title}</PageHeading>
      <Paragraph className="kb-task-meta">
        <MilestoneBadge milestone={data.milestone} /> {t('successes.facts.shared')}{' '}
        {format.dateOf(data.createdAt)}
      </Paragraph>
      <ApplauseButton key={data.id} successId={data.id} applause={data.applause} />

      <section className="kb-section" aria-labelledby="story-heading">
        <Heading2 id="story-heading">{t('successes.story')}</Heading2>
        <HTMLContent
          className="kb-rich-text"
          // Sanitised by the API (Markdown without raw HTML, unsafe links refused).
          dangerouslySetInnerHTML={{ __html: demoteHeadings(data.storyHtml) }}
        />
      </section>

      <section className="kb-section" aria-labelledby="success-facts-heading">
        <Heading2 id="success-facts-heading">{t('successes.facts.heading')}</Heading2>
        <DataList className="kb-facts">
          {about && aboutUrl && (
            <SuccessFact label={t('successes.facts.about')}>
              <RouterLink to={aboutUrl}>{data.task?.name ?? data.dossier?.name ?? about.name}</RouterLink>
            </SuccessFact>
          )}
          <SuccessFact label={t('successes.facts.organisations')}>
            {data.organisations.map((o) => o.name).join(', ')}
          </SuccessFact>
          <SuccessFact label={t('successes.facts.partnerships')}>
            {data.partnerships.length > 0
              ? data.partnerships.map((p) => p.name).join(', ')
              : t('successes.noPartnership')}
          </SuccessFact>
          <SuccessFact label={t('successes.facts.hours')}>
            {t('successes.hours', { count: data.hours, hours: format.number(data.hours) })}
          </SuccessFact>
          <SuccessFact label={t('successes.facts.skills')}>
            {data.skills.length > 0 ? data.skills.map((k) => k.name).join(', ') : t('successes.noSkills')}
          </SuccessFact>
          <SuccessFact label={t('successes.facts.people')}>{people(data)}</SuccessFact>
        </DataList>
        {data.dossier && (
          <Paragraph>
            <RouterLink to={`${SUCCESSES_URL}?dossier=${data.dossier.id}`}>
              {t('successes.moreFromDossier')}
            </RouterLink>
          </Paragraph>
        )}
      </section>

      <NamingPanel success={data} onAnswered={(s) => replace({ ...data, ...s })} />
      <CommentsSection key={data.id} successId={data.id} initial={data.comments} />

      <Paragraph className="kb-section">
        <RouterLink to={SUCCESSES_URL}>{t('successes.toWall')}</RouterLink>
      </Paragraph>
    </>
  );
}
