import { DataList, DataListItem, DataListKey, DataListValue, Link } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TaskDetail } from './task-api';
import { useTaskText } from './useTaskText';

/** The facts of a klus; the form's preview passes what it has, so numbers may still be missing. */
export type TaskFactsData = Pick<
  TaskDetail,
  | 'organisation'
  | 'poster'
  | 'contact'
  | 'startDate'
  | 'endDate'
  | 'location'
  | 'claimMode'
  | 'visibility'
  | 'partnership'
  | 'requiredSkills'
  | 'niceToHaveSkills'
  | 'learningSuitable'
> & { estimatedHours: number | null; capacity: number | null; placesLeft: number | null };

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <DataListItem>
      <DataListKey>{label}</DataListKey>
      <DataListValue>{children}</DataListValue>
    </DataListItem>
  );
}

export function TaskFacts({ task }: { task: TaskFactsData }) {
  const { t } = useTranslation();
  const text = useTaskText();
  const missing = t('task.notFilledIn');
  const visibility = {
    organisation: t('task.visibility.organisation', { organisation: task.organisation.name }),
    partnership: task.partnership
      ? t('task.visibility.partnershipNamed', { partnership: task.partnership.name })
      : t('task.visibility.partnership'),
    'all-partnerships': t('task.visibility.all-partnerships', { organisation: task.organisation.name }),
  }[task.visibility];

  return (
    <DataList className="kb-facts">
      <Fact label={t('task.facts.organisation')}>{task.organisation.name}</Fact>
      <Fact label={t('task.facts.poster')}>{task.poster.name}</Fact>
      <Fact label={t('task.facts.contact')}>
        {task.contact.name}
        {task.contact.email && (
          <>
            {', '}
            <Link href={`mailto:${task.contact.email}`}>{task.contact.email}</Link>
          </>
        )}
      </Fact>
      <Fact label={t('task.facts.hours')}>
        {task.estimatedHours === null ? missing : text.hours(task.estimatedHours)}
      </Fact>
      <Fact label={t('task.facts.period')}>
        {task.startDate && task.endDate ? text.period(task.startDate, task.endDate) : missing}
      </Fact>
      <Fact label={t('task.facts.location')}>{text.location(task.location)}</Fact>
      <Fact label={t('task.facts.places')}>
        {task.capacity === null || task.placesLeft === null
          ? missing
          : text.places({ capacity: task.capacity, placesLeft: task.placesLeft })}
      </Fact>
      <Fact label={t('task.facts.requiredSkills')}>{text.skills(task.requiredSkills)}</Fact>
      <Fact label={t('task.facts.niceToHaveSkills')}>{text.skills(task.niceToHaveSkills)}</Fact>
      <Fact label={t('task.facts.claimMode')}>{t(`task.claimModeExplained.${task.claimMode}`)}</Fact>
      <Fact label={t('task.facts.visibility')}>{visibility}</Fact>
      <Fact label={t('task.facts.learningSuitable')}>
        {task.learningSuitable ? t('common.yes') : t('common.no')}
      </Fact>
    </DataList>
  );
}
