import { isFinal } from '@klussenbank/domain';
import {
  Button,
  ButtonGroup,
  Heading2,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiErrorDetail, invalidParamsOf } from '../../shared/api-error';
import { Feedback, type FeedbackMessage } from '../../shared/Feedback';
import { RouterButtonLink } from '../../shared/router-links';
import {
  changeTaskStatus,
  type ClaimDecision,
  decideClaim,
  type StatusChange,
  type TaskClaim,
  type TaskDetail,
} from '../tasks/task-api';
import { editTaskUrl } from '../tasks/task-routes';
import { useTaskText } from '../tasks/useTaskText';
import { CompleteTaskPanel } from './CompleteTaskPanel';
import { ConfirmPanel } from '../../shared/ConfirmPanel';
import { usePanel } from '../../shared/usePanel';

type Panel =
  | { kind: 'cancel' }
  | { kind: 'complete' }
  | { kind: 'decline'; claimId: string }
  | { kind: 'remove'; claimId: string };

const PARTICIPANT_STATUSES = new Set(['active', 'completed']);
const APPLICANT_STATUSES = new Set(['applied', 'awaiting-consent']);

/** The person a button acts on, for screen readers: "Accepteren Jan de Boer". */
function ForPerson({ name }: { name: string }) {
  return (
    <>
      {' '}
      <span className="kb-visually-hidden">{name}</span>
    </>
  );
}

interface PosterPanelProps {
  task: TaskDetail;
  onTask: (task: TaskDetail) => void;
  onReload: () => void;
}

/** What the poster does with their klus: its life (publish, start, complete, cancel) and its people. */
export function PosterPanel({ task, onTask, onReload }: PosterPanelProps) {
  const { t } = useTranslation();
  const text = useTaskText();
  const panel = usePanel<Panel>();
  const [busy, setBusy] = useState(false);
  const [feedback, setFeedback] = useState<FeedbackMessage | null>(null);
  const [reasonError, setReasonError] = useState<string>();

  const participants = task.claims.filter((claim) => PARTICIPANT_STATUSES.has(claim.status));
  const active = participants.filter((claim) => claim.status === 'active');
  const applicants = task.claims.filter((claim) => APPLICANT_STATUSES.has(claim.status));
  const final = isFinal(task.status);
  const nameOf = (claimId: string) => task.claims.find((claim) => claim.id === claimId)?.user.name ?? '';

  const run = async (work: () => Promise<void>, success: string) => {
    setBusy(true);
    setFeedback(null);
    setReasonError(undefined);
    try {
      await work();
      panel.done();
      setFeedback({ type: 'ok', text: success });
    } catch (error) {
      const reason = invalidParamsOf(error).find((p) => p.name === 'reason' || p.name === 'message')?.reason;
      if (reason && panel.open) setReasonError(reason);
      else setFeedback({ type: 'error', text: apiErrorDetail(error) ?? t('common.actionFailed') });
    } finally {
      setBusy(false);
    }
  };

  const changeStatus = (change: StatusChange) =>
    run(async () => onTask(await changeTaskStatus(task.id, change)), t(`manage.done.${change.action}`));

  const decide = (claimId: string, status: ClaimDecision, message?: string) => {
    const name = nameOf(claimId);
    return run(
      async () => {
        await decideClaim(task.id, claimId, status, message);
        onReload();
      },
      t(`manage.done.${status === 'active' ? 'accepted' : status === 'declined' ? 'declined' : 'removed'}`, {
        name,
      }),
    );
  };

  const toggle = (next: Panel) => {
    const same = panel.open?.kind === next.kind && claimOf(panel.open) === claimOf(next);
    if (same) panel.cancel();
    else {
      setReasonError(undefined);
      panel.show(next);
    }
  };

  const person = (claim: TaskClaim, actions: ReactNode, extra?: ReactNode) => (
    <UnorderedListItem key={claim.id} className="kb-person">
      <Paragraph className="kb-person__name">
        <strong>{claim.user.name}</strong>, {claim.user.organisation.name}
      </Paragraph>
      <Paragraph>
        {t(`claimStatus.${claim.status}`)}
        {claim.actualHours !== null &&
          ` · ${t('manage.actualHours', { hours: text.hours(claim.actualHours) })}`}
        {' · '}
        {t('manage.since', { date: text.format.dateOf(claim.createdAt) })}
      </Paragraph>
      {claim.motivation && (
        <Paragraph className="kb-quote">
          {t('manage.motivation')} {claim.motivation}
        </Paragraph>
      )}
      {actions}
      {extra}
    </UnorderedListItem>
  );

  return (
    <>
      <section className="kb-section kb-manage" aria-labelledby="manage-heading">
        <Heading2 id="manage-heading">{t('manage.heading')}</Heading2>
        <Feedback message={feedback} />
        {task.status === 'cancelled' && task.cancelReason && (
          <Paragraph>{t('manage.cancelledBecause', { reason: task.cancelReason })}</Paragraph>
        )}
        {final ? (
          <Paragraph>{t('manage.final')}</Paragraph>
        ) : (
          <ButtonGroup className="kb-manage__actions">
            {task.status === 'draft' && (
              <Button
                appearance="primary-action-button"
                busy={busy && panel.open === null}
                onClick={() => void changeStatus({ action: 'publish' })}
              >
                {t('manage.publish')}
              </Button>
            )}
            {(task.status === 'open' || task.status === 'full') && (
              <Button
                appearance="primary-action-button"
                busy={busy && panel.open === null}
                onClick={() => void changeStatus({ action: 'start' })}
              >
                {t('manage.start')}
              </Button>
            )}
            {task.status === 'in-progress' && (
              <Button
                appearance="primary-action-button"
                aria-expanded={panel.open?.kind === 'complete'}
                onClick={() => toggle({ kind: 'complete' })}
              >
                {t('manage.complete')}
              </Button>
            )}
            <RouterButtonLink to={editTaskUrl(task.id)} appearance="secondary-action-button">
              {t('manage.edit')}
            </RouterButtonLink>
            <Button
              appearance="secondary-action-button"
              aria-expanded={panel.open?.kind === 'cancel'}
              onClick={() => toggle({ kind: 'cancel' })}
            >
              {t('manage.cancel')}
            </Button>
          </ButtonGroup>
        )}
        {panel.open?.kind === 'complete' && (
          <CompleteTaskPanel
            participants={active}
            skills={task.skills}
            estimatedHours={task.estimatedHours}
            busy={busy}
            onComplete={(actualHours) => void changeStatus({ action: 'complete', actualHours })}
            onCancel={panel.cancel}
          />
        )}
        {panel.open?.kind === 'cancel' && (
          <ConfirmPanel
            question={t('manage.cancelQuestion')}
            explanation={participants.length > 0 ? t('manage.cancelTellsParticipants') : undefined}
            confirmLabel={t('manage.cancelConfirm')}
            reason={{ label: t('manage.cancelReason'), required: true }}
            reasonError={reasonError}
            busy={busy}
            danger
            onConfirm={(reason) => void changeStatus({ action: 'cancel', reason })}
            onCancel={panel.cancel}
          />
        )}
      </section>

      <section className="kb-section" aria-labelledby="participants-heading">
        <Heading2 id="participants-heading">{t('manage.participants')}</Heading2>
        <Paragraph>{t('manage.placesTaken', { count: task.capacity, taken: task.placesTaken })}</Paragraph>
        {participants.length === 0 ? (
          <Paragraph className="kb-empty">{t('manage.noParticipants')}</Paragraph>
        ) : (
          <UnorderedList className="kb-people">
            {participants.map((claim) =>
              person(
                claim,
                claim.status === 'active' && !final && (
                  <ButtonGroup>
                    <Button
                      appearance="secondary-action-button"
                      aria-expanded={panel.open?.kind === 'remove' && panel.open.claimId === claim.id}
                      onClick={() => toggle({ kind: 'remove', claimId: claim.id })}
                    >
                      {t('manage.remove')}
                      <ForPerson name={claim.user.name} />
                    </Button>
                  </ButtonGroup>
                ),
                panel.open?.kind === 'remove' && panel.open.claimId === claim.id && (
                  <ConfirmPanel
                    question={t('manage.removeQuestion', { name: claim.user.name })}
                    confirmLabel={t('manage.removeConfirm')}
                    reason={{
                      label: t('manage.removeReason'),
                      description: t('manage.removeReasonHint'),
                      required: true,
                    }}
                    reasonError={reasonError}
                    busy={busy}
                    danger
                    onConfirm={(reason) => void decide(claim.id, 'removed', reason)}
                    onCancel={panel.cancel}
                  />
                ),
              ),
            )}
          </UnorderedList>
        )}
      </section>

      {(task.claimMode === 'application' || applicants.length > 0) && (
        <section className="kb-section" aria-labelledby="applicants-heading">
          <Heading2 id="applicants-heading">{t('manage.applicants')}</Heading2>
          {applicants.length === 0 ? (
            <Paragraph className="kb-empty">{t('manage.noApplicants')}</Paragraph>
          ) : (
            <UnorderedList className="kb-people">
              {applicants.map((claim) =>
                person(
                  claim,
                  claim.status === 'applied' && !final && (
                    <ButtonGroup>
                      <Button
                        appearance="primary-action-button"
                        busy={busy && panel.open === null}
                        onClick={() => void decide(claim.id, 'active')}
                      >
                        {t('manage.accept')}
                        <ForPerson name={claim.user.name} />
                      </Button>
                      <Button
                        appearance="secondary-action-button"
                        aria-expanded={panel.open?.kind === 'decline' && panel.open.claimId === claim.id}
                        onClick={() => toggle({ kind: 'decline', claimId: claim.id })}
                      >
                        {t('manage.decline')}
                        <ForPerson name={claim.user.name} />
                      </Button>
                    </ButtonGroup>
                  ),
                  panel.open?.kind === 'decline' && panel.open.claimId === claim.id && (
                    <ConfirmPanel
                      question={t('manage.declineQuestion', { name: claim.user.name })}
                      confirmLabel={t('manage.declineConfirm')}
                      reason={{ label: t('manage.declineMessage'), required: false }}
                      reasonError={reasonError}
                      busy={busy}
                      onConfirm={(message) => void decide(claim.id, 'declined', message || undefined)}
                      onCancel={panel.cancel}
                    />
                  ),
                ),
              )}
            </UnorderedList>
          )}
        </section>
      )}
    </>
  );
}

const claimOf = (panel: Panel) => ('claimId' in panel ? panel.claimId : undefined);
