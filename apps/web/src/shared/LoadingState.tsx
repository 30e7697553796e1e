import { Paragraph } from './nlds';
import { useTranslation } from 'react-i18next';

export function LoadingState({ text }: { text?: string }) {
  const { t } = useTranslation();
  return (
    <Paragraph role="status" className="kb-loading">
      {text ?? t('session.loading')}
    </Paragraph>
  );
}
