import { Alert, Heading2, HTMLContent, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useLocation, useParams } from 'react-router';
import { isNotFound } from '../../shared/api-error';
import { LoadError } from '../../shared/LoadError';
import { PageHeading } from '../../shared/PageHeading';
import { RouterLink } from '../../shared/router-links';
import { useApiData } from '../../shared/useApiData';
import { useDocumentTitle } from '../../shared/useDocumentTitle';
import { dossierQuery } from '../dossiers/dossier-api';
import { dossierUrl } from '../dossiers/dossier-routes';
import { LoadingState } from '../../shared/LoadingState';
import { taskQuery } from '../tasks/task-api';
import { TaskFacts } from '../tasks/TaskFacts';
import { TaskStatusBadge } from '../tasks/TaskSummaryCard';
import { ClaimPanel } from './ClaimPanel';
import { demoteHeadings } from '@klussenbank/domain/markdown';
import { TaskHoursSection } from '../hours/TaskHoursSection';
import { PosterPanel } from './PosterPanel';
import { TaskNotFound } from './TaskNotFound';
import { BROWSE_URL } from '../tasks/task-routes';
import { EvaluationSection } from '../evaluations/EvaluationSection';
import { ShareSuccessSection } from '../successes/ShareSuccessSection';

/** What the form tells this page after saving, to confirm it. */
export type TaskFlash = 'created' | 'draft' | 'saved';
const isFlash = (value: unknown): value is TaskFlash =>
  value === 'created' || value === 'draft' || value === 'saved';

export function TaskDetailPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const location = useLocation();
  const { data: task, error, loading, reload, replace } = useApiData(taskQuery(id));
  const flash: unknown = (location.state as { flash?: unknown } | null)?.flash;
  // Only for its title: without it the link still leads to the dossier.
  const dossier = useApiData(task?.dossierId ? dossierQuery(task.dossierId) : null);
  useDocumentTitle(task?.title ?? t('detail.title'));

  if (!task) {
    if (loading) return <LoadingState text={t('detail.loading')} />;
    if (isNotFound(error)) return <TaskNotFound />;
    return (
      <>
        <PageHeading>{t('detail.title')}</PageHeading>
        <LoadError error={error} onRetry={reload} />
      </>
    );
  }

  return (
    <>
      <PageHeading>{task.title}</PageHeading>
      <Paragraph className="kb-task-meta">
        {task.organisation.name} <TaskStatusBadge status={task.status} />
      </Paragraph>
      {task.dossierId && (
        <Paragraph>
          {dossier.data ? (
            <>
              {t('detail.partOfDossier')}{' '}
              <RouterLink to={dossierUrl(task.dossierId)}>{dossier.data.title}</RouterLink>.
            </>
          ) : (
            <RouterLink to={dossierUrl(task.dossierId)}>{t('detail.toDossier')}</RouterLink>
          )}
        </Paragraph>
      )}
      {isFlash(flash) && (
        <Alert type="ok">
          <Paragraph>{t(`detail.flash.${flash}`)}</Paragraph>
        </Alert>
      )}
      {task.status === 'cancelled' && task.cancelReason && !task.isPoster && (
        <Alert type="info">
          <Paragraph>{t('detail.cancelledBecause', { reason: task.cancelReason })}</Paragraph>
        </Alert>
      )}

      <section className="kb-section" aria-labelledby="facts-heading">
        <Heading2 id="facts-heading">{t('detail.facts')}</Heading2>
        <TaskFacts task={task} />
      </section>

      {task.isPoster ? (
        <PosterPanel task={task} onTask={replace} onReload={reload} />
      ) : (
        <ClaimPanel task={task} onChanged={reload} />
      )}

      {task.status === 'completed' && <TaskHoursSection taskId={task.id} />}
      {task.status === 'completed' && <EvaluationSection taskId={task.id} />}
      {task.status === 'completed' && task.isPoster && (
        <ShareSuccessSection source={{ kind: 'task', taskId: task.id }} />
      )}

      <section className="kb-section" aria-labelledby="description-heading">
        <Heading2 id="description-heading">{t('detail.description')}</Heading2>
        <HTMLContent
          className="kb-rich-text"
          // Sanitised by the API (Markdown without raw HTML, unsafe links refused).
          dangerouslySetInnerHTML={{ __html: demoteHeadings(task.descriptionHtml) }}
        />
      </section>

      <Paragraph className="kb-section">
        <RouterLink to={BROWSE_URL}>{t('detail.toBrowse')}</RouterLink>
      </Paragraph>
    </>
  );
}
