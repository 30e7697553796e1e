import type { MatchReason } from '@klussenbank/domain';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/useFormat';
import type { DossierSummary, Person } from './dossier-api';

/** How a dossier's facts read, in the reader's language. */
export function useDossierText() {
  const { t } = useTranslation();
  const format = useFormat();
  return useMemo(() => {
    const person = (who: Person) =>
      t('dossier.personAt', { name: who.name, organisation: who.organisation.name });
    return {
      format,
      person,
      people: (who: readonly Person[]) => who.map(person).join(', '),
      period: ({ startDate, endDate }: Pick<DossierSummary, 'startDate' | 'endDate'>) =>
        endDate
          ? t('dossier.period', { start: format.date(startDate), end: format.date(endDate) })
          : t('dossier.from', { start: format.date(startDate) }),
      /** "3 mensen uit 2 organisaties" (and the cap, when there is one). */
      teamSize: ({ teamSize, teamCap, organisations }: DossierSummary) => {
        const people =
          teamCap === null
            ? t('dossier.teamSize', { count: teamSize })
            : t('dossier.teamSizeOfCap', { count: teamSize, cap: teamCap });
        return organisations.length > 1
          ? t('dossier.teamFrom', { people, count: organisations.length })
          : people;
      },
      /** "Gemeente Zeist (2), Gemeente Oss (1)": biggest first. */
      spread: (organisations: DossierSummary['organisations']) =>
        [...organisations]
          .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, 'nl'))
          .map(({ name, count }) => t('dossier.spreadItem', { name, size: count }))
          .join(', '),
      skills: (skills: DossierSummary['skills']) =>
        skills.length > 0 ? skills.map((skill) => skill.label).join(', ') : t('dossier.noSkills'),
      /** Why someone is suggested for a gap: about them, so in the third person. */
      reasons: (reasons: readonly MatchReason[]) => {
        const parts = reasons.map((reason) => {
          switch (reason.kind) {
            case 'required':
              return t(reason.demonstrated ? 'match.requiredDemonstrated' : 'match.required', {
                skill: reason.skill,
                level: t(`match.level.${reason.level}`),
              });
            case 'nice-to-have':
              return t('match.niceToHave', { skill: reason.skill, level: t(`match.level.${reason.level}`) });
            case 'learning-goal':
              return t('match.learningGoal', { skill: reason.skill });
            case 'hours':
              return t('skillGap.reasonHours');
            case 'location':
              return t('skillGap.reasonLocation');
          }
        });
        return parts.length > 0 ? t('match.why', { reasons: parts.join(', ') }) : '';
      },
    };
  }, [t, format]);
}
