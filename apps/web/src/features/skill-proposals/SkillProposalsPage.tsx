import { Alert, Button, ButtonGroup, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useFormat } from '../../i18n/useFormat';
import { apiErrorCode, apiErrorDetail } from '../../shared/api-error';
import { ConfirmPanel } from '../../shared/ConfirmPanel';
import { Feedback, type FeedbackMessage } from '../../shared/Feedback';
import { LoadError } from '../../shared/LoadError';
import { LoadingState } from '../../shared/LoadingState';
import { PageHeading } from '../../shared/PageHeading';
import { Pagination } from '../../shared/Pagination';
import { useApiData } from '../../shared/useApiData';
import { useDocumentTitle } from '../../shared/useDocumentTitle';
import { usePanel } from '../../shared/usePanel';
import { useMe } from '../auth/useMe';
import {
  acceptProposal,
  existingSkillOf,
  mergeProposal,
  rejectProposal,
  type SkillProposal,
  skillProposalsQuery,
} from './skill-proposal-api';
import { canMergeSkills, canReviewSkillProposals, skillProposalsUrl } from './skill-proposal-routes';

const pageFrom = (params: URLSearchParams) => {
  const page = Number(params.get('page'));
  return Number.isInteger(page) && page > 1 ? page : 1;
};

type ExistingSkill = { id: string; label: string };

/**
 * /vaardigheden/voorstellen: free skill names of klussen and dossiers that wait for an admin. Accepted,
 * a name joins the shared list (every organisation, matching); rejected, it stays on what named it.
 */
export function SkillProposalsPage() {
  const me = useMe();
  const { t } = useTranslation();
  useDocumentTitle(t('skillProposals.title'));
  return (
    <>
      <PageHeading>{t('skillProposals.title')}</PageHeading>
      {canReviewSkillProposals(me.roles) ? (
        <ProposalReview organisationName={me.organisation.name} mayMerge={canMergeSkills(me.roles)} />
      ) : (
        <Paragraph>{t('skillProposals.adminsOnly')}</Paragraph>
      )}
    </>
  );
}

function ProposalReview({ organisationName, mayMerge }: { organisationName: string; mayMerge: boolean }) {
  const { t } = useTranslation();
  const [searchParams] = useSearchParams();
  const page = pageFrom(searchParams);
  const list = useApiData(skillProposalsQuery(page));
  const panel = usePanel<string>();
  // Decided here: gone from the list at once, before the reload answers.
  const [decided, setDecided] = useState<ReadonlySet<string>>(new Set());
  const [conflicts, setConflicts] = useState<Record<string, ExistingSkill>>({});
  const [busy, setBusy] = useState<string | null>(null);
  const [feedback, setFeedback] = useState<FeedbackMessage | null>(null);

  const settled = (proposal: SkillProposal, text: string) => {
    setDecided((current) => new Set(current).add(proposal.id));
    setFeedback({ type: 'ok', text });
    list.reload();
  };

  const failed = (error: unknown) => {
    setFeedback({ type: 'error', text: apiErrorDetail(error) ?? t('common.actionFailed') });
    // Decided meanwhile by another admin: show the list as it is now.
    if (apiErrorCode(error) === 'skill-not-a-proposal') list.reload();
  };

  const act = async (proposal: SkillProposal, action: 'accept' | 'reject' | 'merge') => {
    setBusy(`${action}:${proposal.id}`);
    setFeedback(null);
    try {
      if (action === 'accept') {
        await acceptProposal(proposal.id);
        settled(proposal, t('skillProposals.accepted', { label: proposal.label }));
      } else if (action === 'reject') {
        await rejectProposal(proposal.id);
        panel.done();
        settled(proposal, t('skillProposals.rejected', { label: proposal.label }));
      } else {
        const existing = conflicts[proposal.id];
        await mergeProposal(proposal.id, existing.id);
        settled(proposal, t('skillProposals.merged', { label: proposal.label, existing: existing.label }));
      }
    } catch (error) {
      const existing = action === 'accept' ? existingSkillOf(error) : null;
      if (existing) setConflicts((current) => ({ ...current, [proposal.id]: existing }));
      else failed(error);
    } finally {
      setBusy(null);
    }
  };

  const data = list.data;
  const items = data?.items.filter(({ id }) => !decided.has(id)) ?? [];
  return (
    <>
      <Paragraph appearance="lead">{t('skillProposals.intro')}</Paragraph>
      <Paragraph>{t('skillProposals.acceptExplained')}</Paragraph>
      <Paragraph>{t('skillProposals.rejectExplained')}</Paragraph>
      <Paragraph>
        {mayMerge
          ? t('skillProposals.scopeAll')
          : t('skillProposals.scopeOwn', { organisation: organisationName })}
      </Paragraph>
      <Feedback message={feedback} />
      {!data ? (
        list.loading ? (
          <LoadingState text={t('skillProposals.loading')} />
        ) : (
          <LoadError error={list.error} onRetry={list.reload} />
        )
      ) : (
        <>
          {items.length === 0 ? (
            <Paragraph className="kb-empty">{t('skillProposals.empty')}</Paragraph>
          ) : (
            <ul className="kb-proposal-list" aria-label={t('skillProposals.list')}>
              {items.map((proposal) => (
                <li key={proposal.id}>
                  <ProposalItem
                    proposal={proposal}
                    busy={busy}
                    existing={conflicts[proposal.id]}
                    mayMerge={mayMerge}
                    confirming={panel.open === proposal.id}
                    onAccept={() => void act(proposal, 'accept')}
                    onAskReject={() => {
                      setFeedback(null);
                      panel.show(proposal.id);
                    }}
                    onReject={() => void act(proposal, 'reject')}
                    onCancelReject={panel.cancel}
                    onMerge={() => void act(proposal, 'merge')}
                  />
                </li>
              ))}
            </ul>
          )}
          <Pagination
            page={data.page}
            pageCount={Math.ceil(data.total / data.pageSize)}
            to={skillProposalsUrl}
          />
        </>
      )}
    </>
  );
}

interface ProposalItemProps {
  proposal: SkillProposal;
  /** `${action}:${id}` of the request under way. */
  busy: string | null;
  /** The shared skill that already has this name (the API refused to accept it). */
  existing: ExistingSkill | undefined;
  mayMerge: boolean;
  confirming: boolean;
  onAccept: () => void;
  onAskReject: () => void;
  onReject: () => void;
  onCancelReject: () => void;
  onMerge: () => void;
}

function ProposalItem({
  proposal,
  busy,
  existing,
  mayMerge,
  confirming,
  onAccept,
  onAskReject,
  onReject,
  onCancelReject,
  onMerge,
}: ProposalItemProps) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const headingId = `proposal-${proposal.id}`;
  const uses = [
    proposal.tasks > 0 && t('skillProposals.tasks', { count: proposal.tasks }),
    proposal.dossiers > 0 && t('skillProposals.dossiers', { count: proposal.dossiers }),
  ].filter((use): use is string => typeof use === 'string');

  return (
    <article className="kb-proposal" aria-labelledby={headingId}>
      <Heading2 id={headingId} className="kb-proposal__name">
        {proposal.label}
      </Heading2>
      <Paragraph className="kb-proposal__meta">
        {uses.length > 0
          ? t('skillProposals.usedIn', {
              uses: new Intl.ListFormat(i18n.language, { type: 'conjunction' }).format(uses),
            })
          : t('skillProposals.unused')}
        <br />
        {t('skillProposals.proposedBy', {
          organisation: proposal.organisationName,
          date: format.dateOf(proposal.createdAt),
        })}
      </Paragraph>
      {existing && (
        <ConflictNotice
          label={proposal.label}
          existing={existing}
          mayMerge={mayMerge}
          merging={busy === `merge:${proposal.id}`}
          onMerge={onMerge}
        />
      )}
      <ButtonGroup>
        {!existing && (
          <Button
            appearance="primary-action-button"
            aria-describedby={headingId}
            busy={busy === `accept:${proposal.id}`}
            disabled={busy !== null}
            onClick={onAccept}
          >
            {t('skillProposals.accept')}
          </Button>
        )}
        <Button
          appearance="secondary-action-button"
          aria-describedby={headingId}
          disabled={busy !== null}
          onClick={onAskReject}
        >
          {t('skillProposals.reject')}
        </Button>
      </ButtonGroup>
      {confirming && (
        <ConfirmPanel
          question={t('skillProposals.rejectQuestion', { label: proposal.label })}
          explanation={t('skillProposals.rejectExplanation')}
          confirmLabel={t('skillProposals.rejectConfirm')}
          busy={busy === `reject:${proposal.id}`}
          danger
          onConfirm={onReject}
          onCancel={onCancelReject}
        />
      )}
    </article>
  );
}

/** Why accepting failed, and what can be done instead; it takes focus so the reason is read out. */
function ConflictNotice({
  label,
  existing,
  mayMerge,
  merging,
  onMerge,
}: {
  label: string;
  existing: ExistingSkill;
  mayMerge: boolean;
  merging: boolean;
  onMerge: () => void;
}) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <div ref={ref} tabIndex={-1} className="kb-feedback">
      <Alert type="warning" role="alert">
        <Paragraph>{t('skillProposals.exists', { label, existing: existing.label })}</Paragraph>
        <Paragraph>
          {mayMerge
            ? t('skillProposals.mergeExplained', { label, existing: existing.label })
            : t('skillProposals.askPlatformAdmin', { existing: existing.label })}
        </Paragraph>
        {mayMerge && (
          <Button appearance="primary-action-button" busy={merging} onClick={onMerge}>
            {t('skillProposals.merge', { existing: existing.label })}
          </Button>
        )}
      </Alert>
    </div>
  );
}
