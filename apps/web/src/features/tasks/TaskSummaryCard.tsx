import {
  DataBadge,
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  Heading2,
  Heading3,
  Paragraph,
  StatusBadge,
} from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { RouterLink } from '../../shared/router-links';
import type { TaskSummary } from './task-api';
import { taskUrl } from './task-routes';
import { useTaskText } from './useTaskText';

export function TaskStatusBadge({ status }: { status: TaskSummary['status'] }) {
  const { t } = useTranslation();
  return (
    <StatusBadge status={status === 'open' ? 'safe' : 'neutral'} className="kb-badge">
      {t(`task.status.${status}`)}
    </StatusBadge>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <DataListItem>
      <DataListKey>{label}</DataListKey>
      <DataListValue>{children}</DataListValue>
    </DataListItem>
  );
}

interface TaskSummaryCardProps {
  task: TaskSummary;
  headingLevel?: 2 | 3;
  /** Extra lines under the facts: a claim's status, counts, actions. */
  children?: ReactNode;
  /** After completion: the hours recorded for me, shown instead of the estimate. */
  workedHours?: number;
}

/** One klus in a list: what someone scanning needs to decide whether to open it. */
export function TaskSummaryCard({ task, headingLevel = 3, children, workedHours }: TaskSummaryCardProps) {
  const { t } = useTranslation();
  const text = useTaskText();
  const Heading = headingLevel === 2 ? Heading2 : Heading3;
  const skills = [...task.requiredSkills, ...task.niceToHaveSkills];
  return (
    <article className="kb-task-card">
      <Heading className="kb-task-card__title">
        <RouterLink to={taskUrl(task.id)}>{task.title}</RouterLink>
      </Heading>
      <Paragraph className="kb-task-card__organisation">{task.organisation.name}</Paragraph>
      <DataList className="kb-facts kb-facts--compact">
        {workedHours === undefined ? (
          <Fact label={t('task.facts.hours')}>{text.hours(task.estimatedHours)}</Fact>
        ) : (
          <Fact label={t('hours.worked')}>{text.hours(workedHours)}</Fact>
        )}
        <Fact label={t('task.facts.period')}>{text.period(task.startDate, task.endDate)}</Fact>
        <Fact label={t('task.facts.location')}>{text.location(task.location)}</Fact>
        <Fact label={t('task.facts.places')}>{text.places(task)}</Fact>
        {skills.length > 0 && <Fact label={t('task.facts.skills')}>{text.skills(skills)}</Fact>}
      </DataList>
      {(task.status !== 'open' || task.learningSuitable || task.claimMode === 'application') && (
        <Paragraph className="kb-badges">
          {task.status !== 'open' && <TaskStatusBadge status={task.status} />}
          {task.claimMode === 'application' && (
            <DataBadge className="kb-badge">{t('task.claimMode.application')}</DataBadge>
          )}
          {task.learningSuitable && <DataBadge className="kb-badge">{t('task.learningSuitable')}</DataBadge>}
        </Paragraph>
      )}
      {children}
    </article>
  );
}
