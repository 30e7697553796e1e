import { isDossierClosed } from '@klussenbank/domain';
import { Heading2, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { LoadError } from '../../shared/LoadError';
import { RouterButtonLink } from '../../shared/router-links';
import { useApiData } from '../../shared/useApiData';
import { useMe } from '../auth/useMe';
import { LoadingState } from '../../shared/LoadingState';
import { canPost } from '../tasks/can-post';
import { TaskStatusBadge, TaskSummaryCard } from '../tasks/TaskSummaryCard';
import { type DossierDetail, dossierTasksQuery } from './dossier-api';
import { newDossierTaskUrl } from './dossier-routes';

/** The klussen that belong to the dossier, with their state; managers in the team post more. */
export function DossierTasks({ dossier }: { dossier: DossierDetail }) {
  const { t } = useTranslation();
  const me = useMe();
  const tasks = useApiData(dossierTasksQuery(dossier.id));
  const canPostHere = canPost(me.roles) && dossier.myStatus === 'active' && !isDossierClosed(dossier.status);
  const items = tasks.data?.items;

  return (
    <section className="kb-section" aria-labelledby="dossier-tasks-heading">
      <Heading2 id="dossier-tasks-heading">{t('dossierTasks.heading')}</Heading2>
      {canPostHere && (
        <Paragraph>
          <RouterButtonLink to={newDossierTaskUrl(dossier.id)} appearance="secondary-action-button">
            {t('dossierTasks.post')}
          </RouterButtonLink>
        </Paragraph>
      )}
      {items === undefined ? (
        tasks.loading ? (
          <LoadingState text={t('dossierTasks.loading')} />
        ) : (
          <LoadError error={tasks.error} onRetry={tasks.reload} />
        )
      ) : items.length === 0 ? (
        <Paragraph className="kb-empty">{t('dossierTasks.empty')}</Paragraph>
      ) : (
        <ul className="kb-task-list">
          {items.map((task) => (
            <li key={task.id}>
              <TaskSummaryCard task={task} headingLevel={3}>
                {/* The card marks only klussen that are not open; here every state counts. */}
                {task.status === 'open' && (
                  <Paragraph className="kb-badges">
                    <TaskStatusBadge status={task.status} />
                  </Paragraph>
                )}
              </TaskSummaryCard>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
