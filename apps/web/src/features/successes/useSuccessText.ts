import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Success } from './success-api';

/** How a success's people read: the named ones, and how many were not (yet) named. */
export function useSuccessPeople(): (success: Pick<Success, 'named' | 'unnamedCount'>) => string {
  const { t, i18n } = useTranslation();
  return useCallback(
    ({ named, unnamedCount }) => {
      const names = new Intl.ListFormat(i18n.language, { type: 'conjunction' }).format(
        named.map((p) => `${p.name} (${p.organisation.name})`),
      );
      if (named.length === 0) return t('successes.nobodyNamed', { count: unnamedCount });
      if (unnamedCount === 0) return names;
      return t('successes.namedAndOthers', { names, count: unnamedCount });
    },
    [t, i18n.language],
  );
}
