import { useMemo } from 'react';
import { useLanguage } from './useLanguage';

const LOCALES = { nl: 'nl-NL', en: 'en-GB' } as const;
const TIME_ZONE = 'Europe/Amsterdam';

export interface Format {
  /** "2026-12-01" → "1 december 2026". */
  date: (isoDate: string) => string;
  /** A moment in time, as the date it was in the Netherlands. */
  dateOf: (timestamp: string) => string;
  /** A moment in time with its Dutch clock time: "12 maart 2026 om 14:05". */
  dateTimeOf: (timestamp: string) => string;
  number: (value: number) => string;
}

/** Dates and numbers in the reader's language, always on Dutch time. */
export function useFormat(): Format {
  const { language } = useLanguage();
  return useMemo(() => {
    const locale = LOCALES[language];
    const dates = new Intl.DateTimeFormat(locale, {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: TIME_ZONE,
    });
    const dateTimes = new Intl.DateTimeFormat(locale, {
      dateStyle: 'long',
      timeStyle: 'short',
      timeZone: TIME_ZONE,
    });
    const numbers = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
    // A date without time means that day in the Netherlands; UTC midnight falls on the same day there.
    const date = (isoDate: string) => dates.format(new Date(`${isoDate}T00:00:00Z`));
    return {
      date: (isoDate) => (/^\d{4}-\d{2}-\d{2}$/.test(isoDate) ? date(isoDate) : isoDate),
      dateOf: (timestamp) => dates.format(new Date(timestamp)),
      dateTimeOf: (timestamp) => dateTimes.format(new Date(timestamp)),
      number: (value) => numbers.format(value),
    };
  }, [language]);
}
