import { Button, Heading2, Paragraph } from '@utrecht/component-library-react';
import { type FormEvent, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { apiErrorDetail, invalidParamsOf } from '../../shared/api-error';
import { Feedback, type FeedbackMessage } from '../../shared/Feedback';
import { TextField } from '../../shared/form-fields';
import { changePassword } from './password-api';
import { checkNewPassword, MIN_LENGTH, type PasswordErrors, type PasswordField } from './password-fields';

const FIELDS: PasswordField[] = ['currentPassword', 'newPassword', 'repeatPassword'];
const empty = { currentPassword: '', newPassword: '', repeatPassword: '' };

/** "Wachtwoord wijzigen" on the profile page: the current password, the new one twice. */
export function ChangePasswordForm() {
  const { t } = useTranslation();
  const [values, setValues] = useState(empty);
  const [errors, setErrors] = useState<PasswordErrors>({});
  const [busy, setBusy] = useState(false);
  const [feedback, setFeedback] = useState<FeedbackMessage | null>(null);
  const inputs = useRef<Partial<Record<PasswordField, HTMLInputElement | null>>>({});

  const show = (found: PasswordErrors) => {
    flushSync(() => setErrors(found));
    const first = FIELDS.find((field) => found[field]);
    if (first) inputs.current[first]?.focus();
    return first !== undefined;
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    setFeedback(null);
    const checks = {
      ...(values.currentPassword === '' ? { currentPassword: 'currentRequired' as const } : {}),
      ...checkNewPassword(values),
    };
    const found: PasswordErrors = {};
    for (const name of FIELDS) {
      const check = checks[name];
      if (check) found[name] = t(`password.errors.${check}`, MIN_LENGTH);
    }
    if (show(found)) return;
    setBusy(true);
    try {
      await changePassword(values.currentPassword, values.newPassword);
      setValues(empty);
      setErrors({});
      setFeedback({ type: 'ok', text: t('password.changed') });
    } catch (error) {
      const fieldErrors: PasswordErrors = {};
      for (const param of invalidParamsOf(error)) {
        if (param.name === 'currentPassword' || param.name === 'newPassword')
          fieldErrors[param.name] = param.reason;
      }
      if (!show(fieldErrors)) {
        setFeedback({ type: 'error', text: apiErrorDetail(error) ?? t('password.failed') });
      }
    } finally {
      setBusy(false);
    }
  };

  const field = (name: PasswordField, autoComplete: string, description?: string) => (
    <TextField
      id={`change-${name}`}
      inputRef={(element) => {
        inputs.current[name] = element;
      }}
      label={t(`password.${name}`)}
      description={description}
      error={errors[name]}
      type="password"
      name={name}
      autoComplete={autoComplete}
      spellCheck={false}
      required
      value={values[name]}
      onChange={(event) => setValues((current) => ({ ...current, [name]: event.target.value }))}
    />
  );

  return (
    <section className="kb-section" aria-labelledby="change-password-heading">
      <Heading2 id="change-password-heading">{t('password.changeHeading')}</Heading2>
      <Paragraph>{t('password.changeIntro')}</Paragraph>
      <form className="kb-form" noValidate onSubmit={(event) => void submit(event)}>
        {field('currentPassword', 'current-password')}
        {field('newPassword', 'new-password', t('password.rules'))}
        {field('repeatPassword', 'new-password')}
        <Button type="submit" appearance="primary-action-button" busy={busy}>
          {t('password.changeSubmit')}
        </Button>
      </form>
      <Feedback message={feedback} />
    </section>
  );
}
