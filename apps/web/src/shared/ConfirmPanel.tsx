import { Button, ButtonGroup, Paragraph } from '@utrecht/component-library-react';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { TextareaField } from './form-fields';

interface ConfirmPanelProps {
  question: string;
  explanation?: string;
  confirmLabel: string;
  /** A text to send along: required (a reason) or not (a message). */
  reason?: { label: string; description?: string; required: boolean };
  busy: boolean;
  /** The API's word on the reason, if it refused it. */
  reasonError?: string;
  danger?: boolean;
  onConfirm: (reason: string) => void;
  onCancel: () => void;
}

/**
 * A second step before an action that cannot be undone. It takes focus when it opens, so the
 * question is read out; "Terug" closes it.
 */
export function ConfirmPanel({
  question,
  explanation,
  confirmLabel,
  reason,
  busy,
  reasonError,
  danger,
  onConfirm,
  onCancel,
}: ConfirmPanelProps) {
  const { t } = useTranslation();
  const id = useId();
  const panel = useRef<HTMLFormElement>(null);
  const textarea = useRef<HTMLTextAreaElement>(null);
  const [text, setText] = useState('');
  const [missing, setMissing] = useState(false);

  useEffect(() => {
    panel.current?.focus();
  }, []);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    if (reason?.required && text.trim() === '') {
      flushSync(() => setMissing(true));
      textarea.current?.focus();
      return;
    }
    setMissing(false);
    onConfirm(text.trim());
  };

  return (
    <form
      ref={panel}
      tabIndex={-1}
      className="kb-panel"
      aria-labelledby={`${id}-question`}
      noValidate
      onSubmit={submit}
    >
      <Paragraph id={`${id}-question`} className="kb-panel__question">
        {question}
      </Paragraph>
      {explanation && <Paragraph>{explanation}</Paragraph>}
      {reason && (
        <TextareaField
          id={`${id}-reason`}
          inputRef={textarea}
          label={reason.label}
          description={reason.description}
          required={reason.required}
          rows={3}
          maxLength={2000}
          value={text}
          onChange={(event) => setText(event.target.value)}
          error={missing ? t('common.reasonRequired') : reasonError}
        />
      )}
      <ButtonGroup>
        <Button
          type="submit"
          appearance="primary-action-button"
          hint={danger ? 'danger' : undefined}
          busy={busy}
        >
          {confirmLabel}
        </Button>
        <Button appearance="secondary-action-button" onClick={onCancel}>
          {t('common.back')}
        </Button>
      </ButtonGroup>
    </form>
  );
}
