import { Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/useFormat';
import type { LedgerEntry } from './hours-api';

/** "Status: vastgelegd" and, while recorded, until when it can be answered. */
export function HoursState({ entry }: { entry: Pick<LedgerEntry, 'state' | 'answerBefore'> }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <>
      <Paragraph className="kb-claim-status">
        {t('hours.stateLabel')}{' '}
        <strong className={`kb-hours-state kb-hours-state--${entry.state}`}>
          {t(`hours.state.${entry.state}`)}
        </strong>
      </Paragraph>
      {entry.state === 'recorded' && entry.answerBefore && (
        <Paragraph>{t('hours.answerBefore', { date: format.dateTimeOf(entry.answerBefore) })}</Paragraph>
      )}
    </>
  );
}
