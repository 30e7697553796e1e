import { SUCCESS_COMMENT_MAX } from '@klussenbank/domain';
import { Button, Heading2, Paragraph } from '@utrecht/component-library-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/useFormat';
import { ConfirmPanel } from '../../shared/ConfirmPanel';
import { Feedback, type FeedbackMessage } from '../../shared/Feedback';
import { TextareaField } from '../../shared/form-fields';
import { usePanel } from '../../shared/usePanel';
import { addComment, hideComment, type SuccessComment } from './success-api';

/** Short reactions, oldest first; the author and the admins involved can hide one (after a confirmation). */
export function CommentsSection({ successId, initial }: { successId: string; initial: SuccessComment[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [comments, setComments] = useState(initial);
  const [body, setBody] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<FeedbackMessage | null>(null);
  const panel = usePanel<string>();

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    const text = body.trim();
    if (!text) return setError(t('successes.comments.required'));
    if (text.length > SUCCESS_COMMENT_MAX)
      return setError(t('successes.comments.tooLong', { max: SUCCESS_COMMENT_MAX }));
    setError(undefined);
    setBusy(true);
    setMessage(null);
    try {
      const comment = await addComment(successId, text);
      setComments((list) => [...list, comment]);
      setBody('');
      setMessage({ type: 'ok', text: t('successes.comments.placed') });
    } catch {
      setMessage({ type: 'error', text: t('successes.comments.failed') });
    } finally {
      setBusy(false);
    }
  };

  const hide = async (commentId: string) => {
    setBusy(true);
    try {
      await hideComment(successId, commentId);
      setComments((list) => list.filter((c) => c.id !== commentId));
      panel.done();
      setMessage({ type: 'ok', text: t('successes.comments.hidden') });
    } catch {
      panel.done();
      setMessage({ type: 'error', text: t('successes.comments.hideFailed') });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="kb-section" aria-labelledby="comments-heading">
      <Heading2 id="comments-heading">{t('successes.comments.heading')}</Heading2>
      <Feedback message={message} />
      {comments.length === 0 ? (
        <Paragraph>{t('successes.comments.none')}</Paragraph>
      ) : (
        <ul className="kb-comments">
          {comments.map((comment) => (
            <li key={comment.id} className="kb-comment">
              <Paragraph className="kb-comment__by">
                {t('successes.comments.by', {
                  name: comment.author.name,
                  organisation: comment.author.organisation.name,
                })}{' '}
                · {format.dateTimeOf(comment.createdAt)}
              </Paragraph>
              <Paragraph className="kb-comment__body">{comment.body}</Paragraph>
              {comment.canHide &&
                (panel.open === comment.id ? (
                  <ConfirmPanel
                    question={t('successes.comments.hideQuestion')}
                    explanation={t('successes.comments.hideExplanation')}
                    confirmLabel={t('successes.comments.hideConfirm')}
                    busy={busy}
                    danger
                    onConfirm={() => void hide(comment.id)}
                    onCancel={panel.cancel}
                  />
                ) : (
                  <Button appearance="subtle-button" onClick={() => panel.show(comment.id)}>
                    {t('successes.comments.hide')}
                  </Button>
                ))}
            </li>
          ))}
        </ul>
      )}
      <form noValidate onSubmit={(event) => void submit(event)} className="kb-comment-form">
        <TextareaField
          id="success-comment"
          label={t('successes.comments.label')}
          description={t('successes.comments.hint', { max: SUCCESS_COMMENT_MAX })}
          value={body}
          onChange={(event) => setBody(event.target.value)}
          error={error}
        />
        <Button type="submit" appearance="primary-action-button" busy={busy}>
          {t('successes.comments.submit')}
        </Button>
      </form>
    </section>
  );
}
