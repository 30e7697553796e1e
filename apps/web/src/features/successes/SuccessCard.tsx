import {
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  Heading3,
  Paragraph,
  StatusBadge,
} from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/useFormat';
import { RouterLink } from '../../shared/router-links';
import type { Success } from './success-api';
import { successUrl } from './success-routes';
import { useSuccessPeople } from './useSuccessText';

export function SuccessFact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <DataListItem>
      <DataListKey>{label}</DataListKey>
      <DataListValue>{children}</DataListValue>
    </DataListItem>
  );
}

export function MilestoneBadge({ milestone }: { milestone: Success['milestone'] }) {
  const { t } = useTranslation();
  return (
    <StatusBadge status="safe" className="kb-badge">
      {t(`successes.milestone.${milestone}`)}
    </StatusBadge>
  );
}

/** One success on the wall: what it was, who did it, and how the partners responded. */
export function SuccessCard({ success, skillUrl }: { success: Success; skillUrl: (id: string) => string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const people = useSuccessPeople();
  return (
    <article className="kb-task-card kb-success-card">
      <Heading3 className="kb-task-card__title">
        <RouterLink to={successUrl(success.id)}>{success.title}</RouterLink>
      </Heading3>
      <Paragraph className="kb-task-meta">
        <MilestoneBadge milestone={success.milestone} /> {format.dateOf(success.createdAt)}
      </Paragraph>
      <DataList className="kb-facts kb-facts--compact">
        <SuccessFact label={t('successes.facts.organisations')}>
          {success.organisations.map((o) => o.name).join(', ')}
        </SuccessFact>
        <SuccessFact label={t('successes.facts.hours')}>
          {t('successes.hours', { count: success.hours, hours: format.number(success.hours) })}
        </SuccessFact>
        <SuccessFact label={t('successes.facts.people')}>{people(success)}</SuccessFact>
        {success.skills.length > 0 && (
          <SuccessFact label={t('successes.facts.skills')}>
            <ul className="kb-inline-list">
              {success.skills.map((skill) => (
                <li key={skill.id}>
                  <RouterLink
                    to={skillUrl(skill.id)}
                    aria-label={t('successes.filterBySkill', { name: skill.name })}
                  >
                    {skill.name}
                  </RouterLink>
                </li>
              ))}
            </ul>
          </SuccessFact>
        )}
      </DataList>
      <Paragraph className="kb-success-card__response">
        {t('successes.cardApplause', { count: success.applause.count })} ·{' '}
        {t('successes.cardComments', { count: success.commentCount })}
      </Paragraph>
    </article>
  );
}
