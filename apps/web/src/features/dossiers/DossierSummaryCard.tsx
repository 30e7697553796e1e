import {
  DataBadge,
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
import { RouterLink } from '../../shared/router-links';
import type { DossierSummary } from './dossier-api';
import { dossierUrl } from './dossier-routes';
import { useDossierText } from './useDossierText';

export function DossierStatusBadge({ status }: { status: DossierSummary['status'] }) {
  const { t } = useTranslation();
  return (
    <StatusBadge status={status === 'active' ? 'safe' : 'neutral'} className="kb-badge">
      {t(`dossier.status.${status}`)}
    </StatusBadge>
  );
}

/** "U bent trekker", "Verzoek verstuurd", "Uitgenodigd": where the reader stands. */
export function MyPlaceBadge({ dossier }: { dossier: Pick<DossierSummary, 'myRole' | 'myStatus'> }) {
  const { t } = useTranslation();
  if (dossier.myStatus === null) return null;
  const text =
    dossier.myStatus === 'active' && dossier.myRole
      ? t(`dossier.myPlace.${dossier.myRole}`)
      : t(`dossier.myPlace.${dossier.myStatus}`);
  return (
    <StatusBadge status="active" className="kb-badge">
      {text}
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

/** One dossier in a list: what someone scanning needs to decide whether to open it. */
export function DossierSummaryCard({ dossier }: { dossier: DossierSummary }) {
  const { t } = useTranslation();
  const text = useDossierText();
  return (
    <article className="kb-task-card kb-dossier-card">
      <Heading3 className="kb-task-card__title">
        <RouterLink to={dossierUrl(dossier.id)}>{dossier.title}</RouterLink>
      </Heading3>
      <Paragraph className="kb-dossier-card__goal">{dossier.goal}</Paragraph>
      <DataList className="kb-facts kb-facts--compact kb-dossier-facts">
        <Fact label={t('dossier.facts.partnership')}>{dossier.partnership.name}</Fact>
        <Fact label={t('dossier.facts.trekkers', { count: dossier.trekkers.length })}>
          {text.people(dossier.trekkers)}
        </Fact>
        <Fact label={t('dossier.facts.team')}>
          {text.teamSize(dossier)}
          {dossier.organisations.length > 0 && (
            <>
              <br />
              <span className="kb-dossier-spread">{text.spread(dossier.organisations)}</span>
            </>
          )}
        </Fact>
        <Fact label={t('dossier.facts.skills')}>{text.skills(dossier.skills)}</Fact>
        <Fact label={t('dossier.facts.period')}>{text.period(dossier)}</Fact>
      </DataList>
      <Paragraph className="kb-badges">
        <DossierStatusBadge status={dossier.status} />
        {dossier.joinPolicy === 'on-request' && (
          <DataBadge className="kb-badge">{t('dossier.joinPolicy.on-request')}</DataBadge>
        )}
        <MyPlaceBadge dossier={dossier} />
      </Paragraph>
    </article>
  );
}
