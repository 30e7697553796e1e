import { Alert, Button, Paragraph } from '@utrecht/component-library-react';
import { type FormEvent, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ApiError, apiQuery } from '../../api/client';
import { apiErrorDetail, invalidParamsOf } from '../../shared/api-error';
import { TextField } from '../../shared/form-fields';
import { LoadingState } from '../../shared/LoadingState';
import { PageHeading } from '../../shared/PageHeading';
import { RouterLink } from '../../shared/router-links';
import { useDocumentTitle } from '../../shared/useDocumentTitle';
import { useApiData } from '../../shared/useApiData';
import { type PasswordLink, setPasswordWithLink } from './password-api';
import { checkNewPassword, MIN_LENGTH, type PasswordErrors, type PasswordField } from './password-fields';

/**
 * The page the one-time link in the mail opens, without a session: a newcomer's first password or
 * a new one after a reset. Asks the API first whether the link still works.
 */
export function SetPasswordPage() {
  const { t } = useTranslation();
  const { token = '' } = useParams();
  useDocumentTitle(t('password.setTitle'));
  const link = useApiData(apiQuery('/password-resets/{token}', { params: { path: { token } } }));
  const [done, setDone] = useState(false);

  return (
    <>
      <PageHeading>{t('password.setHeading')}</PageHeading>
      {done ? (
        <>
          <Alert type="ok" role="status">
            <Paragraph>{t('password.setDone')}</Paragraph>
          </Alert>
          <Paragraph>
            <RouterLink to="/inloggen">{t('password.toLogin')}</RouterLink>
          </Paragraph>
        </>
      ) : link.data ? (
        <SetPasswordForm token={token} link={link.data} onDone={() => setDone(true)} />
      ) : link.loading ? (
        <LoadingState text={t('password.checking')} />
      ) : (
        <LinkProblem error={link.error} />
      )}
    </>
  );
}

function LinkProblem({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const known = error instanceof ApiError && (error.status === 404 || error.status === 410);
  return (
    <>
      <Alert type="error" role="alert">
        <Paragraph>
          {known ? (apiErrorDetail(error) ?? t('password.linkGone')) : t('password.failed')}
        </Paragraph>
      </Alert>
      <Paragraph>
        <RouterLink to="/inloggen">{t('password.toLogin')}</RouterLink>
      </Paragraph>
    </>
  );
}

function SetPasswordForm({ token, link, onDone }: { token: string; link: PasswordLink; onDone: () => void }) {
  const { t } = useTranslation();
  const [values, setValues] = useState({ newPassword: '', repeatPassword: '' });
  const [errors, setErrors] = useState<PasswordErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const inputs = useRef<Partial<Record<PasswordField, HTMLInputElement | null>>>({});

  const show = (found: PasswordErrors) => {
    flushSync(() => setErrors(found));
    const first = (['newPassword', 'repeatPassword'] as const).find((field) => found[field]);
    if (first) inputs.current[first]?.focus();
    return first !== undefined;
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    setFailure(null);
    const checks = checkNewPassword(values);
    const found: PasswordErrors = {};
    for (const name of ['newPassword', 'repeatPassword'] as const) {
      const check = checks[name];
      if (check) found[name] = t(`password.errors.${check}`, MIN_LENGTH);
    }
    if (show(found)) return;
    setBusy(true);
    try {
      await setPasswordWithLink(token, values.newPassword);
      onDone();
    } catch (error) {
      const found: PasswordErrors = {};
      for (const param of invalidParamsOf(error))
        if (param.name === 'newPassword') found.newPassword = param.reason;
      if (!show(found)) setFailure(apiErrorDetail(error) ?? t('password.failed'));
    } finally {
      setBusy(false);
    }
  };

  const field = (name: 'newPassword' | 'repeatPassword', description?: string) => (
    <TextField
      id={`set-${name}`}
      inputRef={(element) => {
        inputs.current[name] = element;
      }}
      label={t(`password.${name}`)}
      description={description}
      error={errors[name]}
      type="password"
      name={name}
      autoComplete="new-password"
      spellCheck={false}
      required
      value={values[name]}
      onChange={(event) => setValues((current) => ({ ...current, [name]: event.target.value }))}
    />
  );

  return (
    <>
      {failure && (
        <Alert type="error" role="alert">
          <Paragraph>{failure}</Paragraph>
        </Alert>
      )}
      <Paragraph>
        {t(link.purpose === 'invite' ? 'password.inviteIntro' : 'password.resetIntro', { email: link.email })}
      </Paragraph>
      <form className="kb-form" noValidate onSubmit={(event) => void submit(event)}>
        {/* For password managers: whose password this is. */}
        <input type="email" name="username" autoComplete="username" value={link.email} readOnly hidden />
        {field('newPassword', t('password.rules'))}
        {field('repeatPassword')}
        <Button type="submit" appearance="primary-action-button" busy={busy}>
          {t('password.setSubmit')}
        </Button>
      </form>
    </>
  );
}
