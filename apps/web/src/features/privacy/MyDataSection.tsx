import {
  Button,
  ButtonGroup,
  Heading2,
  Heading3,
  Link,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { useFormat } from '../../i18n/useFormat';
import { apiErrorDetail, invalidParamsOf } from '../../shared/api-error';
import { Feedback, type FeedbackMessage } from '../../shared/Feedback';
import { TextField } from '../../shared/form-fields';
import { LoadError } from '../../shared/LoadError';
import { LoadingState } from '../../shared/LoadingState';
import { useApiData } from '../../shared/useApiData';
import { useMe } from '../auth/useMe';
import { useSession } from '../auth/useSession';
import { type DataExport, dataExportsQuery, eraseMyAccount, requestDataExport } from './privacy-api';
import { MY_DATA_ANCHOR } from './privacy-url';

/** While an export is being made, the list asks again this often. */
const PENDING_POLL_MS = 3_000;

/**
 * "Mijn gegevens" on Mijn profiel: a file with all my data (made by a job, offered 7 days) and
 * "Account verwijderen". The ready-notice and its e-mail link here (#mijn-gegevens).
 */
export function MyDataSection() {
  const { t } = useTranslation();
  const format = useFormat();
  const location = useLocation();
  const exports = useApiData(dataExportsQuery());
  const [busy, setBusy] = useState(false);
  const [feedback, setFeedback] = useState<FeedbackMessage | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const pending = exports.data?.items.some((item) => item.status === 'pending') ?? false;
  const { reload } = exports;

  useEffect(() => {
    if (location.hash === `#${MY_DATA_ANCHOR}`) heading.current?.focus();
  }, [location.hash]);

  useEffect(() => {
    if (!pending) return;
    const timer = setTimeout(reload, PENDING_POLL_MS);
    return () => clearTimeout(timer);
  }, [pending, reload, exports.data]);

  async function request() {
    setBusy(true);
    setFeedback(null);
    try {
      const made = await requestDataExport();
      exports.replace({
        items: [made, ...(exports.data?.items ?? []).filter((item) => item.id !== made.id)],
      });
      setFeedback({ type: 'ok', text: t('privacy.myData.requested') });
    } catch (error) {
      setFeedback({ type: 'error', text: apiErrorDetail(error) ?? t('common.actionFailed') });
    } finally {
      setBusy(false);
    }
  }

  const status = (item: DataExport) =>
    item.status === 'ready'
      ? t('privacy.myData.status.ready', { date: format.dateTimeOf(item.expiresAt ?? '') })
      : t(`privacy.myData.status.${item.status}`);

  return (
    <>
      <section className="kb-section" aria-labelledby={MY_DATA_ANCHOR}>
        <Heading2 id={MY_DATA_ANCHOR} ref={heading} tabIndex={-1} className="kb-focus-target">
          {t('privacy.myData.heading')}
        </Heading2>
        <Paragraph>{t('privacy.myData.intro')}</Paragraph>
        <ButtonGroup>
          <Button appearance="primary-action-button" busy={busy} onClick={() => void request()}>
            {t('privacy.myData.request')}
          </Button>
        </ButtonGroup>
        <Feedback message={feedback} />
        <Heading3 id="my-data-exports-heading">{t('privacy.myData.listHeading')}</Heading3>
        {exports.data ? (
          exports.data.items.length === 0 ? (
            <Paragraph className="kb-empty">{t('privacy.myData.none')}</Paragraph>
          ) : (
            <>
              <UnorderedList aria-labelledby="my-data-exports-heading">
                {exports.data.items.map((item) => (
                  <UnorderedListItem key={item.id}>
                    {t('privacy.myData.requestedAt', { date: format.dateTimeOf(item.requestedAt) })}:{' '}
                    {status(item)}
                    {item.status === 'ready' && item.downloadUrl && (
                      <>
                        {' · '}
                        <Link href={item.downloadUrl} download>
                          {t('privacy.myData.download', { date: format.dateTimeOf(item.readyAt ?? '') })}
                        </Link>
                      </>
                    )}
                  </UnorderedListItem>
                ))}
              </UnorderedList>
              {pending && (
                <Button appearance="subtle-button" onClick={reload}>
                  {t('privacy.myData.refresh')}
                </Button>
              )}
            </>
          )
        ) : exports.loading ? (
          <LoadingState text={t('privacy.myData.loading')} />
        ) : (
          <LoadError error={exports.error} onRetry={exports.reload} />
        )}
      </section>
      <EraseAccount />
    </>
  );
}

type EraseField = 'confirmation' | 'password';

/** "Account verwijderen": what goes and what stays, the e-mail typed again and the password. */
function EraseAccount() {
  const { t } = useTranslation();
  const me = useMe();
  const { signOut } = useSession();
  const [open, setOpen] = useState(false);
  const [values, setValues] = useState({ confirmation: '', password: '' });
  const [errors, setErrors] = useState<Partial<Record<EraseField, string>>>({});
  const [busy, setBusy] = useState(false);
  const [feedback, setFeedback] = useState<FeedbackMessage | null>(null);
  const question = useRef<HTMLHeadingElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const inputs = useRef<Partial<Record<EraseField, HTMLInputElement | null>>>({});

  useEffect(() => {
    if (open) question.current?.focus();
  }, [open]);

  const show = (found: Partial<Record<EraseField, string>>) => {
    flushSync(() => setErrors(found));
    const first = (['confirmation', 'password'] as const).find((field) => found[field]);
    if (first) inputs.current[first]?.focus();
    return first !== undefined;
  };

  const close = () => {
    flushSync(() => {
      setOpen(false);
      setValues({ confirmation: '', password: '' });
      setErrors({});
      setFeedback(null);
    });
    opener.current?.focus();
  };

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    setFeedback(null);
    if (values.confirmation.trim().toLowerCase() !== me.email.toLowerCase()) {
      show({ confirmation: t('privacy.erase.confirmationMissing') });
      return;
    }
    setBusy(true);
    try {
      await eraseMyAccount(values.confirmation, values.password);
      await signOut();
    } catch (error) {
      const found: Partial<Record<EraseField, string>> = {};
      for (const param of invalidParamsOf(error)) {
        if (param.name === 'confirmation' || param.name === 'password') found[param.name] = param.reason;
      }
      if (!show(found))
        setFeedback({ type: 'error', text: apiErrorDetail(error) ?? t('privacy.erase.failed') });
      setBusy(false);
    }
  }

  /** A list of texts (an array in nl.json / en.json). */
  const listOf = (key: 'privacy.erase.goesItems' | 'privacy.erase.staysItems'): string[] => {
    const value: unknown = t(key, { returnObjects: true });
    return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
  };

  const field = (name: EraseField, label: string, props: Record<string, unknown>) => (
    <TextField
      id={`erase-${name}`}
      inputRef={(element) => {
        inputs.current[name] = element;
      }}
      label={label}
      error={errors[name]}
      value={values[name]}
      spellCheck={false}
      onChange={(event) => setValues((current) => ({ ...current, [name]: event.target.value }))}
      {...props}
    />
  );

  return (
    <section className="kb-section" aria-labelledby="erase-account-heading">
      <Heading2 id="erase-account-heading">{t('privacy.erase.heading')}</Heading2>
      <Paragraph>{t('privacy.erase.intro')}</Paragraph>
      {!open ? (
        <ButtonGroup>
          <Button
            ref={opener}
            appearance="secondary-action-button"
            hint="danger"
            onClick={() => setOpen(true)}
          >
            {t('privacy.erase.open')}
          </Button>
        </ButtonGroup>
      ) : (
        <form className="kb-form kb-erase-account" noValidate onSubmit={(event) => void submit(event)}>
          <Heading3 ref={question} tabIndex={-1} className="kb-focus-target">
            {t('privacy.erase.question')}
          </Heading3>
          <Paragraph>
            <strong>{t('privacy.erase.goes')}</strong>
          </Paragraph>
          <UnorderedList>
            {listOf('privacy.erase.goesItems').map((item) => (
              <UnorderedListItem key={item}>{item}</UnorderedListItem>
            ))}
          </UnorderedList>
          <Paragraph>
            <strong>{t('privacy.erase.stays')}</strong>
          </Paragraph>
          <UnorderedList>
            {listOf('privacy.erase.staysItems').map((item) => (
              <UnorderedListItem key={item}>{item}</UnorderedListItem>
            ))}
          </UnorderedList>
          <Paragraph>{t('privacy.erase.tip')}</Paragraph>
          {field('confirmation', t('privacy.erase.confirmationLabel', { email: me.email }), {
            type: 'email',
            autoComplete: 'off',
            autoCapitalize: 'none',
            required: true,
          })}
          {field('password', t('privacy.erase.passwordLabel'), {
            type: 'password',
            autoComplete: 'current-password',
            description: t('privacy.erase.passwordDescription'),
          })}
          <Feedback message={feedback} />
          <ButtonGroup>
            <Button type="submit" appearance="primary-action-button" hint="danger" busy={busy}>
              {t('privacy.erase.confirm')}
            </Button>
            <Button appearance="secondary-action-button" onClick={close} disabled={busy}>
              {t('privacy.erase.cancel')}
            </Button>
          </ButtonGroup>
        </form>
      )}
    </section>
  );
}
