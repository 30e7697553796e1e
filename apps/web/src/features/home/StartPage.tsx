import { ButtonGroup, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../shared/PageHeading';
import { RouterButtonLink } from '../../shared/router-links';
import { useDocumentTitle } from '../../shared/useDocumentTitle';
import { useMe } from '../auth/useMe';
import { canPost } from '../tasks/can-post';
import { BROWSE_URL, MY_TASKS_URL, NEW_TASK_URL } from '../tasks/task-routes';

export function StartPage() {
  const me = useMe();
  const { t } = useTranslation();
  useDocumentTitle(t('start.title'));
  return (
    <>
      <PageHeading>{t('start.heading', { name: me.displayName })}</PageHeading>
      <Paragraph appearance="lead">{t('start.intro')}</Paragraph>
      <section className="kb-section" aria-labelledby="start-tasks">
        <Heading2 id="start-tasks">{t('start.tasksHeading')}</Heading2>
        <Paragraph>{canPost(me.roles) ? t('start.tasksTextManager') : t('start.tasksText')}</Paragraph>
        <ButtonGroup>
          <RouterButtonLink to={BROWSE_URL} appearance="primary-action-button">
            {t('start.toTasks')}
          </RouterButtonLink>
          <RouterButtonLink to={MY_TASKS_URL} appearance="secondary-action-button">
            {t('start.toMyTasks')}
          </RouterButtonLink>
          {canPost(me.roles) && (
            <RouterButtonLink to={NEW_TASK_URL} appearance="secondary-action-button">
              {t('start.toNewTask')}
            </RouterButtonLink>
          )}
        </ButtonGroup>
      </section>
    </>
  );
}
