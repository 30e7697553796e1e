import {
  Alert,
  Button,
  FormField,
  FormFieldErrorMessage,
  FormLabel,
  Heading,
  Paragraph,
  Textbox,
} from '@utrecht/component-library-react';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { ApiError, api, unwrap } from '../../api/client';
import { returnPath } from './return-path';

/** Codes the API's SSO callback sends back in `?sso-fout=` when a sign-in through a provider failed. */
const SSO_ERRORS = [
  'flow-expired',
  'provider-unavailable',
  'provider-refused',
  'token-invalid',
  'provider-disabled',
  'account-deactivated',
  'email-in-other-organisation',
  'email-without-password',
  'email-missing',
  'email-domain-not-allowed',
] as const;

/**
 * "Inloggen met uw organisatie": the work e-mail leads to the organisation's identity provider
 * (home realm discovery by the API), where the browser goes; the password form stays beside it.
 */
export function OrganisationSignIn() {
  const { t } = useTranslation();
  const location = useLocation();
  const [email, setEmail] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const input = useRef<HTMLInputElement | null>(null);
  const returned = new URLSearchParams(location.search).get('sso-fout');
  const ssoError = SSO_ERRORS.find((code) => code === returned);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    setNotice(null);
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email.trim())) {
      setError(t('login.sso.emailInvalid'));
      input.current?.focus();
      return;
    }
    setError(null);
    setBusy(true);
    try {
      const answer = await unwrap(
        api.POST('/auth/sso/discovery', {
          body: { email: email.trim(), returnPath: returnPath(location.state, location.search) },
        }),
      );
      if (answer.method === 'sso' && answer.authorizationUrl) {
        window.location.assign(answer.authorizationUrl);
        return;
      }
      setNotice(t('login.sso.noProvider'));
    } catch (failure) {
      setNotice(
        failure instanceof ApiError && failure.problem?.detail
          ? failure.problem.detail
          : t('login.sso.unexpected'),
      );
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="login-sso-heading">
      <Heading level={2} id="login-sso-heading">
        {t('login.sso.heading')}
      </Heading>
      {ssoError && (
        <Alert type="error" role="alert">
          <Paragraph>{t(`login.sso.errors.${ssoError}`)}</Paragraph>
        </Alert>
      )}
      {notice && (
        <Alert type="info" role="status">
          <Paragraph>{notice}</Paragraph>
        </Alert>
      )}
      <Paragraph>{t('login.sso.intro')}</Paragraph>
      <form className="kb-form" noValidate onSubmit={(event) => void submit(event)}>
        <FormField
          invalid={error !== null}
          label={<FormLabel htmlFor="login-sso-email">{t('login.sso.email')}</FormLabel>}
          errorMessage={
            error && <FormFieldErrorMessage id="login-sso-email-error">{error}</FormFieldErrorMessage>
          }
          input={
            <Textbox
              id="login-sso-email"
              ref={input}
              name="work-email"
              type="email"
              autoComplete="email"
              spellCheck={false}
              required
              invalid={error !== null}
              aria-describedby={error ? 'login-sso-email-error' : undefined}
              value={email}
              onChange={(event) => setEmail(event.target.value)}
            />
          }
        />
        <Button type="submit" appearance="secondary-action-button" busy={busy}>
          {t('login.sso.submit')}
        </Button>
      </form>
    </section>
  );
}
