import type { MatchReason } from '@klussenbank/domain';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

/** "Waarom: GIS (expert), leerdoel: projectleiding, past in uw uren"; empty without reasons. */
export function useMatchReasons(): (reasons: readonly MatchReason[]) => string {
  const { t } = useTranslation();
  return useCallback(
    (reasons) => {
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
            return t('match.hours');
          case 'location':
            return t('match.location');
        }
      });
      return parts.length > 0 ? t('match.why', { reasons: parts.join(', ') }) : '';
    },
    [t],
  );
}
