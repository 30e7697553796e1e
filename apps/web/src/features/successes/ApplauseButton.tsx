import { applauseAction } from '@klussenbank/domain';
import { Button, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Feedback, type FeedbackMessage } from '../../shared/Feedback';
import { type Applause, setApplause } from './success-api';

/** A toggle (aria-pressed): pressing applauds, pressing again withdraws; the count follows the API. */
export function ApplauseButton({ successId, applause }: { successId: string; applause: Applause }) {
  const { t } = useTranslation();
  const [state, setState] = useState(applause);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<FeedbackMessage | null>(null);

  const toggle = async () => {
    if (busy) return;
    setBusy(true);
    setFailure(null);
    try {
      setState(await setApplause(successId, applauseAction(state.mine) === 'applaud'));
    } catch {
      setFailure({ type: 'error', text: t('successes.applauseFailed') });
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="kb-applause">
      <Button
        appearance={state.mine ? 'primary-action-button' : 'secondary-action-button'}
        aria-pressed={state.mine}
        busy={busy}
        onClick={() => void toggle()}
      >
        <span aria-hidden="true">👏 </span>
        {t('successes.applauseLabel')}
      </Button>{' '}
      <Paragraph className="kb-applause__count" role="status">
        {t('successes.applauseCount', { count: state.count })}
      </Paragraph>
      <Feedback message={failure} />
    </div>
  );
}
