import { Button, Heading2, Paragraph } from '@utrecht/component-library-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { apiErrorDetail } from '../../shared/api-error';
import { Feedback, type FeedbackMessage } from '../../shared/Feedback';
import { SelectField, TextField } from '../../shared/form-fields';
import { LoadError } from '../../shared/LoadError';
import { LoadingState } from '../../shared/LoadingState';
import { Pagination } from '../../shared/Pagination';
import { useApiData } from '../../shared/useApiData';
import { AdminPage } from './AdminPage';
import { createOrganisation, type OrganisationKind, organisationsQuery } from './admin-api';
import { ADMIN_ORGANISATIONS_URL, adminPeopleUrl } from './admin-routes';
import { fieldErrorsOf } from './field-errors';
import { RouterLink } from '../../shared/router-links';

const KINDS: OrganisationKind[] = ['municipality', 'shared-service-centre', 'joint-body'];
const PAGE_SIZE = 50;

const pageFrom = (value: string | null) => {
  const page = Number(value);
  return Number.isInteger(page) && page > 1 ? page : 1;
};

/** /beheer/organisaties (platform admins): every organisation in the network, and adding one. */
export function OrganisationsPage() {
  const { t } = useTranslation();
  return (
    <AdminPage title={t('admin.organisations.title')} platformOnly>
      <Organisations />
    </AdminPage>
  );
}

function Organisations() {
  const { t } = useTranslation();
  const [searchParams] = useSearchParams();
  const page = pageFrom(searchParams.get('pagina'));
  const organisations = useApiData(organisationsQuery(page, PAGE_SIZE));
  const [feedback, setFeedback] = useState<FeedbackMessage | null>(null);
  const data = organisations.data;
  return (
    <>
      <Paragraph appearance="lead">{t('admin.organisations.intro')}</Paragraph>
      <Feedback message={feedback} />
      <NewOrganisation
        onCreated={(name) => {
          setFeedback({ type: 'ok', text: t('admin.organisations.created', { name }) });
          organisations.reload();
        }}
      />
      {!data ? (
        organisations.loading ? (
          <LoadingState text={t('common.loading')} />
        ) : (
          <LoadError error={organisations.error} onRetry={organisations.reload} />
        )
      ) : (
        <section aria-labelledby="organisations-all">
          <Heading2 id="organisations-all">{t('admin.organisations.all', { count: data.total })}</Heading2>
          <ul className="kb-admin-list" aria-label={t('admin.organisations.list')}>
            {data.items.map((organisation) => (
              <li key={organisation.id} className="kb-admin-card">
                <Paragraph className="kb-admin-card__meta">
                  <strong>{organisation.name}</strong> · {t(`organisationKind.${organisation.kind}`)}
                </Paragraph>
                <Paragraph className="kb-admin-card__meta">
                  <RouterLink to={adminPeopleUrl({ organisationId: organisation.id })}>
                    {t('admin.organisations.people', { name: organisation.name })}
                  </RouterLink>
                </Paragraph>
              </li>
            ))}
          </ul>
          <Pagination
            page={data.page}
            pageCount={Math.ceil(data.total / PAGE_SIZE)}
            to={(n) => (n > 1 ? `${ADMIN_ORGANISATIONS_URL}?pagina=${n}` : ADMIN_ORGANISATIONS_URL)}
          />
        </section>
      )}
    </>
  );
}

function NewOrganisation({ onCreated }: { onCreated: (name: string) => void }) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [kind, setKind] = useState<OrganisationKind>('municipality');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<FeedbackMessage | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (name.trim() === '') {
      setErrors({ name: t('admin.organisations.nameRequired') });
      return;
    }
    setBusy(true);
    setFailure(null);
    try {
      const created = await createOrganisation({ name: name.trim(), kind });
      setName('');
      setErrors({});
      onCreated(created.name);
    } catch (error) {
      const fields = fieldErrorsOf(error);
      setErrors(fields);
      if (Object.keys(fields).length === 0) {
        setFailure({ type: 'error', text: apiErrorDetail(error) ?? t('common.actionFailed') });
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="kb-section" aria-labelledby="organisation-new">
      <Heading2 id="organisation-new">{t('admin.organisations.newHeading')}</Heading2>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Feedback message={failure} />
        <TextField
          id="organisation-name"
          label={t('admin.organisations.name')}
          value={name}
          maxLength={120}
          required
          error={errors.name}
          onChange={(event) => setName(event.target.value)}
        />
        <SelectField
          id="organisation-kind"
          label={t('admin.organisations.kind')}
          value={kind}
          error={errors.kind}
          onChange={(event) => setKind(event.target.value as OrganisationKind)}
        >
          {KINDS.map((value) => (
            <option key={value} value={value}>
              {t(`organisationKind.${value}`)}
            </option>
          ))}
        </SelectField>
        <Button type="submit" appearance="primary-action-button" busy={busy}>
          {t('admin.organisations.create')}
        </Button>
      </form>
    </section>
  );
}
