import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_LANGUAGE, isLanguage, type Language, loadLanguage, rememberLanguage } from './i18n';

export function useLanguage(): { language: Language; setLanguage: (language: Language) => Promise<void> } {
  const { i18n } = useTranslation();
  const language = isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : DEFAULT_LANGUAGE;
  const setLanguage = useCallback(
    async (next: Language) => {
      // The other language's texts come as a chunk of their own; switch once they are here (and
      // stay in the current language when they cannot be loaded, e.g. offline).
      try {
        await loadLanguage(i18n, next);
      } catch {
        return;
      }
      rememberLanguage(next);
      await i18n.changeLanguage(next);
    },
    [i18n],
  );
  return { language, setLanguage };
}
