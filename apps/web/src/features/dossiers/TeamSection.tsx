import { DOSSIER_ROLES, type DossierRole, isDossierClosed } from '@klussenbank/domain';
import {
  Button,
  ButtonGroup,
  DataBadge,
  Heading2,
  Heading3,
  Paragraph,
  SelectOption,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { type FormEvent, type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiErrorCode, apiErrorDetail } from '../../shared/api-error';
import { Feedback, type FeedbackMessage } from '../../shared/Feedback';
import { SelectField } from '../../shared/form-fields';
import { useMe } from '../auth/useMe';
import { ConfirmPanel } from '../../shared/ConfirmPanel';
import { usePanel } from '../../shared/usePanel';
import type { NamedRef } from '../tasks/task-api';
import { type DossierDetail, removeMembership, type TeamMember, updateMembership } from './dossier-api';
import { useDossierText } from './useDossierText';

type Panel =
  | { kind: 'role'; userId: string }
  | { kind: 'decline'; userId: string }
  | { kind: 'withdraw'; userId: string }
  | { kind: 'remove'; userId: string };

const ROLE_ORDER: Record<DossierRole, number> = { trekker: 0, member: 1, adviser: 2 };

/** The person a button acts on, for screen readers: "Accepteren Femke Verhoeven". */
function ForPerson({ name }: { name: string }) {
  return (
    <>
      {' '}
      <span className="kb-visually-hidden">{name}</span>
    </>
  );
}

interface OrganisationGroup {
  organisation: NamedRef;
  members: TeamMember[];
}

/** The active team by organisation, biggest first; trekkers first within each. */
export function groupByOrganisation(team: readonly TeamMember[]): OrganisationGroup[] {
  const groups = new Map<string, OrganisationGroup>();
  for (const member of team) {
    if (member.status !== 'active') continue;
    const { organisation } = member.user;
    const group = groups.get(organisation.id) ?? { organisation, members: [] };
    group.members.push(member);
    groups.set(organisation.id, group);
  }
  for (const group of groups.values()) {
    group.members.sort(
      (a, b) => ROLE_ORDER[a.role] - ROLE_ORDER[b.role] || a.user.name.localeCompare(b.user.name, 'nl'),
    );
  }
  return [...groups.values()].sort(
    (a, b) =>
      b.members.length - a.members.length || a.organisation.name.localeCompare(b.organisation.name, 'nl'),
  );
}

interface TeamSectionProps {
  dossier: DossierDetail;
  onChanged: () => void;
}

/** Who is in the team, by organisation; trekkers also decide on requests, roles and who stays here. */
export function TeamSection({ dossier, onChanged }: TeamSectionProps) {
  const { t } = useTranslation();
  const me = useMe();
  const text = useDossierText();
  const panel = usePanel<Panel>();
  const [busy, setBusy] = useState(false);
  const [feedback, setFeedback] = useState<FeedbackMessage | null>(null);
  const [role, setRole] = useState<DossierRole>('member');

  const lead = dossier.canEdit && !isDossierClosed(dossier.status);
  // Platform admins lead every dossier, in the team or not: they hand over when a trekker leaves.
  const platformAdmin = me.roles.includes('platform-admin');
  const groups = groupByOrganisation(dossier.team);
  const requests = dossier.canEdit ? dossier.team.filter((member) => member.status === 'requested') : [];
  const invited = dossier.canEdit ? dossier.team.filter((member) => member.status === 'invited') : [];
  const nameOf = (userId: string) =>
    dossier.team.find((member) => member.user.id === userId)?.user.name ?? '';

  const run = async (work: () => Promise<unknown>, success: string) => {
    setBusy(true);
    setFeedback(null);
    try {
      await work();
      panel.done();
      setFeedback({ type: 'ok', text: success });
      onChanged();
    } catch (error) {
      panel.done();
      setFeedback({ type: 'error', text: apiErrorDetail(error) ?? t('common.actionFailed') });
      if (apiErrorCode(error)) onChanged();
    } finally {
      setBusy(false);
    }
  };

  const accept = (userId: string) =>
    run(
      () => updateMembership(dossier.id, userId, { status: 'active' }),
      t('team.done.accepted', { name: nameOf(userId) }),
    );
  const remove = (userId: string, done: 'declined' | 'withdrawn' | 'removed') =>
    run(() => removeMembership(dossier.id, userId), t(`team.done.${done}`, { name: nameOf(userId) }));
  const changeRole = (event: FormEvent<HTMLFormElement>, userId: string) => {
    event.preventDefault();
    if (busy) return;
    void run(
      () => updateMembership(dossier.id, userId, { role }),
      t('team.done.role', { name: nameOf(userId), role: t(`dossier.role.${role}`).toLowerCase() }),
    );
  };

  const isOpen = (kind: Panel['kind'], userId: string) =>
    panel.open?.kind === kind && panel.open.userId === userId;
  const toggle = (next: Panel) => {
    if (isOpen(next.kind, next.userId)) panel.cancel();
    else panel.show(next);
  };

  const person = (member: TeamMember, details: ReactNode, actions?: ReactNode) => (
    <UnorderedListItem key={member.user.id} className="kb-person">
      <Paragraph className="kb-person__name">
        <strong>{member.user.name}</strong>
        {member.user.jobTitle && <>, {member.user.jobTitle}</>}
      </Paragraph>
      {details}
      {actions}
    </UnorderedListItem>
  );

  return (
    <>
      <section className="kb-section" aria-labelledby="team-heading">
        <Heading2 id="team-heading">{t('team.heading')}</Heading2>
        <Feedback message={feedback} />
        <Paragraph>
          {text.teamSize(dossier)}
          {dossier.organisations.length > 0 && <>: {text.spread(dossier.organisations)}</>}
        </Paragraph>
        {lead && platformAdmin && <Paragraph>{t('team.reassignHint')}</Paragraph>}
        {groups.map(({ organisation, members }) => (
          <div key={organisation.id} className="kb-team-group">
            <Heading3 id={`team-${organisation.id}`}>
              {organisation.name}{' '}
              <span className="kb-team-group__count">{t('team.groupCount', { count: members.length })}</span>
            </Heading3>
            <UnorderedList className="kb-people" aria-labelledby={`team-${organisation.id}`}>
              {members.map((member) =>
                person(
                  member,
                  <Paragraph className="kb-badges">
                    <DataBadge className="kb-badge">{t(`dossier.role.${member.role}`)}</DataBadge>
                    <span>{t('team.since', { date: text.format.dateOf(member.since) })}</span>
                  </Paragraph>,
                  lead && (
                    <>
                      <ButtonGroup>
                        <Button
                          appearance="subtle-button"
                          aria-expanded={isOpen('role', member.user.id)}
                          onClick={() => {
                            setRole(member.role);
                            toggle({ kind: 'role', userId: member.user.id });
                          }}
                        >
                          {t('team.changeRole')}
                          <ForPerson name={member.user.name} />
                        </Button>
                        {/* Yourself: you leave through "Uit het team gaan" under Meedoen. */}
                        {member.user.id !== me.id && (
                          <Button
                            appearance="subtle-button"
                            aria-expanded={isOpen('remove', member.user.id)}
                            onClick={() => toggle({ kind: 'remove', userId: member.user.id })}
                          >
                            {t('team.remove')}
                            <ForPerson name={member.user.name} />
                          </Button>
                        )}
                      </ButtonGroup>
                      {isOpen('role', member.user.id) && (
                        <form
                          className="kb-panel"
                          noValidate
                          onSubmit={(event) => changeRole(event, member.user.id)}
                        >
                          <SelectField
                            id={`role-${member.user.id}`}
                            label={t('team.roleOf', { name: member.user.name })}
                            value={role}
                            onChange={(event) => setRole(event.target.value as DossierRole)}
                            autoFocus
                          >
                            {DOSSIER_ROLES.map((option) => (
                              <SelectOption key={option} value={option}>
                                {t(`dossier.role.${option}`)}
                              </SelectOption>
                            ))}
                          </SelectField>
                          <ButtonGroup>
                            <Button type="submit" appearance="primary-action-button" busy={busy}>
                              {t('team.saveRole')}
                            </Button>
                            <Button appearance="secondary-action-button" onClick={panel.cancel}>
                              {t('common.back')}
                            </Button>
                          </ButtonGroup>
                        </form>
                      )}
                      {isOpen('remove', member.user.id) && (
                        <ConfirmPanel
                          question={t('team.removeQuestion', { name: member.user.name })}
                          explanation={t(
                            member.role === 'trekker' ? 'team.removeTrekker' : 'team.removeExplained',
                            { name: member.user.name },
                          )}
                          confirmLabel={t('team.removeConfirm')}
                          busy={busy}
                          danger
                          onConfirm={() => void remove(member.user.id, 'removed')}
                          onCancel={panel.cancel}
                        />
                      )}
                    </>
                  ),
                ),
              )}
            </UnorderedList>
          </div>
        ))}
      </section>

      {dossier.canEdit && (dossier.joinPolicy === 'on-request' || requests.length > 0) && (
        <section className="kb-section" aria-labelledby="requests-heading">
          <Heading2 id="requests-heading">{t('team.requests')}</Heading2>
          {requests.length === 0 ? (
            <Paragraph className="kb-empty">{t('team.noRequests')}</Paragraph>
          ) : (
            <UnorderedList className="kb-people">
              {requests.map((member) =>
                person(
                  member,
                  <>
                    <Paragraph>
                      {member.user.organisation.name} ·{' '}
                      {t('team.askedOn', { date: text.format.dateOf(member.since) })}
                    </Paragraph>
                    {member.message && (
                      <Paragraph className="kb-quote">
                        {t('team.message')} {member.message}
                      </Paragraph>
                    )}
                  </>,
                  lead && (
                    <>
                      <ButtonGroup>
                        <Button
                          appearance="primary-action-button"
                          busy={busy && panel.open === null}
                          onClick={() => void accept(member.user.id)}
                        >
                          {t('team.accept')}
                          <ForPerson name={member.user.name} />
                        </Button>
                        <Button
                          appearance="secondary-action-button"
                          aria-expanded={isOpen('decline', member.user.id)}
                          onClick={() => toggle({ kind: 'decline', userId: member.user.id })}
                        >
                          {t('team.decline')}
                          <ForPerson name={member.user.name} />
                        </Button>
                      </ButtonGroup>
                      {isOpen('decline', member.user.id) && (
                        <ConfirmPanel
                          question={t('team.declineQuestion', { name: member.user.name })}
                          confirmLabel={t('team.declineConfirm')}
                          busy={busy}
                          onConfirm={() => void remove(member.user.id, 'declined')}
                          onCancel={panel.cancel}
                        />
                      )}
                    </>
                  ),
                ),
              )}
            </UnorderedList>
          )}
        </section>
      )}

      {invited.length > 0 && (
        <section className="kb-section" aria-labelledby="invited-heading">
          <Heading2 id="invited-heading">{t('team.invited')}</Heading2>
          <UnorderedList className="kb-people">
            {invited.map((member) =>
              person(
                member,
                <Paragraph>
                  {member.user.organisation.name} · {t(`dossier.role.${member.role}`)} ·{' '}
                  {t('team.invitedOn', { date: text.format.dateOf(member.since) })}
                </Paragraph>,
                lead && (
                  <>
                    <Button
                      appearance="secondary-action-button"
                      aria-expanded={isOpen('withdraw', member.user.id)}
                      onClick={() => toggle({ kind: 'withdraw', userId: member.user.id })}
                    >
                      {t('team.withdrawInvitation')}
                      <ForPerson name={member.user.name} />
                    </Button>
                    {isOpen('withdraw', member.user.id) && (
                      <ConfirmPanel
                        question={t('team.withdrawQuestion', { name: member.user.name })}
                        confirmLabel={t('team.withdrawConfirm')}
                        busy={busy}
                        onConfirm={() => void remove(member.user.id, 'withdrawn')}
                        onCancel={panel.cancel}
                      />
                    )}
                  </>
                ),
              ),
            )}
          </UnorderedList>
        </section>
      )}
    </>
  );
}
