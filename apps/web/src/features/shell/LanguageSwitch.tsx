import { Button } from '../../shared/nlds';
import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '../../i18n/i18n';
import { useLanguage } from '../../i18n/useLanguage';

/** Each language is named in itself ("English" stays "English" in the Dutch interface). */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const { language, setLanguage } = useLanguage();
  return (
    <div role="group" aria-label={t('language.label')} className="kb-language-switch">
      {LANGUAGES.map((option) => (
        <Button
          key={option}
          lang={option}
          appearance="subtle-button"
          pressed={option === language}
          onClick={() => void setLanguage(option)}
        >
          {t(`language.${option}`)}
        </Button>
      ))}
    </div>
  );
}
