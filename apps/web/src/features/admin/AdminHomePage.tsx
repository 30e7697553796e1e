import { Heading2, Link, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { RouterLink } from '../../shared/router-links';
import { useMe } from '../auth/useMe';
import { SKILL_PROPOSALS_URL } from '../skill-proposals/skill-proposal-routes';
import { AdminPage } from './AdminPage';
import {
  ADMIN_ORGANISATION_URL,
  ADMIN_ORGANISATIONS_URL,
  ADMIN_AUDIT_URL,
  ADMIN_PARTNERSHIPS_URL,
  ADMIN_PEOPLE_URL,
  ADMIN_SKILLS_URL,
  isPlatformAdmin,
  QUEUE_DASHBOARD_URL,
} from './admin-routes';

type SectionKey =
  | 'people'
  | 'organisation'
  | 'partnerships'
  | 'skillProposals'
  | 'audit'
  | 'organisations'
  | 'skills'
  | 'queues';

interface Section {
  key: SectionKey;
  to: string;
  /** Served by the API, outside this client: a plain link. */
  external?: boolean;
}

/** /beheer: what an admin can manage here, one card per section. */
export function AdminHomePage() {
  const { t } = useTranslation();
  const me = useMe();
  const sections: Section[] = [
    { key: 'people', to: ADMIN_PEOPLE_URL },
    { key: 'organisation', to: ADMIN_ORGANISATION_URL },
    { key: 'partnerships', to: ADMIN_PARTNERSHIPS_URL },
    { key: 'skillProposals', to: SKILL_PROPOSALS_URL },
    { key: 'audit', to: ADMIN_AUDIT_URL },
    ...(isPlatformAdmin(me.roles)
      ? ([
          { key: 'organisations', to: ADMIN_ORGANISATIONS_URL },
          { key: 'skills', to: ADMIN_SKILLS_URL },
          { key: 'queues', to: QUEUE_DASHBOARD_URL, external: true },
        ] satisfies Section[])
      : []),
  ];
  return (
    <AdminPage title={t('admin.title')} home>
      <Paragraph appearance="lead">
        {isPlatformAdmin(me.roles)
          ? t('admin.introPlatform')
          : t('admin.introOrganisation', { organisation: me.organisation.name })}
      </Paragraph>
      <ul className="kb-admin-list" aria-label={t('admin.sections')}>
        {sections.map(({ key, to, external }) => (
          <li key={key} className="kb-admin-card">
            <Heading2>
              {external ? (
                <Link href={to}>{t(`admin.section.${key}.title`)}</Link>
              ) : (
                <RouterLink to={to}>{t(`admin.section.${key}.title`)}</RouterLink>
              )}
            </Heading2>
            <Paragraph>{t(`admin.section.${key}.text`)}</Paragraph>
          </li>
        ))}
      </ul>
    </AdminPage>
  );
}
