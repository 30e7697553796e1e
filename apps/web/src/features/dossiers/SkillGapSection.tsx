import { isDossierClosed } from '@klussenbank/domain';
import {
  Button,
  DataBadge,
  Heading2,
  Heading3,
  Paragraph,
  StatusBadge,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiErrorDetail } from '../../shared/api-error';
import { Feedback, type FeedbackMessage } from '../../shared/Feedback';
import { LoadError } from '../../shared/LoadError';
import type { ApiData } from '../../shared/useApiData';
import { LoadingState } from '../../shared/LoadingState';
import { matchReasons } from '../tasks/task-api';
import { addMembership, type DossierDetail, type SkillGap, type SkillHolder } from './dossier-api';
import { useDossierText } from './useDossierText';

interface SkillGapSectionProps {
  dossier: DossierDetail;
  gap: ApiData<SkillGap>;
  onInvited: () => void;
}

/**
 * The skills the dossier needs against the team's, and for each gap how many people in the
 * partnership have it. Trekkers also see the people who can be found by them, by name: suggestions
 * only, a trekker decides whom to invite. People choose whether they can be found.
 */
export function SkillGapSection({ dossier, gap, onInvited }: SkillGapSectionProps) {
  const { t } = useTranslation();
  const text = useDossierText();
  const [busy, setBusy] = useState<string | null>(null);
  const [feedback, setFeedback] = useState<FeedbackMessage | null>(null);
  const canInvite = dossier.canEdit && !isDossierClosed(dossier.status);
  const items = gap.data?.items;
  const named = gap.data?.namedSuggestions ?? false;

  const invite = async (userId: string, name: string) => {
    setBusy(userId);
    setFeedback(null);
    try {
      await addMembership(dossier.id, { userId });
      setFeedback({ type: 'ok', text: t('skillGap.invited', { name }) });
      onInvited();
    } catch (error) {
      setFeedback({ type: 'error', text: apiErrorDetail(error) ?? t('common.actionFailed') });
    } finally {
      setBusy(null);
    }
  };

  const level = (holder: SkillHolder) =>
    holder.demonstrated
      ? t('skillGap.levelDemonstrated', { level: t(`match.level.${holder.level}`) })
      : t(`match.level.${holder.level}`);

  // Invited or requested already: no second invitation.
  const pending = new Set(dossier.team.map((member) => member.user.id));

  const body = () => {
    if (items === undefined) {
      return gap.loading ? (
        <LoadingState text={t('skillGap.loading')} />
      ) : (
        <LoadError error={gap.error} onRetry={gap.reload} />
      );
    }
    if (items.length === 0) return <Paragraph className="kb-empty">{t('skillGap.noSkills')}</Paragraph>;
    const covered = items.filter((entry) => entry.covered).length;
    return (
      <>
        <Paragraph>{t('skillGap.summary', { covered, count: items.length })}</Paragraph>
        <ul className="kb-skill-gap">
          {items.map((entry) => (
            <li key={entry.skill.id} className="kb-skill-gap__entry">
              <Heading3 className="kb-skill-gap__skill">
                {entry.skill.label}{' '}
                <StatusBadge status={entry.covered ? 'safe' : 'warning'} className="kb-badge">
                  {entry.covered ? t('skillGap.covered') : t('skillGap.gap')}
                </StatusBadge>
              </Heading3>
              {entry.team.length > 0 && (
                <Paragraph>
                  {t('skillGap.inTeam')}{' '}
                  {entry.team.map((holder) => `${text.person(holder.user)}, ${level(holder)}`).join('; ')}
                </Paragraph>
              )}
              {!entry.covered &&
                (!named ? (
                  <Paragraph>
                    {entry.candidateCount === 0
                      ? t('skillGap.noSuggestions')
                      : t('skillGap.candidates', { count: entry.candidateCount })}
                  </Paragraph>
                ) : entry.suggestions.length === 0 ? (
                  <Paragraph>
                    {entry.candidateCount === 0
                      ? t('skillGap.noSuggestions')
                      : t('skillGap.noneFindable', { count: entry.candidateCount })}
                  </Paragraph>
                ) : (
                  <>
                    <Paragraph>{t('skillGap.suggestionsIntro')}</Paragraph>
                    <UnorderedList className="kb-people">
                      {entry.suggestions.map((suggestion) => (
                        <UnorderedListItem key={suggestion.user.id} className="kb-person">
                          <Paragraph className="kb-person__name">
                            <strong>{suggestion.user.name}</strong>, {suggestion.user.organisation.name}
                          </Paragraph>
                          <Paragraph>{level(suggestion)}</Paragraph>
                          {suggestion.reasons.length > 0 && (
                            <Paragraph className="kb-reasons">
                              {text.reasons(matchReasons(suggestion.reasons))}
                            </Paragraph>
                          )}
                          {canInvite &&
                            (pending.has(suggestion.user.id) ? (
                              <Paragraph>
                                <DataBadge className="kb-badge">{t('skillGap.alreadyAsked')}</DataBadge>
                              </Paragraph>
                            ) : (
                              <Button
                                appearance="secondary-action-button"
                                busy={busy === suggestion.user.id}
                                onClick={() => void invite(suggestion.user.id, suggestion.user.name)}
                              >
                                {t('skillGap.invite')}{' '}
                                <span className="kb-visually-hidden">{suggestion.user.name}</span>
                              </Button>
                            ))}
                        </UnorderedListItem>
                      ))}
                    </UnorderedList>
                    {entry.candidateCount > entry.findableCount && (
                      <Paragraph>
                        {t('skillGap.notFindable', { count: entry.candidateCount - entry.findableCount })}
                      </Paragraph>
                    )}
                  </>
                ))}
            </li>
          ))}
        </ul>
      </>
    );
  };

  return (
    <section className="kb-section" aria-labelledby="skill-gap-heading">
      <Heading2 id="skill-gap-heading">{t('skillGap.heading')}</Heading2>
      <Paragraph>{t('skillGap.intro')}</Paragraph>
      {gap.data && !named && <Paragraph>{t('skillGap.countsOnly')}</Paragraph>}
      <Feedback message={feedback} />
      {body()}
    </section>
  );
}
