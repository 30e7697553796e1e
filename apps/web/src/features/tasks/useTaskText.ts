import type { LocationType } from '@klussenbank/domain';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/useFormat';

interface Location {
  type: LocationType;
  municipality: string | null;
  address?: string | null;
}

/** How a klus's facts read, in the reader's language. */
export function useTaskText() {
  const { t } = useTranslation();
  const format = useFormat();
  return useMemo(
    () => ({
      format,
      hours: (hours: number) => t('task.hours', { count: hours, hours: format.number(hours) }),
      period: (startDate: string, endDate: string) =>
        t('task.period', { start: format.date(startDate), end: format.date(endDate) }),
      location: ({ type, municipality, address }: Location) => {
        const place = [municipality, address].filter(Boolean).join(', ');
        switch (type) {
          case 'remote':
            return t('task.location.remote');
          case 'on-site':
            return place ? t('task.location.onSiteIn', { place }) : t('task.location.onSite');
          case 'hybrid':
            return place ? t('task.location.hybridIn', { place }) : t('task.location.hybrid');
        }
      },
      places: ({ placesLeft, capacity }: { placesLeft: number; capacity: number }) =>
        placesLeft <= 0 ? t('task.full') : t('task.places', { count: capacity, free: placesLeft }),
      skills: (skills: readonly string[]) => (skills.length > 0 ? skills.join(', ') : t('task.noSkills')),
    }),
    [t, format],
  );
}
