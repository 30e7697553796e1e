import { Paragraph } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../shared/PageHeading';
import { RouterLink } from '../../shared/router-links';
import { useDocumentTitle } from '../../shared/useDocumentTitle';
import { useMe } from '../auth/useMe';
import { NoAccessPage } from '../not-found/NoAccessPage';
import { ADMIN_URL, canOpenAdmin, isPlatformAdmin } from './admin-routes';
import './admin.css';

interface AdminPageProps {
  title: string;
  /** Only for platform admins; otherwise for org-admins too. */
  platformOnly?: boolean;
  /** The "Beheer" start page itself has no way back to itself. */
  home?: boolean;
  children: ReactNode;
}

/**
 * The frame of a "Beheer" page: the "no access" page for whoever lacks the role (the API refuses them
 * anyway), else a way back to Beheer, the page's h1 and its content.
 */
export function AdminPage({ title, platformOnly, home, children }: AdminPageProps) {
  const me = useMe();
  const allowed = platformOnly ? isPlatformAdmin(me.roles) : canOpenAdmin(me.roles);
  return allowed ? (
    <Allowed title={title} home={home}>
      {children}
    </Allowed>
  ) : (
    <NoAccessPage />
  );
}

function Allowed({ title, home, children }: Omit<AdminPageProps, 'platformOnly'>) {
  const { t } = useTranslation();
  useDocumentTitle(title);
  return (
    <div className="kb-admin">
      {!home && (
        <Paragraph className="kb-admin__back">
          <RouterLink to={ADMIN_URL}>{t('admin.back')}</RouterLink>
        </Paragraph>
      )}
      <PageHeading>{title}</PageHeading>
      {children}
    </div>
  );
}
