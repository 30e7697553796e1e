import { isFinal } from '@klussenbank/domain';
import { Alert, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { isNotFound } from '../../shared/api-error';
import { LoadError } from '../../shared/LoadError';
import { PageHeading } from '../../shared/PageHeading';
import { RouterLink } from '../../shared/router-links';
import { useApiData } from '../../shared/useApiData';
import { useDocumentTitle } from '../../shared/useDocumentTitle';
import { useMe } from '../auth/useMe';
import { dossierQuery } from '../dossiers/dossier-api';
import { dossierUrl } from '../dossiers/dossier-routes';
import { LoadingState } from '../../shared/LoadingState';
import type { TaskFlash } from '../task-detail/TaskDetailPage';
import { TaskNotFound } from '../task-detail/TaskNotFound';
import { changeTaskStatus, createTask, taskQuery, updateTask } from '../tasks/task-api';
import { canPost } from '../tasks/can-post';
import { taskUrl } from '../tasks/task-routes';
import { changedFields, emptyTaskForm, formFromTask, toTaskInput, type TaskFormValues } from './task-form';
import { TaskForm } from './TaskForm';

/**
 * /klussen/nieuw: a manager posts a klus, published at once or kept as a draft.
 * `?dossier=<id>`: the klus belongs to that dossier and its partnership sees it.
 */
export function NewTaskPage() {
  const { t } = useTranslation();
  const me = useMe();
  const navigate = useNavigate();
  const dossierId = useSearchParams()[0].get('dossier');
  const dossier = useApiData(dossierId ? dossierQuery(dossierId) : null);
  useDocumentTitle(t('taskForm.newTitle'));

  if (!canPost(me.roles)) {
    return (
      <>
        <PageHeading>{t('taskForm.newTitle')}</PageHeading>
        <Alert type="info">
          <Paragraph>{t('taskForm.managersOnly')}</Paragraph>
        </Alert>
      </>
    );
  }

  if (dossierId && !dossier.data && dossier.loading)
    return <LoadingState text={t('taskForm.dossierLoading')} />;
  const forDossier = dossier.data ?? null;

  const save = async (values: TaskFormValues, publish: boolean) => {
    const task = await createTask({
      ...toTaskInput(values),
      publish,
      ...(forDossier ? { dossierId: forDossier.id } : {}),
    });
    const flash: TaskFlash = publish ? 'created' : 'draft';
    await navigate(taskUrl(task.id), { state: { flash } });
  };

  return (
    <>
      <PageHeading>{t('taskForm.newTitle')}</PageHeading>
      <Paragraph appearance="lead">{t('taskForm.newIntro')}</Paragraph>
      {forDossier && (
        <Alert type="info">
          <Paragraph>
            {t('taskForm.forDossier')}{' '}
            <RouterLink to={dossierUrl(forDossier.id)}>{forDossier.title}</RouterLink>.{' '}
            {t('taskForm.forDossierVisibility', { partnership: forDossier.partnership.name })}
          </Paragraph>
        </Alert>
      )}
      {dossierId &&
        !forDossier &&
        (isNotFound(dossier.error) ? (
          <Alert type="warning">
            <Paragraph>{t('taskForm.dossierNotFound')}</Paragraph>
          </Alert>
        ) : (
          <LoadError error={dossier.error} onRetry={dossier.reload} />
        ))}
      <TaskForm
        // The dossier decides who sees the klus: its partnership, unless the poster chooses otherwise.
        key={forDossier?.id ?? 'none'}
        mode="create"
        initial={
          forDossier
            ? { ...emptyTaskForm(), visibility: 'partnership', partnershipId: forDossier.partnership.id }
            : emptyTaskForm()
        }
        organisation={me.organisation}
        poster={{ id: me.id, name: me.displayName, email: me.email }}
        partnerships={me.partnerships}
        placesTaken={0}
        draftKey={`klus-nieuw-${forDossier?.id ?? 'los'}`}
        save={save}
      />
    </>
  );
}

/** /klussen/:id/bewerken: the poster changes their klus; only what changed is sent. */
export function EditTaskPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const me = useMe();
  const navigate = useNavigate();
  const { data: task, error, loading, reload } = useApiData(taskQuery(id));
  useDocumentTitle(t('taskForm.editTitle'));

  if (!task) {
    if (loading) return <LoadingState text={t('detail.loading')} />;
    if (isNotFound(error)) return <TaskNotFound />;
    return (
      <>
        <PageHeading>{t('taskForm.editTitle')}</PageHeading>
        <LoadError error={error} onRetry={reload} />
      </>
    );
  }

  if (!task.isPoster || isFinal(task.status)) {
    return (
      <>
        <PageHeading>{t('taskForm.editTitle')}</PageHeading>
        <Alert type="info">
          <Paragraph>{task.isPoster ? t('taskForm.closed') : t('taskForm.postersOnly')}</Paragraph>
        </Alert>
        <Paragraph>
          <RouterLink to={taskUrl(task.id)}>{t('taskForm.backToTask')}</RouterLink>
        </Paragraph>
      </>
    );
  }

  const save = async (values: TaskFormValues, publish: boolean) => {
    const changes = changedFields(toTaskInput(formFromTask(task)), toTaskInput(values));
    if (Object.keys(changes).length > 0) await updateTask(task.id, changes);
    if (publish) await changeTaskStatus(task.id, { action: 'publish' });
    const flash: TaskFlash = publish ? 'created' : 'saved';
    await navigate(taskUrl(task.id), { state: { flash } });
  };

  return (
    <>
      <PageHeading>{t('taskForm.editTitle')}</PageHeading>
      <Paragraph appearance="lead">{task.title}</Paragraph>
      {task.placesTaken > 0 && (
        <Alert type="info">
          <Paragraph>{t('taskForm.peopleOnIt')}</Paragraph>
        </Alert>
      )}
      <TaskForm
        mode={task.status === 'draft' ? 'edit-draft' : 'edit'}
        initial={formFromTask(task)}
        organisation={task.organisation}
        poster={{ ...task.poster, email: me.email }}
        partnerships={me.partnerships}
        placesTaken={task.placesTaken}
        draftKey={`klus-${task.id}`}
        save={save}
      />
      <Paragraph>
        <RouterLink to={taskUrl(task.id)}>{t('taskForm.backToTask')}</RouterLink>
      </Paragraph>
    </>
  );
}
