import { Button, ButtonGroup, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useBlocker } from 'react-router';

/**
 * Asks before leaving the page while changes are unsaved: in the app (a question on the page,
 * which takes focus) and when closing or reloading the tab (the browser's own question).
 */
export function UnsavedChangesGuard({ dirty }: { dirty: boolean }) {
  const { t } = useTranslation();
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) => dirty && currentLocation.pathname !== nextLocation.pathname,
  );
  const panel = useRef<HTMLDivElement>(null);
  // What had focus (the link that was followed), to go back to when the user stays.
  const returnTo = useRef<HTMLElement | null>(null);
  const blocked = blocker.state === 'blocked';

  useEffect(() => {
    if (!blocked) return;
    returnTo.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    panel.current?.focus();
  }, [blocked]);

  const stay = () => {
    blocker.reset?.();
    returnTo.current?.focus();
  };

  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  if (!blocked) return null;
  return (
    <div
      ref={panel}
      tabIndex={-1}
      role="alertdialog"
      aria-labelledby="leave-question"
      aria-describedby="leave-lost"
      className="kb-panel kb-leave"
    >
      <Paragraph id="leave-question" className="kb-panel__question">
        {t('profile.leave.question')}
      </Paragraph>
      <Paragraph id="leave-lost">{t('profile.leave.lost')}</Paragraph>
      <ButtonGroup>
        <Button appearance="primary-action-button" onClick={stay}>
          {t('profile.leave.stay')}
        </Button>
        <Button appearance="secondary-action-button" onClick={() => blocker.proceed?.()}>
          {t('profile.leave.leave')}
        </Button>
      </ButtonGroup>
    </div>
  );
}
