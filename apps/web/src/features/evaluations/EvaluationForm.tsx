import { EVALUATION_SCORES, EVALUATION_TEXT_MAX } from '@klussenbank/domain';
import { Button, ButtonGroup, Heading3 } from '@utrecht/component-library-react';
import { type FormEvent, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { components } from '../../api/schema.gen';
import { apiErrorDetail, invalidParamsOf } from '../../shared/api-error';
import { ErrorSummary } from '../../shared/ErrorSummary';
import { Feedback, type FeedbackMessage } from '../../shared/Feedback';
import { RadioGroup, TextareaField } from '../../shared/form-fields';
import { type EvaluationInput, giveEvaluation } from './evaluation-api';

type Person = components['schemas']['PersonDto'];
const FIELDS = ['score', 'wentWell', 'couldBeBetter'] as const;
type Field = (typeof FIELDS)[number];
type Errors = Partial<Record<Field, string>>;

interface EvaluationFormProps {
  taskId: string;
  subject: Person;
  onGiven: () => void;
}

/** One evaluation of one person: a score 1–5 and two free texts; given once, then read-only. */
export function EvaluationForm({ taskId, subject, onGiven }: EvaluationFormProps) {
  const { t } = useTranslation();
  const [score, setScore] = useState<string>('');
  const [wentWell, setWentWell] = useState('');
  const [couldBeBetter, setCouldBeBetter] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [failure, setFailure] = useState<FeedbackMessage | null>(null);
  const [busy, setBusy] = useState(false);
  const summary = useRef<HTMLDivElement>(null);
  const id = (field: Field) => `evaluation-${subject.id}-${field}`;

  const showErrors = (found: Errors) => {
    flushSync(() => setErrors(found));
    summary.current?.focus();
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    setFailure(null);
    const found: Errors = {};
    if (score === '') found.score = t('evaluations.errors.scoreRequired');
    if (wentWell.trim().length > EVALUATION_TEXT_MAX)
      found.wentWell = t('evaluations.errors.tooLong', { max: EVALUATION_TEXT_MAX });
    if (couldBeBetter.trim().length > EVALUATION_TEXT_MAX)
      found.couldBeBetter = t('evaluations.errors.tooLong', { max: EVALUATION_TEXT_MAX });
    if (Object.keys(found).length > 0) {
      showErrors(found);
      return;
    }
    setErrors({});
    setBusy(true);
    try {
      await giveEvaluation(taskId, {
        subjectId: subject.id,
        score: Number(score) as EvaluationInput['score'],
        ...(wentWell.trim() ? { wentWell: wentWell.trim() } : {}),
        ...(couldBeBetter.trim() ? { couldBeBetter: couldBeBetter.trim() } : {}),
      });
      onGiven();
    } catch (error) {
      const params = invalidParamsOf(error);
      const fromApi: Errors = {};
      for (const field of FIELDS) {
        const reason = params.find((param) => param.name === field)?.reason;
        if (reason) fromApi[field] = reason;
      }
      if (Object.keys(fromApi).length > 0) showErrors(fromApi);
      else setFailure({ type: 'error', text: apiErrorDetail(error) ?? t('evaluations.failed') });
    } finally {
      setBusy(false);
    }
  };

  const headingId = `evaluation-${subject.id}-heading`;
  const summaryItems = FIELDS.flatMap((field) =>
    errors[field] ? [{ target: id(field), text: errors[field] }] : [],
  );

  return (
    <form
      className="kb-panel kb-evaluation-form"
      aria-labelledby={headingId}
      noValidate
      onSubmit={(event) => void submit(event)}
    >
      <Heading3 id={headingId}>{t('evaluations.formHeading', { name: subject.name })}</Heading3>
      {summaryItems.length > 0 && <ErrorSummary items={summaryItems} summaryRef={summary} />}
      <Feedback message={failure} />
      <RadioGroup
        id={id('score')}
        name={id('score')}
        legend={t('evaluations.scoreQuestion', { name: subject.name })}
        options={EVALUATION_SCORES.map((value) => ({
          value: String(value),
          label: t('evaluations.scoreOption', { score: value, label: t(`evaluations.scores.${value}`) }),
        }))}
        value={score}
        onChange={setScore}
        error={errors.score}
      />
      <TextareaField
        id={id('wentWell')}
        label={t('evaluations.wentWell')}
        description={t('evaluations.textHint', { max: EVALUATION_TEXT_MAX })}
        value={wentWell}
        onChange={(event) => setWentWell(event.target.value)}
        error={errors.wentWell}
      />
      <TextareaField
        id={id('couldBeBetter')}
        label={t('evaluations.couldBeBetter')}
        description={t('evaluations.textHint', { max: EVALUATION_TEXT_MAX })}
        value={couldBeBetter}
        onChange={(event) => setCouldBeBetter(event.target.value)}
        error={errors.couldBeBetter}
      />
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button" busy={busy}>
          {t('evaluations.submit')}
        </Button>
      </ButtonGroup>
    </form>
  );
}
