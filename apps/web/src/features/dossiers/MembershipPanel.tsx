import { DOSSIER_LIMITS, isDossierClosed } from '@klussenbank/domain';
import { Button, ButtonGroup, Heading2, Paragraph } from '@utrecht/component-library-react';
import { type FormEvent, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { apiErrorCode, apiErrorDetail, invalidParamsOf } from '../../shared/api-error';
import { Feedback, type FeedbackMessage } from '../../shared/Feedback';
import { TextareaField } from '../../shared/form-fields';
import { useMe } from '../auth/useMe';
import { ConfirmPanel } from '../../shared/ConfirmPanel';
import { usePanel } from '../../shared/usePanel';
import { addMembership, type DossierDetail, removeMembership, updateMembership } from './dossier-api';

type Panel = 'ask' | 'leave' | 'decline' | 'withdraw';

/** Where the reader stands in the team, and the one step they can take: join, ask, accept, leave. */
export function MembershipPanel({ dossier, onChanged }: { dossier: DossierDetail; onChanged: () => void }) {
  const { t } = useTranslation();
  const me = useMe();
  const panel = usePanel<Panel>();
  const [busy, setBusy] = useState(false);
  const [feedback, setFeedback] = useState<FeedbackMessage | null>(null);
  const [message, setMessage] = useState('');
  const [messageError, setMessageError] = useState<string>();
  const messageField = useRef<HTMLTextAreaElement>(null);

  const mine = dossier.team.find((member) => member.user.id === me.id);
  const closed = isDossierClosed(dossier.status);
  const full = dossier.teamCap !== null && dossier.teamSize >= dossier.teamCap;

  const run = async (work: () => Promise<string>) => {
    setBusy(true);
    setFeedback(null);
    try {
      const outcome = await work();
      panel.done();
      setFeedback({ type: 'ok', text: outcome });
      onChanged();
    } catch (error) {
      const reason = invalidParamsOf(error).find((param) => param.name === 'message')?.reason;
      if (reason && panel.open === 'ask') {
        flushSync(() => setMessageError(reason));
        messageField.current?.focus();
        return;
      }
      setFeedback({ type: 'error', text: apiErrorDetail(error) ?? t('common.actionFailed') });
      // The team may have filled up or the dossier closed meanwhile: show how it is now.
      if (apiErrorCode(error)) onChanged();
    } finally {
      setBusy(false);
    }
  };

  const join = (withMessage?: string) =>
    run(async () => {
      const membership = await addMembership(dossier.id, withMessage ? { message: withMessage } : {});
      setMessage('');
      return membership.status === 'active'
        ? t('membership.outcome.joined')
        : t('membership.outcome.requested');
    });

  const ask = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    const trimmed = message.trim();
    const error =
      trimmed.length > DOSSIER_LIMITS.messageMax
        ? t('membership.messageTooLong', { max: DOSSIER_LIMITS.messageMax })
        : undefined;
    flushSync(() => setMessageError(error));
    if (error) {
      messageField.current?.focus();
      return;
    }
    void join(trimmed || undefined);
  };

  const leave = (outcome: string) =>
    run(async () => {
      await removeMembership(dossier.id, me.id);
      return outcome;
    });

  const acceptInvitation = () =>
    run(async () => {
      await updateMembership(dossier.id, me.id, { status: 'active' });
      return t('membership.outcome.invitationAccepted');
    });

  const toggle = (next: Panel) => (panel.open === next ? panel.cancel() : panel.show(next));

  const body = () => {
    if (dossier.myStatus === 'active') {
      return (
        <>
          <Paragraph>
            {t('membership.youAre', { role: t(`dossier.role.${dossier.myRole ?? 'member'}`).toLowerCase() })}
          </Paragraph>
          {dossier.myRole === 'trekker' ? (
            <Button
              appearance="secondary-action-button"
              aria-expanded={panel.open === 'leave'}
              onClick={() => toggle('leave')}
            >
              {t('membership.leave')}
            </Button>
          ) : (
            // Leaving is one click (the words): a member or adviser can join again later.
            <Button
              appearance="secondary-action-button"
              disabled={busy}
              onClick={() => void leave(`${t('membership.outcome.left')} ${t('membership.leaveExplained')}`)}
            >
              {t('membership.leave')}
            </Button>
          )}
          {panel.open === 'leave' && (
            <ConfirmPanel
              question={t('membership.leaveQuestion')}
              explanation={t('membership.leaveTrekker')}
              confirmLabel={t('membership.leaveConfirm')}
              busy={busy}
              danger
              onConfirm={() => void leave(t('membership.outcome.left'))}
              onCancel={panel.cancel}
            />
          )}
        </>
      );
    }
    if (dossier.myStatus === 'requested') {
      return (
        <>
          <Paragraph>{t('membership.requestPending')}</Paragraph>
          {mine?.message && (
            <Paragraph className="kb-quote">
              {t('membership.yourMessage')} {mine.message}
            </Paragraph>
          )}
          <Button
            appearance="secondary-action-button"
            aria-expanded={panel.open === 'withdraw'}
            onClick={() => toggle('withdraw')}
          >
            {t('membership.withdraw')}
          </Button>
          {panel.open === 'withdraw' && (
            <ConfirmPanel
              question={t('membership.withdrawQuestion')}
              confirmLabel={t('membership.withdrawConfirm')}
              busy={busy}
              onConfirm={() => void leave(t('membership.outcome.withdrawn'))}
              onCancel={panel.cancel}
            />
          )}
        </>
      );
    }
    if (dossier.myStatus === 'invited') {
      return (
        <>
          <Paragraph>
            {t('membership.invited', { role: t(`dossier.role.${dossier.myRole ?? 'member'}`).toLowerCase() })}
          </Paragraph>
          {mine?.message && (
            <Paragraph className="kb-quote">
              {t('membership.invitationMessage')} {mine.message}
            </Paragraph>
          )}
          {closed ? (
            <Paragraph>{t('membership.closed', { status: t(`dossier.status.${dossier.status}`) })}</Paragraph>
          ) : (
            <ButtonGroup>
              <Button
                appearance="primary-action-button"
                busy={busy && panel.open === null}
                onClick={() => void acceptInvitation()}
              >
                {t('membership.acceptInvitation')}
              </Button>
              <Button
                appearance="secondary-action-button"
                aria-expanded={panel.open === 'decline'}
                onClick={() => toggle('decline')}
              >
                {t('membership.declineInvitation')}
              </Button>
            </ButtonGroup>
          )}
          {panel.open === 'decline' && (
            <ConfirmPanel
              question={t('membership.declineQuestion')}
              confirmLabel={t('membership.declineConfirm')}
              busy={busy}
              onConfirm={() => void leave(t('membership.outcome.invitationDeclined'))}
              onCancel={panel.cancel}
            />
          )}
        </>
      );
    }
    if (closed) {
      return (
        <Paragraph>{t('membership.closed', { status: t(`dossier.status.${dossier.status}`) })}</Paragraph>
      );
    }
    if (full) return <Paragraph>{t('membership.full')}</Paragraph>;
    if (dossier.joinPolicy === 'open') {
      return (
        <>
          <Paragraph>{t('membership.openExplained')}</Paragraph>
          <Button appearance="primary-action-button" busy={busy} onClick={() => void join()}>
            {t('membership.join')}
          </Button>
        </>
      );
    }
    return (
      <>
        <Paragraph>{t('membership.onRequestExplained')}</Paragraph>
        <Button
          appearance="primary-action-button"
          aria-expanded={panel.open === 'ask'}
          onClick={() => toggle('ask')}
        >
          {t('membership.ask')}
        </Button>
        {panel.open === 'ask' && (
          <form className="kb-panel" noValidate onSubmit={ask}>
            <TextareaField
              id="membership-message"
              inputRef={messageField}
              label={t('membership.message')}
              description={t('membership.messageHint')}
              rows={4}
              value={message}
              onChange={(event) => setMessage(event.target.value)}
              error={messageError}
              // Opening the form is asking to write; the label is read with it.
              autoFocus
            />
            <ButtonGroup>
              <Button type="submit" appearance="primary-action-button" busy={busy}>
                {t('membership.sendRequest')}
              </Button>
              <Button appearance="secondary-action-button" onClick={panel.cancel}>
                {t('common.back')}
              </Button>
            </ButtonGroup>
          </form>
        )}
      </>
    );
  };

  return (
    <section className="kb-section kb-claim" aria-labelledby="membership-heading">
      <Heading2 id="membership-heading">{t('membership.heading')}</Heading2>
      <Feedback message={feedback} />
      {body()}
    </section>
  );
}
