import { isErasedEmail } from '@klussenbank/domain';
import {
  Button,
  ButtonGroup,
  Fieldset,
  FieldsetLegend,
  Heading2,
  Heading3,
  Paragraph,
} from '@utrecht/component-library-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { useFormat } from '../../i18n/useFormat';
import { apiErrorDetail } from '../../shared/api-error';
import { ConfirmPanel } from '../../shared/ConfirmPanel';
import { eraseAccount } from '../privacy/privacy-api';
import { Feedback, type FeedbackMessage } from '../../shared/Feedback';
import { CheckboxField, SelectField, TextField } from '../../shared/form-fields';
import { LoadError } from '../../shared/LoadError';
import { LoadingState } from '../../shared/LoadingState';
import { Pagination } from '../../shared/Pagination';
import { useApiData } from '../../shared/useApiData';
import { usePanel } from '../../shared/usePanel';
import { useMe } from '../auth/useMe';
import { sendPasswordLink } from '../passwords/password-api';
import { endSessionsOf } from '../sessions/sessions-api';
import { AdminPage } from './AdminPage';
import { ImportPeople } from './ImportPeople';
import {
  deactivatePerson,
  managersQuery,
  organisationsQuery,
  PEOPLE_PAGE_SIZE,
  peopleQuery,
  type Person,
  reactivatePerson,
  updatePerson,
} from './admin-api';
import { adminPeopleUrl, isPlatformAdmin } from './admin-routes';

type Role = Person['roles'][number];
type GrantableRole = Exclude<Role, 'employee'>;
type Action = 'edit' | 'deactivate' | 'reactivate' | 'link' | 'sessions' | 'erase';

const pageFrom = (value: string | null) => {
  const page = Number(value);
  return Number.isInteger(page) && page > 1 ? page : 1;
};

/**
 * /beheer/mensen: the people of the admin's organisation (platform admins choose one), found by name
 * or e-mail address; roles, line manager, switching an account off and on, and a password link.
 */
export function PeoplePage() {
  const { t } = useTranslation();
  return (
    <AdminPage title={t('admin.people.title')}>
      <People />
    </AdminPage>
  );
}

function People() {
  const { t } = useTranslation();
  const me = useMe();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const platform = isPlatformAdmin(me.roles);
  const organisationId = (platform && searchParams.get('organisatie')) || me.organisation.id;
  const q = searchParams.get('zoek') ?? '';
  const page = pageFrom(searchParams.get('pagina'));
  const people = useApiData(peopleQuery({ organisationId, q, page }));
  const managers = useApiData(managersQuery(organisationId));
  const [typed, setTyped] = useState(q);
  const [feedback, setFeedback] = useState<FeedbackMessage | null>(null);
  const [importing, setImporting] = useState(false);

  const search = (event: FormEvent) => {
    event.preventDefault();
    setFeedback(null);
    void navigate(adminPeopleUrl({ q: typed.trim(), organisationId: platform ? organisationId : undefined }));
  };

  const changed = (text: string) => {
    setFeedback({ type: 'ok', text });
    people.reload();
    managers.reload();
  };

  const data = people.data;
  return (
    <>
      <Paragraph appearance="lead">{t('admin.people.intro')}</Paragraph>
      {platform && (
        <OrganisationChoice
          value={organisationId}
          onChange={(id) => {
            setTyped('');
            void navigate(adminPeopleUrl({ organisationId: id }));
          }}
        />
      )}
      <Button
        appearance="secondary-action-button"
        aria-expanded={importing}
        aria-controls="people-import"
        onClick={() => setImporting((open) => !open)}
      >
        {importing ? t('admin.peopleImport.close') : t('admin.peopleImport.open')}
      </Button>
      {importing && (
        <div id="people-import">
          <ImportPeople
            key={organisationId}
            organisationId={organisationId}
            onImported={() => {
              people.reload();
              managers.reload();
            }}
          />
        </div>
      )}
      <form role="search" className="kb-admin-search" onSubmit={search} noValidate>
        <TextField
          id="people-search"
          type="search"
          label={t('admin.people.search')}
          value={typed}
          maxLength={120}
          onChange={(event) => setTyped(event.target.value)}
        />
        <Button type="submit" appearance="secondary-action-button">
          {t('admin.people.searchButton')}
        </Button>
      </form>
      <Feedback message={feedback} />
      {!data ? (
        people.loading ? (
          <LoadingState text={t('admin.people.loading')} />
        ) : (
          <LoadError error={people.error} onRetry={people.reload} />
        )
      ) : (
        <section aria-labelledby="people-results">
          <Heading2 id="people-results">
            {q
              ? t('admin.people.resultsFor', { count: data.total, q })
              : t('admin.people.results', { count: data.total })}
          </Heading2>
          {data.items.length === 0 ? (
            <Paragraph className="kb-empty">
              {q ? t('admin.people.noneFound') : t('admin.people.none')}
            </Paragraph>
          ) : (
            <ul className="kb-admin-list" aria-label={t('admin.people.list')}>
              {data.items.map((person) => (
                <PersonCard
                  key={person.id}
                  person={person}
                  managers={managers.data?.items ?? []}
                  onChanged={changed}
                  onFailed={(text) => setFeedback({ type: 'error', text })}
                  onOpen={() => setFeedback(null)}
                />
              ))}
            </ul>
          )}
          <Pagination
            page={data.page}
            pageCount={Math.ceil(data.total / PEOPLE_PAGE_SIZE)}
            to={(n) => adminPeopleUrl({ q, page: n, organisationId: platform ? organisationId : undefined })}
          />
        </section>
      )}
    </>
  );
}

function OrganisationChoice({ value, onChange }: { value: string; onChange: (id: string) => void }) {
  const { t } = useTranslation();
  const organisations = useApiData(organisationsQuery());
  if (!organisations.data) return null;
  return (
    <SelectField
      id="people-organisation"
      label={t('admin.people.organisation')}
      value={value}
      onChange={(event) => onChange(event.target.value)}
    >
      {organisations.data.items.map((organisation) => (
        <option key={organisation.id} value={organisation.id}>
          {organisation.name}
        </option>
      ))}
    </SelectField>
  );
}

interface PersonCardProps {
  person: Person;
  managers: Person[];
  onChanged: (text: string) => void;
  onFailed: (text: string) => void;
  onOpen: () => void;
}

function PersonCard({ person, managers, onChanged, onFailed, onOpen }: PersonCardProps) {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const format = useFormat();
  const panel = usePanel<Action>();
  const [busy, setBusy] = useState(false);
  const self = person.id === me.id;
  const off = person.deactivatedAt !== null;
  const manager = managers.find((m) => m.id === person.lineManagerId);
  const roles = new Intl.ListFormat(i18n.language, { type: 'conjunction' }).format(
    person.roles.map((role) => t(`role.${role}`)),
  );
  // An org-admin leaves a platform admin's account alone (the API refuses it too).
  const mayChange = isPlatformAdmin(me.roles) || !person.roles.includes('platform-admin');

  const run = async <T,>(work: () => Promise<T>, done: string | ((result: T) => string)) => {
    setBusy(true);
    try {
      const result = await work();
      panel.done();
      onChanged(typeof done === 'string' ? done : done(result));
    } catch (error) {
      onFailed(apiErrorDetail(error) ?? t('common.actionFailed'));
    } finally {
      setBusy(false);
    }
  };

  const open = (action: Action) => {
    onOpen();
    panel.show(action);
  };

  const name = person.displayName;
  // An erased account (AVG) stays as an empty shell for others' records: nothing to do with it.
  const erased = isErasedEmail(person.email);
  return (
    <li className={`kb-admin-card${off ? ' kb-admin-card--off' : ''}`}>
      <Heading3>{name}</Heading3>
      <Paragraph className="kb-admin-card__meta">
        {person.email}
        {person.jobTitle ? ` · ${person.jobTitle}` : ''}
      </Paragraph>
      <Paragraph className="kb-admin-card__meta">
        {t('admin.people.rolesLine', { roles })} ·{' '}
        {t('admin.people.lineManagerLine', {
          name: manager?.displayName ?? (person.lineManagerId ? '…' : t('me.noLineManager')),
        })}
      </Paragraph>
      {off && (
        <Paragraph className="kb-admin-card__meta">
          <strong>
            {t('admin.people.deactivatedSince', { date: format.dateOf(person.deactivatedAt ?? '') })}
          </strong>
        </Paragraph>
      )}
      {erased && (
        <Paragraph className="kb-admin-card__meta">
          <strong>{t('admin.people.erased')}</strong>
        </Paragraph>
      )}
      {mayChange && !erased && (
        <ButtonGroup>
          <Button
            appearance="secondary-action-button"
            aria-label={t('admin.people.editFor', { name })}
            onClick={() => open('edit')}
          >
            {t('admin.people.edit')}
          </Button>
          {!self &&
            (off ? (
              <Button
                appearance="secondary-action-button"
                aria-label={t('admin.people.reactivateFor', { name })}
                onClick={() => open('reactivate')}
              >
                {t('admin.people.reactivate')}
              </Button>
            ) : (
              <Button
                appearance="secondary-action-button"
                aria-label={t('admin.people.deactivateFor', { name })}
                onClick={() => open('deactivate')}
              >
                {t('admin.people.deactivate')}
              </Button>
            ))}
          {!off && (
            <Button
              appearance="subtle-button"
              aria-label={t('organisationUsers.sendFor', { name })}
              onClick={() => open('link')}
            >
              {t('organisationUsers.send')}
            </Button>
          )}
          {!off && !self && (
            <Button
              appearance="subtle-button"
              aria-label={t('admin.people.endSessionsFor', { name })}
              onClick={() => open('sessions')}
            >
              {t('admin.people.endSessions')}
            </Button>
          )}
          {!self && (
            <Button
              appearance="subtle-button"
              hint="danger"
              aria-label={t('privacy.erase.adminActionFor', { name })}
              onClick={() => open('erase')}
            >
              {t('privacy.erase.adminAction')}
            </Button>
          )}
        </ButtonGroup>
      )}
      {panel.open === 'edit' ? (
        <EditPerson
          person={person}
          managers={managers}
          busy={busy}
          onSave={(body) => void run(() => updatePerson(person.id, body), t('admin.people.saved', { name }))}
          onCancel={panel.cancel}
        />
      ) : panel.open === 'deactivate' ? (
        <ConfirmPanel
          question={t('admin.people.deactivateQuestion', { name })}
          explanation={t('admin.people.deactivateExplanation', { name })}
          confirmLabel={t('admin.people.deactivateConfirm')}
          danger
          busy={busy}
          onConfirm={() =>
            void run(() => deactivatePerson(person.id), t('admin.people.deactivated', { name }))
          }
          onCancel={panel.cancel}
        />
      ) : panel.open === 'reactivate' ? (
        <ConfirmPanel
          question={t('admin.people.reactivateQuestion', { name })}
          explanation={t('admin.people.reactivateExplanation', { name })}
          confirmLabel={t('admin.people.reactivateConfirm')}
          busy={busy}
          onConfirm={() =>
            void run(() => reactivatePerson(person.id), t('admin.people.reactivated', { name }))
          }
          onCancel={panel.cancel}
        />
      ) : panel.open === 'sessions' ? (
        <ConfirmPanel
          question={t('admin.people.endSessionsQuestion', { name })}
          explanation={t('admin.people.endSessionsExplanation', { name })}
          confirmLabel={t('admin.people.endSessionsConfirm')}
          danger
          busy={busy}
          onConfirm={() =>
            void run(
              () => endSessionsOf(person.id),
              (count) => t('admin.people.sessionsEnded', { count, name }),
            )
          }
          onCancel={panel.cancel}
        />
      ) : panel.open === 'erase' ? (
        <ConfirmPanel
          question={t('privacy.erase.adminQuestion', { name })}
          explanation={t('privacy.erase.adminExplanation', { name })}
          confirmLabel={t('privacy.erase.adminConfirm')}
          danger
          busy={busy}
          onConfirm={() => void run(() => eraseAccount(person.id), t('privacy.erase.adminDone', { name }))}
          onCancel={panel.cancel}
        />
      ) : panel.open === 'link' ? (
        <ConfirmPanel
          question={t('organisationUsers.confirmQuestion', { name, email: person.email })}
          explanation={t('organisationUsers.confirmExplanation')}
          confirmLabel={t('organisationUsers.confirm')}
          busy={busy}
          onConfirm={() =>
            void run(() => sendPasswordLink(person.id), t('organisationUsers.sent', { email: person.email }))
          }
          onCancel={panel.cancel}
        />
      ) : null}
    </li>
  );
}

interface EditPersonProps {
  person: Person;
  managers: Person[];
  busy: boolean;
  onSave: (body: { roles: Role[]; lineManagerId: string | null }) => void;
  onCancel: () => void;
}

function EditPerson({ person, managers, busy, onSave, onCancel }: EditPersonProps) {
  const { t } = useTranslation();
  const me = useMe();
  const [roles, setRoles] = useState<ReadonlySet<Role>>(new Set(person.roles));
  const [lineManagerId, setLineManagerId] = useState(person.lineManagerId ?? '');
  const self = person.id === me.id;
  const grantable: GrantableRole[] = isPlatformAdmin(me.roles)
    ? ['manager', 'org-admin', 'platform-admin']
    : ['manager', 'org-admin'];
  const candidates = managers.filter((m) => m.id !== person.id);

  const toggle = (role: Role, on: boolean) =>
    setRoles((current) => {
      const next = new Set(current);
      if (on) next.add(role);
      else next.delete(role);
      return next;
    });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSave({
      roles: ['employee', ...grantable.filter((role) => roles.has(role))],
      lineManagerId: lineManagerId || null,
    });
  };

  return (
    <form
      className="kb-panel"
      aria-label={t('admin.people.editFor', { name: person.displayName })}
      onSubmit={submit}
      noValidate
    >
      <Fieldset>
        <FieldsetLegend>{t('admin.people.roles')}</FieldsetLegend>
        {grantable.map((role) => (
          <CheckboxField
            key={role}
            id={`role-${person.id}-${role}`}
            label={t(`role.${role}`)}
            description={t(`admin.people.roleText.${role}`)}
            checked={roles.has(role)}
            // An admin keeps their own admin role: nobody would be left to give it back.
            disabled={self && (role === 'org-admin' || role === 'platform-admin') && roles.has(role)}
            onChange={(event) => toggle(role, event.currentTarget.checked)}
          />
        ))}
      </Fieldset>
      <SelectField
        id={`line-manager-${person.id}`}
        label={t('admin.people.lineManager')}
        description={t('admin.people.lineManagerText')}
        value={lineManagerId}
        onChange={(event) => setLineManagerId(event.target.value)}
      >
        <option value="">{t('me.noLineManager')}</option>
        {candidates.map((candidate) => (
          <option key={candidate.id} value={candidate.id}>
            {candidate.displayName}
          </option>
        ))}
      </SelectField>
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button" busy={busy}>
          {t('admin.people.save')}
        </Button>
        <Button appearance="secondary-action-button" onClick={onCancel}>
          {t('common.back')}
        </Button>
      </ButtonGroup>
    </form>
  );
}
