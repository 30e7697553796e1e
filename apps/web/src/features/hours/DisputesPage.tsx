import {
  Button,
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  Heading2,
  Paragraph,
} from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useFormat } from '../../i18n/useFormat';
import { apiErrorDetail, invalidParamsOf } from '../../shared/api-error';
import { ConfirmPanel } from '../../shared/ConfirmPanel';
import { Feedback, type FeedbackMessage } from '../../shared/Feedback';
import { LoadError } from '../../shared/LoadError';
import { LoadingState } from '../../shared/LoadingState';
import { PageHeading } from '../../shared/PageHeading';
import { Pagination } from '../../shared/Pagination';
import { RouterLink } from '../../shared/router-links';
import { useApiData } from '../../shared/useApiData';
import { useDocumentTitle } from '../../shared/useDocumentTitle';
import { usePanel } from '../../shared/usePanel';
import { taskUrl } from '../tasks/task-routes';
import { DISPUTES_URL, disputesQuery, type LedgerDispute, settleDispute } from './hours-api';
import { HoursForm } from './HoursForm';

type Status = 'open' | 'settled';

const disputesUrl = (status: Status, page = 1) => {
  const query = new URLSearchParams();
  if (status === 'settled') query.set('status', 'settled');
  if (page > 1) query.set('page', String(page));
  const search = query.toString();
  return search ? `${DISPUTES_URL}?${search}` : DISPUTES_URL;
};

/** /uren/in-gesprek: hours in discussion of my organisation, for the org-admins of both sides to settle. */
export function DisputesPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('hours.disputes.title'));
  const [params] = useSearchParams();
  const status: Status = params.get('status') === 'settled' ? 'settled' : 'open';
  const page = Math.max(1, Math.floor(Number(params.get('page')) || 1));
  const disputes = useApiData(disputesQuery(status, page));
  const data = disputes.data;

  return (
    <>
      <PageHeading>{t('hours.disputes.title')}</PageHeading>
      <Paragraph appearance="lead">{t('hours.disputes.intro')}</Paragraph>
      <nav aria-label={t('hours.disputes.show')}>
        <Paragraph>
          {t('hours.disputes.show')}:{' '}
          {(['open', 'settled'] as const).map((s, i) => (
            <span key={s}>
              {i > 0 && ' · '}
              {s === status ? (
                <strong aria-current="page">{t(`hours.disputes.${s}`)}</strong>
              ) : (
                <RouterLink to={disputesUrl(s)}>{t(`hours.disputes.${s}`)}</RouterLink>
              )}
            </span>
          ))}
        </Paragraph>
      </nav>
      {!data ? (
        disputes.loading ? (
          <LoadingState text={t('common.loading')} />
        ) : (
          <LoadError error={disputes.error} onRetry={disputes.reload} />
        )
      ) : data.items.length === 0 ? (
        <div className="kb-empty">
          <Paragraph>
            {t(status === 'open' ? 'hours.disputes.empty' : 'hours.disputes.emptySettled')}
          </Paragraph>
        </div>
      ) : (
        <>
          <ul className="kb-task-list">
            {data.items.map((dispute) => (
              <li key={dispute.id}>
                <DisputeCard dispute={dispute} onSettled={disputes.reload} />
              </li>
            ))}
          </ul>
          <Pagination
            page={data.page}
            pageCount={Math.ceil(data.total / data.pageSize)}
            to={(n) => disputesUrl(status, n)}
          />
        </>
      )}
    </>
  );
}

function DisputeCard({ dispute, onSettled }: { dispute: LedgerDispute; onSettled: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const panel = usePanel<'form' | 'confirm'>();
  const [pending, setPending] = useState<{ hours: number; note: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const [feedback, setFeedback] = useState<FeedbackMessage | null>(null);
  const [serverErrors, setServerErrors] = useState<{ hours?: string; text?: string }>();
  const headingId = `dispute-${dispute.id}`;
  const hours = (value: number) => t('hours.disputes.hoursValue', { hours: format.number(value) });
  const title = dispute.task.title;

  const settle = async () => {
    if (!pending) return;
    setBusy(true);
    setFeedback(null);
    try {
      await settleDispute(dispute.id, pending.hours, pending.note);
      panel.done();
      setFeedback({
        type: 'ok',
        text: t('hours.disputes.settledDone', { title, hours: format.number(pending.hours) }),
      });
      onSettled();
    } catch (error) {
      const params = invalidParamsOf(error);
      if (params.length > 0) {
        const of = (name: string) => params.find((p) => p.name === name)?.reason;
        setServerErrors({ hours: of('hours'), text: of('note') });
        panel.show('form');
      } else {
        panel.done();
        setFeedback({ type: 'error', text: apiErrorDetail(error) ?? t('common.actionFailed') });
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <article className="kb-task-card" aria-labelledby={headingId}>
      <Heading2 id={headingId}>
        <RouterLink to={taskUrl(dispute.task.id)}>{title}</RouterLink>
      </Heading2>
      <Paragraph>
        {t('hours.disputes.between', { giving: dispute.giving.name, receiving: dispute.receiving.name })}
      </Paragraph>
      <DataList className="kb-facts">
        <DataListItem>
          <DataListKey>{t('hours.disputes.participant')}</DataListKey>
          <DataListValue>{dispute.participant.name}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{t('hours.disputes.completedOn')}</DataListKey>
          <DataListValue>{format.date(dispute.entryDate)}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{t('hours.disputes.recorded')}</DataListKey>
          <DataListValue>{hours(dispute.recordedHours)}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{t('hours.disputes.corrected')}</DataListKey>
          <DataListValue>{hours(dispute.correctedHours)}</DataListValue>
        </DataListItem>
        {dispute.correctionReason && (
          <DataListItem>
            <DataListKey>{t('hours.disputes.correctionReason')}</DataListKey>
            <DataListValue>{dispute.correctionReason}</DataListValue>
          </DataListItem>
        )}
        <DataListItem>
          <DataListKey>{t('hours.disputes.disputeReason', { name: dispute.openedBy.name })}</DataListKey>
          <DataListValue>{dispute.disputeReason}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{t('hours.disputes.openedOn')}</DataListKey>
          <DataListValue>{format.dateOf(dispute.openedAt)}</DataListValue>
        </DataListItem>
        {dispute.settledHours !== null && (
          <DataListItem>
            <DataListKey>{t('hours.disputes.settledHours')}</DataListKey>
            <DataListValue>{hours(dispute.settledHours)}</DataListValue>
          </DataListItem>
        )}
        {dispute.settlementNote && (
          <DataListItem>
            <DataListKey>{t('hours.disputes.settlementNote')}</DataListKey>
            <DataListValue>{dispute.settlementNote}</DataListValue>
          </DataListItem>
        )}
        {dispute.settledBy && dispute.settledAt && (
          <DataListItem>
            <DataListKey>{t('hours.disputes.settledBy')}</DataListKey>
            <DataListValue>
              {dispute.settledBy.name}, {format.dateOf(dispute.settledAt)}
            </DataListValue>
          </DataListItem>
        )}
      </DataList>
      <Feedback message={feedback} />
      {dispute.status === 'open' &&
        (!dispute.canSettle ? (
          <Paragraph>{t('hours.disputes.cannotSettle')}</Paragraph>
        ) : panel.open === 'form' ? (
          <HoursForm
            id={`settle-${dispute.id}`}
            question={t('hours.disputes.settleQuestion', { title })}
            explanation={t('hours.disputes.settleExplanation')}
            hoursLabel={t('hours.disputes.finalHoursLabel')}
            textLabel={t('hours.disputes.noteLabel')}
            textHint={t('hours.disputes.noteHint')}
            submitLabel={t('hours.disputes.settle')}
            rule={{ kind: 'settlement' }}
            busy={busy}
            serverErrors={serverErrors}
            onSubmit={(value, note) => {
              setPending({ hours: value, note });
              panel.show('confirm');
            }}
            onCancel={panel.cancel}
          />
        ) : panel.open === 'confirm' && pending ? (
          <ConfirmPanel
            question={t('hours.disputes.confirmSettle', { hours: format.number(pending.hours) })}
            confirmLabel={t('hours.disputes.yes')}
            busy={busy}
            onConfirm={() => void settle()}
            onCancel={() => panel.show('form')}
          />
        ) : (
          <Button appearance="primary-action-button" onClick={() => panel.show('form')}>
            {t('hours.disputes.settle')} <span className="kb-visually-hidden">{title}</span>
          </Button>
        ))}
    </article>
  );
}
