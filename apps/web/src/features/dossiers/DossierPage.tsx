import {
  Alert,
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  Heading2,
  HTMLContent,
  Paragraph,
} from '@utrecht/component-library-react';
import { type ReactNode, useCallback, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useParams, useSearchParams } from 'react-router';
import { isNotFound } from '../../shared/api-error';
import { LoadError } from '../../shared/LoadError';
import { PageHeading } from '../../shared/PageHeading';
import { RouterLink } from '../../shared/router-links';
import { useApiData } from '../../shared/useApiData';
import { useDocumentTitle } from '../../shared/useDocumentTitle';
import { LoadingState } from '../../shared/LoadingState';
import { demoteHeadings } from '@klussenbank/domain/markdown';
import { ShareSuccessSection } from '../successes/ShareSuccessSection';
import { ActivityFeed } from './ActivityFeed';
import { CheckpointsSection } from './CheckpointsSection';
import { activityQuery, checkpointsQuery, dossierQuery, skillGapQuery } from './dossier-api';
import { DOSSIERS_URL, dossierUrl } from './dossier-routes';
import type { DossierFlash } from './DossierFormPage';
import { DossierNotFound } from './DossierNotFound';
import { DossierStatusBadge, MyPlaceBadge } from './DossierSummaryCard';
import { DossierTasks } from './DossierTasks';
import { LeadPanel } from './LeadPanel';
import { MembershipPanel } from './MembershipPanel';
import { SkillGapSection } from './SkillGapSection';
import { TeamSection } from './TeamSection';
import { useDossierText } from './useDossierText';
import './dossiers.css';

const isFlash = (value: unknown): value is DossierFlash => value === 'created' || value === 'saved';

/** The feed's page, in the dossier's own address: `?activiteit=2`. */
const FEED_PARAM = 'activiteit';
const feedPageFrom = (params: URLSearchParams) => {
  const page = Number(params.get(FEED_PARAM));
  return Number.isInteger(page) && page > 1 ? page : 1;
};

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <DataListItem>
      <DataListKey>{label}</DataListKey>
      <DataListValue>{children}</DataListValue>
    </DataListItem>
  );
}

/** /dossiers/:id: the goal, the team by organisation, its klussen, checkpoints and what happened. */
export function DossierPage() {
  const { t } = useTranslation();
  const text = useDossierText();
  const { id = '' } = useParams();
  const location = useLocation();
  const [searchParams] = useSearchParams();
  const feedPage = feedPageFrom(searchParams);
  const dossier = useApiData(dossierQuery(id));
  const visible = dossier.data !== undefined;
  // The parts load once the dossier itself is known to be visible.
  const gap = useApiData(visible ? skillGapQuery(id) : null);
  const checkpoints = useApiData(visible ? checkpointsQuery(id) : null);
  const activity = useApiData(visible ? activityQuery(id, feedPage) : null);
  const feedHeading = useRef<HTMLHeadingElement>(null);
  const flash: unknown = (location.state as { flash?: unknown } | null)?.flash;
  useDocumentTitle(dossier.data?.title ?? t('dossier.title'));

  const { reload: reloadDossier } = dossier;
  const { reload: reloadGap } = gap;
  const { reload: reloadCheckpoints } = checkpoints;
  const { reload: reloadActivity } = activity;
  /** After a change in the team: who is in it, what it covers and the feed. */
  const teamChanged = useCallback(() => {
    reloadDossier();
    reloadGap();
    reloadActivity();
  }, [reloadDossier, reloadGap, reloadActivity]);
  const checkpointsChanged = useCallback(() => {
    reloadCheckpoints();
    reloadActivity();
  }, [reloadCheckpoints, reloadActivity]);

  const data = dossier.data;
  if (!data) {
    if (dossier.loading) return <LoadingState text={t('dossier.loading')} />;
    if (isNotFound(dossier.error)) return <DossierNotFound />;
    return (
      <>
        <PageHeading>{t('dossier.title')}</PageHeading>
        <LoadError error={dossier.error} onRetry={dossier.reload} />
      </>
    );
  }

  const feedUrl = (page: number) =>
    page > 1 ? `${dossierUrl(data.id)}?${FEED_PARAM}=${page}` : dossierUrl(data.id);

  return (
    <>
      <PageHeading>{data.title}</PageHeading>
      <Paragraph className="kb-task-meta">
        {data.partnership.name} <DossierStatusBadge status={data.status} /> <MyPlaceBadge dossier={data} />
      </Paragraph>
      {isFlash(flash) && (
        <Alert type="ok">
          <Paragraph>{t(`dossier.flash.${flash}`)}</Paragraph>
        </Alert>
      )}

      <section className="kb-section" aria-labelledby="goal-heading">
        <Heading2 id="goal-heading">{t('dossier.goal')}</Heading2>
        <Paragraph appearance="lead" className="kb-dossier-goal">
          {data.goal}
        </Paragraph>
      </section>

      <section className="kb-section" aria-labelledby="dossier-facts-heading">
        <Heading2 id="dossier-facts-heading">{t('dossier.facts.heading')}</Heading2>
        <DataList className="kb-facts">
          <Fact label={t('dossier.facts.partnership')}>{data.partnership.name}</Fact>
          <Fact label={t('dossier.facts.status')}>{t(`dossier.status.${data.status}`)}</Fact>
          <Fact label={t('dossier.facts.period')}>{text.period(data)}</Fact>
          <Fact label={t('dossier.facts.trekkers', { count: data.trekkers.length })}>
            {text.people(data.trekkers)}
          </Fact>
          <Fact label={t('dossier.facts.team')}>{text.teamSize(data)}</Fact>
          <Fact label={t('dossier.facts.joinPolicy')}>
            {t(`dossier.joinPolicyExplained.${data.joinPolicy}`)}
          </Fact>
          <Fact label={t('dossier.facts.skills')}>{text.skills(data.skills)}</Fact>
          <Fact label={t('dossier.facts.createdBy')}>{text.person(data.createdBy)}</Fact>
        </DataList>
      </section>

      <MembershipPanel dossier={data} onChanged={teamChanged} />
      {data.canEdit && <LeadPanel dossier={data} onDossier={dossier.replace} onChanged={teamChanged} />}

      {data.descriptionHtml.trim() !== '' && (
        <section className="kb-section" aria-labelledby="dossier-description-heading">
          <Heading2 id="dossier-description-heading">{t('dossier.description')}</Heading2>
          <HTMLContent
            className="kb-rich-text"
            // Sanitised by the API (Markdown without raw HTML, unsafe links refused).
            dangerouslySetInnerHTML={{ __html: demoteHeadings(data.descriptionHtml) }}
          />
        </section>
      )}

      <TeamSection dossier={data} onChanged={teamChanged} />
      <SkillGapSection dossier={data} gap={gap} onInvited={teamChanged} />
      <DossierTasks dossier={data} />
      <CheckpointsSection dossier={data} checkpoints={checkpoints} onChanged={checkpointsChanged} />
      {data.myRole === 'trekker' && data.myStatus === 'active' && checkpoints.data && (
        <ShareSuccessSection
          source={{
            kind: 'dossier',
            dossierId: data.id,
            completed: data.status === 'completed',
            heldCheckpoints: checkpoints.data.items.filter((c) => c.status === 'held'),
          }}
        />
      )}
      <ActivityFeed activity={activity} pageUrl={feedUrl} headingRef={feedHeading} />

      <Paragraph className="kb-section">
        <RouterLink to={DOSSIERS_URL}>{t('dossier.toList')}</RouterLink>
      </Paragraph>
    </>
  );
}
