import { AUDIT_ACTIONS, AUDIT_RETENTION_MONTHS } from '@klussenbank/domain';
import {
  Button,
  ButtonGroup,
  Heading2,
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { useFormat } from '../../i18n/useFormat';
import { LoadError } from '../../shared/LoadError';
import { LoadingState } from '../../shared/LoadingState';
import { Pagination } from '../../shared/Pagination';
import { SelectField, TextField } from '../../shared/form-fields';
import { useApiData } from '../../shared/useApiData';
import { useMe } from '../auth/useMe';
import { AdminPage } from './AdminPage';
import {
  AUDIT_PAGE_SIZE,
  type AuditAction,
  type AuditEvent,
  type AuditFilter,
  auditEventsQuery,
  auditExportUrl,
  organisationsQuery,
} from './admin-api';
import { ADMIN_AUDIT_URL, isPlatformAdmin } from './admin-routes';

/** The filters' names in the address, in Dutch like the other pages'. */
const PARAMS = {
  action: 'actie',
  actorId: 'door',
  objectId: 'object',
  from: 'van',
  to: 'tot',
  organisationId: 'organisatie',
} as const satisfies Record<keyof AuditFilter, string>;

/** Translation keys cannot hold a dot: `login.failed` is `login-failed` there. */
const actionKey = (action: AuditAction) => action.replaceAll('.', '-') as ReplaceDots<AuditAction>;
type ReplaceDots<S extends string> = S extends `${infer Head}.${infer Tail}`
  ? `${Head}-${ReplaceDots<Tail>}`
  : S;

const isAction = (value: string | null): value is AuditAction =>
  value !== null && (AUDIT_ACTIONS as readonly string[]).includes(value);

function filterFrom(params: URLSearchParams, platform: boolean): AuditFilter {
  const action = params.get(PARAMS.action);
  const text = (key: keyof typeof PARAMS) => params.get(PARAMS[key])?.trim() || undefined;
  return {
    action: isAction(action) ? action : undefined,
    actorId: text('actorId'),
    objectId: text('objectId'),
    from: text('from'),
    to: text('to'),
    organisationId: platform ? text('organisationId') : undefined,
  };
}

export function auditLogUrl(filter: AuditFilter, page = 1): string {
  const params = new URLSearchParams();
  for (const [key, name] of Object.entries(PARAMS) as [keyof AuditFilter, string][]) {
    const value = filter[key];
    if (value) params.set(name, value);
  }
  if (page > 1) params.set('pagina', String(page));
  const search = params.toString();
  return search ? `${ADMIN_AUDIT_URL}?${search}` : ADMIN_AUDIT_URL;
}

/** /beheer/auditlog: the security events an admin may read, filtered, paged and as CSV. */
export function AuditLogPage() {
  const { t } = useTranslation();
  return (
    <AdminPage title={t('admin.audit.title')}>
      <AuditLog />
    </AdminPage>
  );
}

function AuditLog() {
  const { t } = useTranslation();
  const me = useMe();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const platform = isPlatformAdmin(me.roles);
  const filter = filterFrom(searchParams, platform);
  const pageNumber = Math.max(1, Number(searchParams.get('pagina')) || 1);
  const events = useApiData(auditEventsQuery(filter, pageNumber));
  const [draft, setDraft] = useState<AuditFilter>(filter);
  const headingId = useId();

  const set = (key: keyof AuditFilter) => (event: { target: { value: string } }) =>
    setDraft((current) => ({ ...current, [key]: event.target.value || undefined }));

  const apply = (event: FormEvent) => {
    event.preventDefault();
    void navigate(auditLogUrl(draft));
  };

  const data = events.data;
  return (
    <>
      <Paragraph appearance="lead">
        {platform
          ? t('admin.audit.introPlatform', { months: AUDIT_RETENTION_MONTHS })
          : t('admin.audit.intro', { organisation: me.organisation.name, months: AUDIT_RETENTION_MONTHS })}
      </Paragraph>
      <form
        className="kb-admin-search kb-audit-filters"
        aria-label={t('admin.audit.filters')}
        onSubmit={apply}
        noValidate
      >
        <SelectField
          id="audit-action"
          label={t('admin.audit.action')}
          value={draft.action ?? ''}
          onChange={set('action')}
        >
          <option value="">{t('admin.audit.anyAction')}</option>
          {AUDIT_ACTIONS.map((action) => (
            <option key={action} value={action}>
              {t(`admin.audit.actions.${actionKey(action)}`)}
            </option>
          ))}
        </SelectField>
        {platform && (
          <OrganisationFilter value={draft.organisationId ?? ''} onChange={set('organisationId')} />
        )}
        <TextField
          id="audit-from"
          type="date"
          label={t('admin.audit.from')}
          value={draft.from ?? ''}
          onChange={set('from')}
        />
        <TextField
          id="audit-to"
          type="date"
          label={t('admin.audit.to')}
          value={draft.to ?? ''}
          onChange={set('to')}
        />
        <TextField
          id="audit-actor"
          label={t('admin.audit.actorId')}
          value={draft.actorId ?? ''}
          maxLength={36}
          onChange={set('actorId')}
        />
        <TextField
          id="audit-object"
          label={t('admin.audit.objectId')}
          value={draft.objectId ?? ''}
          maxLength={100}
          onChange={set('objectId')}
        />
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button">
            {t('admin.audit.apply')}
          </Button>
          <Button
            appearance="secondary-action-button"
            onClick={() => {
              setDraft({});
              void navigate(ADMIN_AUDIT_URL);
            }}
          >
            {t('admin.audit.reset')}
          </Button>
        </ButtonGroup>
      </form>
      <Paragraph>
        <a className="utrecht-link" href={auditExportUrl(filter)} download>
          {t('admin.audit.download')}
        </a>
      </Paragraph>
      {!data ? (
        events.loading ? (
          <LoadingState text={t('admin.audit.loading')} />
        ) : (
          <LoadError error={events.error} onRetry={events.reload} />
        )
      ) : (
        <section aria-labelledby={headingId}>
          <Heading2 id={headingId}>{t('admin.audit.results', { count: data.total })}</Heading2>
          {data.items.length === 0 ? (
            <Paragraph className="kb-empty">{t('admin.audit.none')}</Paragraph>
          ) : (
            <EventsTable events={data.items} />
          )}
          <Pagination
            page={data.page}
            pageCount={Math.ceil(data.total / AUDIT_PAGE_SIZE)}
            to={(n) => auditLogUrl(filter, n)}
          />
        </section>
      )}
    </>
  );
}

function OrganisationFilter({
  value,
  onChange,
}: {
  value: string;
  onChange: (event: { target: { value: string } }) => void;
}) {
  const { t } = useTranslation();
  const organisations = useApiData(organisationsQuery());
  return (
    <SelectField
      id="audit-organisation"
      label={t('admin.audit.organisation')}
      value={value}
      onChange={onChange}
    >
      <option value="">{t('admin.audit.anyOrganisation')}</option>
      {(organisations.data?.items ?? []).map((organisation) => (
        <option key={organisation.id} value={organisation.id}>
          {organisation.name}
        </option>
      ))}
    </SelectField>
  );
}

function EventsTable({ events }: { events: AuditEvent[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const captionId = useId();
  const actor = (event: AuditEvent) =>
    event.actor
      ? (event.actor.name ?? t('admin.audit.formerEmployee'))
      : event.action.startsWith('login.failed')
        ? t('admin.audit.nobody')
        : t('admin.audit.system');
  return (
    <div className="kb-table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <Table className="kb-audit-table">
        <TableCaption id={captionId}>{t('admin.audit.tableCaption')}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t('admin.audit.columns.time')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('admin.audit.columns.action')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('admin.audit.columns.actor')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('admin.audit.columns.organisation')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('admin.audit.columns.object')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('admin.audit.columns.ip')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('admin.audit.columns.details')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {events.map((event) => (
            <TableRow key={event.id}>
              <TableCell>{format.dateTimeOf(event.occurredAt)}</TableCell>
              <TableHeaderCell scope="row">
                {t(`admin.audit.actions.${actionKey(event.action)}`)}
              </TableHeaderCell>
              <TableCell>{actor(event)}</TableCell>
              <TableCell>
                {event.organisation
                  ? (event.organisation.name ?? event.organisation.id)
                  : t('admin.audit.platformWide')}
              </TableCell>
              <TableCell>{event.object ? `${event.object.type} ${event.object.id}` : ''}</TableCell>
              <TableCell>{event.ipAddress ?? ''}</TableCell>
              <TableCell>
                <code className="kb-audit-details">
                  {Object.keys(event.details).length ? JSON.stringify(event.details) : ''}
                </code>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
