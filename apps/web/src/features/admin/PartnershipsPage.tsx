import {
  Button,
  ButtonGroup,
  Heading2,
  Heading3,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { apiErrorDetail } from '../../shared/api-error';
import { ConfirmPanel } from '../../shared/ConfirmPanel';
import { Feedback, type FeedbackMessage } from '../../shared/Feedback';
import { SelectField, TextareaField, TextField } from '../../shared/form-fields';
import { LoadError } from '../../shared/LoadError';
import { LoadingState } from '../../shared/LoadingState';
import { Pagination } from '../../shared/Pagination';
import { useApiData } from '../../shared/useApiData';
import { usePanel } from '../../shared/usePanel';
import { useMe } from '../auth/useMe';
import { AdminPage } from './AdminPage';
import {
  addMember,
  createPartnership,
  type MemberImpact,
  memberImpact,
  type Organisation,
  organisationsQuery,
  type Partnership,
  partnershipQuery,
  partnershipsQuery,
  removeMember,
} from './admin-api';
import { fieldErrorsOf } from './field-errors';
import { ADMIN_PARTNERSHIPS_URL, isPlatformAdmin } from './admin-routes';

/**
 * /beheer/samenwerkingsverbanden: org-admins see the partnerships of their organisation with their
 * members; platform admins add partnerships and add or remove members, after a confirmation that
 * counts what the change touches.
 */
export function PartnershipsPage() {
  const { t } = useTranslation();
  const me = useMe();
  return (
    <AdminPage title={t('admin.partnerships.title')}>
      {isPlatformAdmin(me.roles) ? <ManagePartnerships /> : <OwnPartnerships />}
    </AdminPage>
  );
}

function OwnPartnerships() {
  const { t } = useTranslation();
  const me = useMe();
  return (
    <>
      <Paragraph appearance="lead">
        {t('admin.partnerships.introOwn', { organisation: me.organisation.name })}
      </Paragraph>
      {me.partnerships.length === 0 ? (
        <Paragraph className="kb-empty">{t('admin.partnerships.noneOwn')}</Paragraph>
      ) : (
        <ul className="kb-admin-list" aria-label={t('admin.partnerships.list')}>
          {me.partnerships.map((partnership) => (
            <OwnPartnership key={partnership.id} id={partnership.id} name={partnership.name} />
          ))}
        </ul>
      )}
    </>
  );
}

function OwnPartnership({ id, name }: { id: string; name: string }) {
  const { t } = useTranslation();
  const partnership = useApiData(partnershipQuery(id));
  return (
    <li className="kb-admin-card">
      <Heading2>{name}</Heading2>
      {partnership.data ? (
        <PartnershipBody partnership={partnership.data} />
      ) : partnership.loading ? (
        <LoadingState text={t('common.loading')} />
      ) : (
        <LoadError error={partnership.error} onRetry={partnership.reload} />
      )}
    </li>
  );
}

function PartnershipBody({ partnership }: { partnership: Partnership }) {
  const { t } = useTranslation();
  return (
    <>
      {partnership.description && <Paragraph>{partnership.description}</Paragraph>}
      <Heading3>{t('admin.partnerships.members', { count: partnership.organisations.length })}</Heading3>
      {partnership.organisations.length === 0 ? (
        <Paragraph>{t('admin.partnerships.noMembers')}</Paragraph>
      ) : (
        <UnorderedList className="kb-compact-list">
          {partnership.organisations.map((organisation) => (
            <UnorderedListItem key={organisation.id}>{organisation.name}</UnorderedListItem>
          ))}
        </UnorderedList>
      )}
    </>
  );
}

const pageFrom = (value: string | null) => {
  const page = Number(value);
  return Number.isInteger(page) && page > 1 ? page : 1;
};

function ManagePartnerships() {
  const { t } = useTranslation();
  const [searchParams] = useSearchParams();
  const page = pageFrom(searchParams.get('pagina'));
  const partnerships = useApiData(partnershipsQuery(page));
  const organisations = useApiData(organisationsQuery());
  const [feedback, setFeedback] = useState<FeedbackMessage | null>(null);

  const changed = (text: string) => {
    setFeedback({ type: 'ok', text });
    partnerships.reload();
  };

  const data = partnerships.data;
  return (
    <>
      <Paragraph appearance="lead">{t('admin.partnerships.introPlatform')}</Paragraph>
      <Feedback message={feedback} />
      <NewPartnership onCreated={(name) => changed(t('admin.partnerships.created', { name }))} />
      {!data ? (
        partnerships.loading ? (
          <LoadingState text={t('common.loading')} />
        ) : (
          <LoadError error={partnerships.error} onRetry={partnerships.reload} />
        )
      ) : (
        <section aria-labelledby="partnerships-all">
          <Heading2 id="partnerships-all">{t('admin.partnerships.all', { count: data.total })}</Heading2>
          {data.items.length === 0 ? (
            <Paragraph className="kb-empty">{t('admin.partnerships.none')}</Paragraph>
          ) : (
            <ul className="kb-admin-list" aria-label={t('admin.partnerships.list')}>
              {data.items.map((partnership) => (
                <ManagedPartnership
                  key={partnership.id}
                  partnership={partnership}
                  organisations={organisations.data?.items ?? []}
                  onChanged={changed}
                  onFailed={(text) => setFeedback({ type: 'error', text })}
                  onOpen={() => setFeedback(null)}
                />
              ))}
            </ul>
          )}
          <Pagination
            page={data.page}
            pageCount={Math.ceil(data.total / data.pageSize)}
            to={(n) => (n > 1 ? `${ADMIN_PARTNERSHIPS_URL}?pagina=${n}` : ADMIN_PARTNERSHIPS_URL)}
          />
        </section>
      )}
    </>
  );
}

function NewPartnership({ onCreated }: { onCreated: (name: string) => void }) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<FeedbackMessage | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (name.trim() === '') {
      setErrors({ name: t('admin.partnerships.nameRequired') });
      return;
    }
    setBusy(true);
    setFailure(null);
    try {
      const created = await createPartnership({ name: name.trim(), description: description.trim() });
      setName('');
      setDescription('');
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
    <section className="kb-section" aria-labelledby="partnership-new">
      <Heading2 id="partnership-new">{t('admin.partnerships.newHeading')}</Heading2>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Feedback message={failure} />
        <TextField
          id="partnership-name"
          label={t('admin.partnerships.name')}
          value={name}
          maxLength={120}
          required
          error={errors.name}
          onChange={(event) => setName(event.target.value)}
        />
        <TextareaField
          id="partnership-description"
          label={t('admin.partnerships.description')}
          value={description}
          maxLength={2000}
          rows={3}
          error={errors.description}
          onChange={(event) => setDescription(event.target.value)}
        />
        <Button type="submit" appearance="primary-action-button" busy={busy}>
          {t('admin.partnerships.create')}
        </Button>
      </form>
    </section>
  );
}

type MemberChange = {
  kind: 'add' | 'remove';
  organisation: { id: string; name: string };
  impact: MemberImpact;
};

interface ManagedPartnershipProps {
  partnership: Partnership;
  organisations: Organisation[];
  onChanged: (text: string) => void;
  onFailed: (text: string) => void;
  onOpen: () => void;
}

function ManagedPartnership({
  partnership,
  organisations,
  onChanged,
  onFailed,
  onOpen,
}: ManagedPartnershipProps) {
  const { t } = useTranslation();
  const panel = usePanel<'confirm'>();
  const [change, setChange] = useState<MemberChange | null>(null);
  const [chosen, setChosen] = useState('');
  const [busy, setBusy] = useState<string | null>(null);
  const memberIds = new Set(partnership.organisations.map((o) => o.id));
  const outside = organisations.filter((o) => !memberIds.has(o.id));

  const ask = async (kind: MemberChange['kind'], organisation: { id: string; name: string }) => {
    onOpen();
    setBusy(`${kind}:${organisation.id}`);
    try {
      const impact = await memberImpact(partnership.id, organisation.id);
      setChange({ kind, organisation, impact });
      panel.show('confirm');
    } catch (error) {
      onFailed(apiErrorDetail(error) ?? t('common.actionFailed'));
    } finally {
      setBusy(null);
    }
  };

  const confirm = async () => {
    if (!change) return;
    setBusy('confirm');
    try {
      const names = { organisation: change.organisation.name, partnership: partnership.name };
      if (change.kind === 'add') {
        await addMember(partnership.id, change.organisation.id);
        onChanged(t('admin.partnerships.added', names));
      } else {
        await removeMember(partnership.id, change.organisation.id);
        onChanged(t('admin.partnerships.removed', names));
      }
      panel.done();
      setChange(null);
      setChosen('');
    } catch (error) {
      onFailed(apiErrorDetail(error) ?? t('common.actionFailed'));
    } finally {
      setBusy(null);
    }
  };

  const explain = (c: MemberChange) => {
    const counts = { organisation: c.organisation.name, partnership: partnership.name, ...c.impact };
    return c.kind === 'add'
      ? [
          t('admin.partnerships.addSees', {
            ...counts,
            count: c.impact.partnerTasks,
            dossiers: c.impact.runningDossiers,
          }),
        ]
      : [
          t('admin.partnerships.removeOwnTasks', { ...counts, count: c.impact.ownTasksForPartnership }),
          t('admin.partnerships.removeAllTasks', { ...counts, count: c.impact.ownTasksForAllPartnerships }),
          t('admin.partnerships.removeSees', {
            ...counts,
            count: c.impact.partnerTasks,
            dossiers: c.impact.runningDossiers,
          }),
          t('admin.partnerships.removeTeams', { ...counts, count: c.impact.peopleInDossierTeams }),
        ];
  };

  return (
    <li className="kb-admin-card">
      <Heading2>{partnership.name}</Heading2>
      {partnership.description && <Paragraph>{partnership.description}</Paragraph>}
      <Heading3>{t('admin.partnerships.members', { count: partnership.organisations.length })}</Heading3>
      {partnership.organisations.length === 0 ? (
        <Paragraph>{t('admin.partnerships.noMembers')}</Paragraph>
      ) : (
        <ul className="kb-admin-members">
          {partnership.organisations.map((organisation) => (
            <li key={organisation.id} className="kb-admin-members__item">
              <span className="kb-admin-members__name">{organisation.name}</span>
              <Button
                appearance="subtle-button"
                busy={busy === `remove:${organisation.id}`}
                aria-label={t('admin.partnerships.removeFor', {
                  organisation: organisation.name,
                  partnership: partnership.name,
                })}
                onClick={() => void ask('remove', organisation)}
              >
                {t('admin.partnerships.remove')}
              </Button>
            </li>
          ))}
        </ul>
      )}
      {panel.open === 'confirm' && change ? (
        <ConfirmPanel
          question={t(
            change.kind === 'add' ? 'admin.partnerships.addQuestion' : 'admin.partnerships.removeQuestion',
            { organisation: change.organisation.name, partnership: partnership.name },
          )}
          explanation={explain(change).join(' ')}
          confirmLabel={t(
            change.kind === 'add' ? 'admin.partnerships.addConfirm' : 'admin.partnerships.removeConfirm',
          )}
          danger={change.kind === 'remove'}
          busy={busy === 'confirm'}
          onConfirm={() => void confirm()}
          onCancel={() => {
            setChange(null);
            panel.cancel();
          }}
        />
      ) : (
        outside.length > 0 && (
          <form
            className="kb-admin-search"
            aria-label={t('admin.partnerships.addFor', { partnership: partnership.name })}
            onSubmit={(event) => {
              event.preventDefault();
              const organisation = outside.find((o) => o.id === chosen);
              if (organisation) void ask('add', organisation);
            }}
          >
            <SelectField
              id={`add-member-${partnership.id}`}
              label={t('admin.partnerships.addLabel')}
              value={chosen}
              onChange={(event) => setChosen(event.target.value)}
            >
              <option value="">{t('admin.partnerships.choose')}</option>
              {outside.map((organisation) => (
                <option key={organisation.id} value={organisation.id}>
                  {organisation.name}
                </option>
              ))}
            </SelectField>
            <ButtonGroup>
              <Button
                type="submit"
                appearance="secondary-action-button"
                disabled={chosen === ''}
                busy={busy === `add:${chosen}`}
              >
                {t('admin.partnerships.add')}
              </Button>
            </ButtonGroup>
          </form>
        )
      )}
    </li>
  );
}
