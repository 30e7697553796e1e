import { canAdministerOrganisation, hasRole, isRole } from '@klussenbank/domain';
import {
  DataList,
  Heading2,
  DataListItem,
  DataListKey,
  DataListValue,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../shared/PageHeading';
import { RouterLink } from '../../shared/router-links';
import { useDocumentTitle } from '../../shared/useDocumentTitle';
import { useMe } from '../auth/useMe';
import { ADMIN_ORGANISATION_URL } from '../admin/admin-routes';
import { TeamHourCaps } from '../organisation-settings/TeamHourCaps';
import { TeamHoursSection } from '../team-hours/TeamHoursSection';

function Item({ label, children }: { label: string; children: ReactNode }) {
  return (
    <DataListItem>
      <DataListKey>{label}</DataListKey>
      <DataListValue>{children}</DataListValue>
    </DataListItem>
  );
}

/** "Mijn gegevens": what Klussenbank knows about the signed-in user, read-only; its own admins also get the organisation's settings. */
export function MePage() {
  const me = useMe();
  const { t, i18n } = useTranslation();
  useDocumentTitle(t('me.title'));

  const actor = { id: me.id, organisationId: me.organisation.id, roles: me.roles.filter(isRole) };
  const roles = new Intl.ListFormat(i18n.language, { type: 'conjunction' }).format(
    me.roles.filter(isRole).map((role) => t(`role.${role}`)),
  );

  return (
    <>
      <PageHeading>{t('me.title')}</PageHeading>
      <Paragraph>{t('me.intro')}</Paragraph>
      <DataList className="kb-data-list">
        <Item label={t('me.name')}>{me.displayName}</Item>
        <Item label={t('me.email')}>{me.email}</Item>
        <Item label={t('me.jobTitle')}>{me.jobTitle || t('me.noJobTitle')}</Item>
        <Item label={t('me.organisation')}>
          {t('me.organisationWithKind', {
            name: me.organisation.name,
            kind: t(`organisationKind.${me.organisation.kind}`),
          })}
        </Item>
        <Item label={t('me.partnerships')}>
          {me.partnerships.length === 0 ? (
            t('me.noPartnerships')
          ) : (
            <UnorderedList className="kb-compact-list">
              {me.partnerships.map((partnership) => (
                <UnorderedListItem key={partnership.id}>{partnership.name}</UnorderedListItem>
              ))}
            </UnorderedList>
          )}
        </Item>
        <Item label={t('me.roles')}>{roles}</Item>
        <Item label={t('me.lineManager')}>{me.lineManager?.name ?? t('me.noLineManager')}</Item>
      </DataList>
      <TeamHourCaps />
      {/* Line managers are managers; the API shows each only the people they are line manager of. */}
      {hasRole(actor, 'manager') && <TeamHoursSection />}
      {canAdministerOrganisation(actor, me.organisation.id) && (
        // The organisation's settings and its people moved to "Beheer"; admins who look here find the way.
        <section className="kb-section" aria-labelledby="admin-moved-heading">
          <Heading2 id="admin-moved-heading">{t('me.adminHeading')}</Heading2>
          <Paragraph>{t('me.adminText')}</Paragraph>
          <Paragraph>
            <RouterLink to={ADMIN_ORGANISATION_URL}>{t('me.adminLink')}</RouterLink>
          </Paragraph>
        </section>
      )}
    </>
  );
}
