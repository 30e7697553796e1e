import { Alert, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useRef } from 'react';

export interface FeedbackMessage {
  type: 'ok' | 'info' | 'error';
  text: string;
}

/**
 * The outcome of an action. It takes focus when it appears: the button that was pressed often
 * disappears with the action, and this way screen readers read the outcome at once.
 */
export function Feedback({ message }: { message: FeedbackMessage | null }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (message) ref.current?.focus();
  }, [message]);
  if (!message) return null;
  return (
    <div ref={ref} tabIndex={-1} className="kb-feedback">
      <Alert type={message.type} role={message.type === 'error' ? 'alert' : 'status'}>
        <Paragraph>{message.text}</Paragraph>
      </Alert>
    </div>
  );
}
