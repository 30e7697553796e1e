import {
  Alert,
  Button,
  FormField,
  FormFieldErrorMessage,
  FormLabel,
  Paragraph,
  Textbox,
} from '@utrecht/component-library-react';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, api, unwrap } from '../../api/client';
import type { components } from '../../api/schema.gen';
import { PageHeading } from '../../shared/PageHeading';
import { RouterLink } from '../../shared/router-links';
import { useDocumentTitle } from '../../shared/useDocumentTitle';
import { LOGIN_PATH } from './return-path';

export { SSO_LINK_PATH } from './return-path';

type PendingLink = components['schemas']['SsoPendingLinkDto'];

/**
 * After signing in through the organisation with an e-mail that already has a Klussenbank password
 * account: the person proves that account's password once, and the two are linked (no silent takeover).
 */
export function SsoLinkPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('login.link.title'));
  const [link, setLink] = useState<PendingLink | null | 'gone'>(null);
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const input = useRef<HTMLInputElement | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    unwrap(api.GET('/auth/sso/link', { signal: controller.signal })).then(setLink, () => {
      if (!controller.signal.aborted) setLink('gone');
    });
    return () => controller.abort();
  }, []);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    if (password === '') {
      setError(t('login.errors.passwordRequired'));
      input.current?.focus();
      return;
    }
    setBusy(true);
    try {
      await unwrap(api.POST('/auth/sso/link', { body: { password } }));
      // A full load: the session provider starts from the new session cookie.
      window.location.assign('/');
    } catch (failure) {
      setError(
        failure instanceof ApiError && failure.problem?.detail
          ? failure.problem.detail
          : t('login.errors.unexpected'),
      );
      input.current?.focus();
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <PageHeading>{t('login.link.heading')}</PageHeading>
      {link === 'gone' ? (
        <Alert type="warning">
          <Paragraph>{t('login.link.gone')}</Paragraph>
          <Paragraph>
            <RouterLink to={LOGIN_PATH}>{t('login.link.toLogin')}</RouterLink>
          </Paragraph>
        </Alert>
      ) : link === null ? (
        <Paragraph role="status">{t('session.loading')}</Paragraph>
      ) : (
        <>
          <Paragraph>
            {t('login.link.intro', {
              email: link.email,
              organisation: link.organisationName,
              provider: link.providerName,
            })}
          </Paragraph>
          <form className="kb-form" noValidate onSubmit={(event) => void submit(event)}>
            <FormField
              invalid={error !== null}
              label={<FormLabel htmlFor="sso-link-password">{t('login.password')}</FormLabel>}
              errorMessage={
                error && <FormFieldErrorMessage id="sso-link-password-error">{error}</FormFieldErrorMessage>
              }
              input={
                <Textbox
                  id="sso-link-password"
                  ref={input}
                  type="password"
                  autoComplete="current-password"
                  required
                  invalid={error !== null}
                  aria-describedby={error ? 'sso-link-password-error' : undefined}
                  value={password}
                  onChange={(event) => setPassword(event.target.value)}
                />
              }
            />
            <Button type="submit" appearance="primary-action-button" busy={busy}>
              {t('login.link.submit')}
            </Button>
          </form>
        </>
      )}
    </>
  );
}
