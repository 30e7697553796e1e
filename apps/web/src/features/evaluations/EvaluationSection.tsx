import {
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  Heading2,
  Heading3,
  Paragraph,
} from '@utrecht/component-library-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { Feedback, type FeedbackMessage } from '../../shared/Feedback';
import { LoadError } from '../../shared/LoadError';
import { LoadingState } from '../../shared/LoadingState';
import { useApiData } from '../../shared/useApiData';
import { EVALUATION_ANCHOR, taskEvaluationsQuery } from './evaluation-api';
import { EvaluationForm } from './EvaluationForm';
import './evaluations.css';

/**
 * "Hoe ging het?" on a completed klus: a form for each person the viewer still evaluates, and the
 * evaluations the viewer may read (their own, and those of people they manage). Uninvolved viewers
 * see nothing of it.
 */
export function EvaluationSection({ taskId }: { taskId: string }) {
  const { t } = useTranslation();
  const location = useLocation();
  const { data, error, loading, reload } = useApiData(taskEvaluationsQuery(taskId));
  const [feedback, setFeedback] = useState<FeedbackMessage | null>(null);
  const section = useRef<HTMLElement>(null);
  const arrived = useRef(false);

  // A link to #evaluatie (the e-mail's "Beoordeel de klus") lands here once the section is there.
  const shown = data !== undefined && (data.items.length > 0 || data.toEvaluate.length > 0);
  useEffect(() => {
    if (!shown || arrived.current || location.hash !== `#${EVALUATION_ANCHOR}`) return;
    arrived.current = true;
    section.current?.scrollIntoView?.({ block: 'start' });
    section.current?.focus();
  }, [shown, location.hash]);

  if (data === undefined) {
    if (loading) return <LoadingState text={t('evaluations.loading')} />;
    return (
      <section className="kb-section" aria-labelledby="evaluation-heading">
        <Heading2 id="evaluation-heading">{t('evaluations.heading')}</Heading2>
        <LoadError error={error} onRetry={reload} />
      </section>
    );
  }
  if (!shown && !feedback) return null;

  return (
    <section
      ref={section}
      id={EVALUATION_ANCHOR}
      tabIndex={-1}
      className="kb-section"
      aria-labelledby="evaluation-heading"
    >
      <Heading2 id="evaluation-heading">{t('evaluations.heading')}</Heading2>
      <Paragraph>{t('evaluations.intro')}</Paragraph>
      <Feedback message={feedback} />
      {data.toEvaluate.map((person) => (
        <EvaluationForm
          key={person.id}
          taskId={taskId}
          subject={person}
          onGiven={() => {
            setFeedback({ type: 'ok', text: t('evaluations.given', { name: person.name }) });
            reload();
          }}
        />
      ))}
      {data.items.length > 0 && (
        <>
          <Heading3 id="evaluations-given-heading">{t('evaluations.givenHeading')}</Heading3>
          <ul className="kb-evaluation-list" aria-labelledby="evaluations-given-heading">
            {data.items.map((evaluation) => (
              <li key={evaluation.id}>
                <article
                  className="kb-evaluation"
                  aria-label={t('evaluations.about', {
                    author: evaluation.author.name,
                    subject: evaluation.subject.name,
                  })}
                >
                  <Paragraph className="kb-evaluation__who">
                    {t('evaluations.about', {
                      author: evaluation.author.name,
                      subject: evaluation.subject.name,
                    })}
                  </Paragraph>
                  <DataList className="kb-facts">
                    <DataListItem>
                      <DataListKey>{t('evaluations.score')}</DataListKey>
                      <DataListValue>
                        {t('evaluations.scoreValue', {
                          score: evaluation.score,
                          label: t(`evaluations.scores.${evaluation.score}`),
                        })}
                      </DataListValue>
                    </DataListItem>
                    {evaluation.wentWell && (
                      <DataListItem>
                        <DataListKey>{t('evaluations.wentWell')}</DataListKey>
                        <DataListValue className="kb-evaluation__text">{evaluation.wentWell}</DataListValue>
                      </DataListItem>
                    )}
                    {evaluation.couldBeBetter && (
                      <DataListItem>
                        <DataListKey>{t('evaluations.couldBeBetter')}</DataListKey>
                        <DataListValue className="kb-evaluation__text">
                          {evaluation.couldBeBetter}
                        </DataListValue>
                      </DataListItem>
                    )}
                  </DataList>
                </article>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
