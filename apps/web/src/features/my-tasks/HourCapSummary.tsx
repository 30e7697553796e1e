import { Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { apiQuery } from '../../api/client';
import { LoadError } from '../../shared/LoadError';
import { LoadingState } from '../../shared/LoadingState';
import { useApiData } from '../../shared/useApiData';
import { useFormat } from '../../i18n/useFormat';

/** "Gepland deze maand: 12 van 16 uur": my klus hours this month against my cap. */
export function HourCapSummary() {
  const { t } = useTranslation();
  const format = useFormat();
  const cap = useApiData(apiQuery('/me/hour-cap'));
  if (cap.data === undefined) {
    return cap.loading ? (
      <LoadingState text={t('hourCap.loading')} />
    ) : (
      <LoadError error={cap.error} onRetry={cap.reload} />
    );
  }
  const { plannedHours, cap: maximum, hoursLeft } = cap.data;
  return (
    <div className="kb-hour-cap">
      <Paragraph>
        <strong>
          {maximum === null
            ? t('hourCap.plannedNoCap', { planned: format.number(plannedHours) })
            : t('hourCap.planned', { planned: format.number(plannedHours), cap: format.number(maximum) })}
        </strong>
        {maximum !== null && hoursLeft !== null && (
          <> {t('hourCap.left', { count: hoursLeft, left: format.number(hoursLeft) })}</>
        )}
      </Paragraph>
      <Paragraph>
        <small>{t('hourCap.spread')}</small>
      </Paragraph>
    </div>
  );
}
