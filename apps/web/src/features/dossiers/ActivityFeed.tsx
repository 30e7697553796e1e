import { Heading2, Paragraph } from '@utrecht/component-library-react';
import { type RefObject } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { LoadError } from '../../shared/LoadError';
import { Pagination } from '../../shared/Pagination';
import { RouterLink } from '../../shared/router-links';
import type { ApiData } from '../../shared/useApiData';
import { LoadingState } from '../../shared/LoadingState';
import type { Page } from '../tasks/task-api';
import { taskUrl } from '../tasks/task-routes';
import type { Activity } from './dossier-api';
import { useDossierText } from './useDossierText';

interface ActivityFeedProps {
  activity: ApiData<Page<Activity>>;
  /** The address of a page of the feed. */
  pageUrl: (page: number) => string;
  headingRef: RefObject<HTMLHeadingElement | null>;
}

/** What happened in the dossier, newest first, a page at a time. */
export function ActivityFeed({ activity, pageUrl, headingRef }: ActivityFeedProps) {
  const { t } = useTranslation();
  const text = useDossierText();
  const page = activity.data;

  return (
    <section className="kb-section" aria-labelledby="activity-heading">
      <Heading2 id="activity-heading" ref={headingRef} tabIndex={-1} className="kb-focus-target">
        {t('activity.heading')}
      </Heading2>
      {page === undefined ? (
        activity.loading ? (
          <LoadingState text={t('activity.loading')} />
        ) : (
          <LoadError error={activity.error} onRetry={activity.reload} />
        )
      ) : page.items.length === 0 ? (
        <Paragraph className="kb-empty">{t('activity.empty')}</Paragraph>
      ) : (
        <>
          <ol className="kb-activity" aria-labelledby="activity-heading">
            {page.items.map((item) => (
              <li key={item.id} className="kb-activity__item">
                <Paragraph className="kb-activity__text">
                  <ActivityText activity={item} />
                </Paragraph>
                <Paragraph className="kb-activity__time">
                  <time dateTime={item.at}>{text.format.dateTimeOf(item.at)}</time>
                </Paragraph>
              </li>
            ))}
          </ol>
          <Pagination
            page={page.page}
            pageCount={Math.ceil(page.total / page.pageSize)}
            to={pageUrl}
            onNavigate={() => headingRef.current?.focus()}
          />
        </>
      )}
    </section>
  );
}

function ActivityText({ activity }: { activity: Activity }) {
  const { t } = useTranslation();
  const text = useDossierText();
  const someone = t('activity.someone');
  const actor = activity.actor ? text.person(activity.actor) : someone;
  const subject = activity.subject ? text.person(activity.subject) : actor;
  const task = activity.task;
  const checkpoint = activity.checkpoint?.title ?? '';

  switch (activity.type) {
    case 'dossier-created':
      return t('activity.text.dossier-created', { actor });
    case 'status-changed':
      return t('activity.text.status-changed', {
        actor,
        status: activity.data.status ? t(`dossier.status.${activity.data.status}`).toLowerCase() : '',
      });
    case 'member-joined':
      return t('activity.text.member-joined', { subject });
    case 'member-left':
      // Someone else's doing: a trekker or a platform admin took them out of the team.
      return activity.actor && activity.subject && activity.actor.id !== activity.subject.id
        ? t('activity.text.member-removed', { actor, subject })
        : t('activity.text.member-left', { subject });
    case 'member-invited':
      return t('activity.text.member-invited', { actor, subject });
    case 'task-posted':
    case 'task-claimed':
    case 'task-completed':
      // No klus: the viewer may not see it (any more), so neither its title nor a link.
      if (!task) return t(`activity.textWithoutTask.${activity.type}`, { actor });
      return (
        <Trans
          i18nKey={`activity.text.${activity.type}`}
          values={{ actor, title: task.title }}
          components={{ task: <RouterLink to={taskUrl(task.id)} /> }}
        />
      );
    case 'checkpoint-planned':
      return t('activity.text.checkpoint-planned', { actor, title: checkpoint });
    case 'checkpoint-held':
      return t('activity.text.checkpoint-held', { actor, title: checkpoint });
    default:
      return t('activity.text.other');
  }
}
