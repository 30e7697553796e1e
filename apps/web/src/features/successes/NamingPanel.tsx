import { Button, ButtonGroup, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useRef, useState } from 'react';
import { useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Feedback, type FeedbackMessage } from '../../shared/Feedback';
import { answerNaming, type Success } from './success-api';
import { NAMING_ANCHOR } from './success-routes';

/** "Mag uw naam bij dit succes?" for a person involved: yes, no, or withdraw an earlier yes. */
export function NamingPanel({ success, onAnswered }: { success: Success; onAnswered: (s: Success) => void }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<FeedbackMessage | null>(null);
  const location = useLocation();
  const section = useRef<HTMLElement>(null);
  const arrived = useRef(false);
  const state = success.myNaming;

  // The notification's and the e-mail's link (#naam) lands here.
  useEffect(() => {
    if (state === null || arrived.current || location.hash !== `#${NAMING_ANCHOR}`) return;
    arrived.current = true;
    section.current?.scrollIntoView?.({ block: 'start' });
    section.current?.focus();
  }, [state, location.hash]);

  if (state === null) return null;

  const answer = async (agree: boolean) => {
    setBusy(true);
    setMessage(null);
    try {
      const updated = await answerNaming(success.id, agree);
      onAnswered(updated);
      setMessage({ type: 'ok', text: t(`successes.naming.${agree ? 'agreed' : 'declined'}`) });
    } catch {
      setMessage({ type: 'error', text: t('successes.naming.failed') });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section
      id={NAMING_ANCHOR}
      tabIndex={-1}
      className="kb-section kb-panel"
      aria-labelledby="naming-heading"
    >
      <Heading2 id="naming-heading">{t('successes.naming.heading')}</Heading2>
      <Paragraph>{t('successes.naming.explain')}</Paragraph>
      <Paragraph>
        <strong>{t(`successes.naming.${state}`)}</strong>
      </Paragraph>
      <Feedback message={message} />
      <ButtonGroup>
        {state !== 'agreed' && (
          <Button appearance="primary-action-button" busy={busy} onClick={() => void answer(true)}>
            {t('successes.naming.agree')}
          </Button>
        )}
        {state === 'asked' && (
          <Button appearance="secondary-action-button" busy={busy} onClick={() => void answer(false)}>
            {t('successes.naming.decline')}
          </Button>
        )}
        {state === 'agreed' && (
          <Button appearance="secondary-action-button" busy={busy} onClick={() => void answer(false)}>
            {t('successes.naming.withdraw')}
          </Button>
        )}
      </ButtonGroup>
    </section>
  );
}
