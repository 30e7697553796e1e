import { Button, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { RouterLink } from '../../shared/router-links';
import { useApiData } from '../../shared/useApiData';
import { STACKED_FILTERS_QUERY, useMediaQuery } from '../../shared/useMediaQuery';
import { MY_PROFILE_URL } from '../my-profile/profile-routes';
import { apiQuery } from '../../api/client';
import type { components } from '../../api/schema.gen';
import { matchReasons } from '../tasks/task-api';
import { TaskSummaryCard } from '../tasks/TaskSummaryCard';
import { useMatchReasons } from '../tasks/useMatchReasons';

export type Recommendation = components['schemas']['RecommendedTaskDto'];

const recommendedTasksQuery = () => apiQuery('/me/recommended-tasks');
export const RECOMMENDATIONS_SHOWN = 5;

/**
 * "Aanbevolen voor u": the open klussen that fit the user's profile best, each saying why. An
 * extra: when it fails, the browse page under it works as ever, so the failure is a quiet note.
 * On a small screen it is folded behind its heading (a disclosure), so the results come first.
 */
export function RecommendedTasks() {
  const { t } = useTranslation();
  const why = useMatchReasons();
  const recommended = useApiData(recommendedTasksQuery());
  const items = recommended.data?.items.slice(0, RECOMMENDATIONS_SHOWN);
  const foldable = useMediaQuery(STACKED_FILTERS_QUERY);
  const [open, setOpen] = useState(false);

  return (
    <section className="kb-recommended" aria-labelledby="recommended-heading">
      <Heading2 id="recommended-heading">
        {foldable ? (
          <button
            type="button"
            className="kb-heading-toggle"
            aria-expanded={open}
            aria-controls="recommended-content"
            onClick={() => setOpen(!open)}
          >
            {t('recommended.heading')}
            {items !== undefined && items.length > 0 && ` (${items.length})`}
          </button>
        ) : (
          t('recommended.heading')
        )}
      </Heading2>
      <div id="recommended-content" className="kb-recommended__content" hidden={foldable && !open}>
        {items === undefined ? (
          recommended.loading ? (
            <Paragraph>{t('recommended.loading')}</Paragraph>
          ) : (
            <div className="kb-note">
              <Paragraph>{t('recommended.failed')}</Paragraph>
              <Button appearance="subtle-button" onClick={recommended.reload}>
                {t('recommended.retry')}
              </Button>
            </div>
          )
        ) : items.length === 0 ? (
          <Paragraph className="kb-empty">
            <Trans i18nKey="recommended.empty" components={{ profile: <RouterLink to={MY_PROFILE_URL} /> }} />
          </Paragraph>
        ) : (
          <>
            <Paragraph>{t('recommended.intro')}</Paragraph>
            <ul className="kb-task-list">
              {items.map(({ task, reasons }) => (
                <li key={task.id}>
                  <TaskSummaryCard task={task} headingLevel={3}>
                    {reasons.length > 0 && (
                      <Paragraph className="kb-reasons">{why(matchReasons(reasons))}</Paragraph>
                    )}
                  </TaskSummaryCard>
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
    </section>
  );
}
