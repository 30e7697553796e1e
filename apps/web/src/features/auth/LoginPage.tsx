import { normaliseEmail } from '@klussenbank/domain';
import {
  Alert,
  Button,
  FormField,
  FormFieldErrorMessage,
  FormLabel,
  Paragraph,
  Textbox,
} from '@utrecht/component-library-react';
import { type ChangeEvent, type FormEvent, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import { ApiError } from '../../api/client';
import { PageHeading } from '../../shared/PageHeading';
import { useDocumentTitle } from '../../shared/useDocumentTitle';
import type { Credentials } from './auth-api';
import { OrganisationSignIn } from './OrganisationSignIn';
import {
  type FieldError,
  type LoginErrors,
  type LoginField,
  errorsFromInvalidParams,
  firstInvalidField,
  validateLogin,
} from './login-validation';
import { returnPath } from './return-path';
import { useSession } from './useSession';

/** What went wrong with the request as a whole: the API's own words, or ours when it said nothing. */
type Failure = { text: string } | { key: 'unexpected' };

export function LoginPage() {
  const { t } = useTranslation();
  const { state, signIn } = useSession();
  const location = useLocation();
  const [values, setValues] = useState<Credentials>({ email: '', password: '' });
  const [errors, setErrors] = useState<LoginErrors>({});
  const [failure, setFailure] = useState<Failure | null>(null);
  const [busy, setBusy] = useState(false);
  const inputs = useRef<Partial<Record<LoginField, HTMLInputElement | null>>>({});
  useDocumentTitle(t('login.title'));

  if (state.status === 'signed-in')
    return <Navigate to={returnPath(location.state, location.search)} replace />;

  const showErrors = (found: LoginErrors) => {
    // Render the messages first, so the focused field already points at its message.
    flushSync(() => setErrors(found));
    const first = firstInvalidField(found);
    if (first) inputs.current[first]?.focus();
    return first !== undefined;
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    setFailure(null);
    if (showErrors(validateLogin(values))) return;
    setBusy(true);
    try {
      await signIn({ email: normaliseEmail(values.email), password: values.password });
      // The session is now signed in; the redirect above takes the user on.
    } catch (error) {
      const fieldErrors =
        error instanceof ApiError ? errorsFromInvalidParams(error.problem?.invalidParams ?? []) : {};
      if (!showErrors(fieldErrors)) {
        const detail = error instanceof ApiError ? error.problem?.detail : undefined;
        setFailure(detail ? { text: detail } : { key: 'unexpected' });
      }
    } finally {
      setBusy(false);
    }
  };

  const change = (field: LoginField) => (event: ChangeEvent<HTMLInputElement>) =>
    setValues((current) => ({ ...current, [field]: event.target.value }));

  const message = (error: FieldError) => ('key' in error ? t(`login.errors.${error.key}`) : error.text);

  const field = (name: LoginField, type: 'email' | 'password', autoComplete: string) => {
    const id = `login-${name}`;
    const error = errors[name];
    return (
      <FormField
        invalid={error !== undefined}
        label={<FormLabel htmlFor={id}>{t(`login.${name}`)}</FormLabel>}
        errorMessage={
          error && <FormFieldErrorMessage id={`${id}-error`}>{message(error)}</FormFieldErrorMessage>
        }
        input={
          <Textbox
            id={id}
            ref={(element) => {
              inputs.current[name] = element;
            }}
            name={name}
            type={type}
            autoComplete={autoComplete}
            spellCheck={false}
            required
            invalid={error !== undefined}
            aria-describedby={error ? `${id}-error` : undefined}
            value={values[name]}
            onChange={change(name)}
          />
        }
      />
    );
  };

  return (
    <>
      <PageHeading>{t('login.heading')}</PageHeading>
      {failure ? (
        <Alert type="error" role="alert">
          <Paragraph>{'key' in failure ? t(`login.errors.${failure.key}`) : failure.text}</Paragraph>
        </Alert>
      ) : state.status === 'signed-out' && state.ended ? (
        <Alert type="info" role="status">
          <Paragraph>{t('login.sessionEnded')}</Paragraph>
        </Alert>
      ) : (
        state.status === 'signed-out' &&
        state.loggedOut && (
          <Alert type="ok">
            <Paragraph>{t('login.loggedOut')}</Paragraph>
          </Alert>
        )
      )}
      <Paragraph>{t('login.intro')}</Paragraph>
      <form className="kb-form" noValidate onSubmit={(event) => void submit(event)}>
        {field('email', 'email', 'username')}
        {field('password', 'password', 'current-password')}
        <Button type="submit" appearance="primary-action-button" busy={busy}>
          {t('login.submit')}
        </Button>
      </form>
      <Paragraph>{t('login.forgotten')}</Paragraph>
      <OrganisationSignIn />
    </>
  );
}
