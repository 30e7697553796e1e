import { Button, ButtonGroup, Paragraph } from '@utrecht/component-library-react';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { ErrorSummary, type SummaryItem } from '../../shared/ErrorSummary';
import { TextareaField, TextField } from '../../shared/form-fields';
import { parseDecimal } from '../../shared/numbers';

/** The API's bounds on hours and on a reason or note. */
const HOURS_MAX = 2000;
const TEXT_MAX = 1000;
const HOURS = /^\d+([.,]\d)?$/;

interface HoursFormProps {
  /** Prefix of the field ids, unique on the page. */
  id: string;
  question: string;
  explanation: string;
  hoursLabel: string;
  textLabel: string;
  textHint: string;
  submitLabel: string;
  /** Correction: more than 0 and not the recorded figure; settlement: 0 or more. */
  rule: { kind: 'correction'; recorded: number } | { kind: 'settlement' };
  busy: boolean;
  /** What the API said about the fields, if it refused them. */
  serverErrors?: { hours?: string; text?: string };
  onSubmit: (hours: number, text: string) => void;
  onCancel: () => void;
}

/** Hours and a reason (or a note), checked all at once before sending, with an error summary. */
export function HoursForm(props: HoursFormProps) {
  const { id, rule, busy, serverErrors, onSubmit, onCancel } = props;
  const { t } = useTranslation();
  const panel = useRef<HTMLFormElement>(null);
  const summary = useRef<HTMLDivElement>(null);
  const [hours, setHours] = useState('');
  const [text, setText] = useState('');
  // The form's own findings after a submit; null: none, so what the API said (if anything) shows.
  const [found, setFound] = useState<{ hours?: string; text?: string } | null>(null);
  const errors = found ?? serverErrors ?? {};

  useEffect(() => panel.current?.focus(), []);
  useEffect(() => {
    if (serverErrors?.hours || serverErrors?.text) summary.current?.focus();
  }, [serverErrors]);

  const check = (): { hours?: string; text?: string } => {
    const found: { hours?: string; text?: string } = {};
    const value = hours.trim();
    if (value === '') found.hours = t('hours.errors.hoursRequired');
    else if (!HOURS.test(value)) found.hours = t('hours.errors.hoursInvalid');
    else {
      const n = parseDecimal(value);
      if (n > HOURS_MAX) found.hours = t('hours.errors.hoursTooMany', { max: HOURS_MAX });
      else if (rule.kind === 'correction' && n <= 0) found.hours = t('hours.errors.hoursTooLow');
      else if (rule.kind === 'correction' && Math.round(n * 100) === Math.round(rule.recorded * 100))
        found.hours = t('hours.errors.hoursSame');
    }
    if (text.trim() === '')
      found.text = t(
        rule.kind === 'correction' ? 'hours.errors.reasonRequired' : 'hours.errors.noteRequired',
      );
    else if (text.trim().length > TEXT_MAX) found.text = t('hours.errors.tooLong', { max: TEXT_MAX });
    return found;
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    const problems = check();
    const invalid = Boolean(problems.hours || problems.text);
    flushSync(() => setFound(invalid ? problems : null));
    if (invalid) {
      summary.current?.focus();
      return;
    }
    onSubmit(parseDecimal(hours), text.trim());
  };

  const items: SummaryItem[] = [
    ...(errors.hours ? [{ target: `${id}-hours`, text: errors.hours }] : []),
    ...(errors.text ? [{ target: `${id}-text`, text: errors.text }] : []),
  ];

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
        {props.question}
      </Paragraph>
      <Paragraph>{props.explanation}</Paragraph>
      {items.length > 0 && <ErrorSummary items={items} summaryRef={summary} />}
      <TextField
        id={`${id}-hours`}
        className="kb-field--short"
        inputMode="decimal"
        label={props.hoursLabel}
        description={t('hours.hoursHint')}
        value={hours}
        onChange={(event) => setHours(event.target.value)}
        error={errors.hours}
      />
      <TextareaField
        id={`${id}-text`}
        label={props.textLabel}
        description={props.textHint}
        value={text}
        onChange={(event) => setText(event.target.value)}
        error={errors.text}
      />
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button" busy={busy}>
          {props.submitLabel}
        </Button>
        <Button appearance="secondary-action-button" onClick={onCancel}>
          {t('hours.cancel')}
        </Button>
      </ButtonGroup>
    </form>
  );
}
