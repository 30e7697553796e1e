import { Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useMe } from '../auth/useMe';
import { ConsentSetting } from '../organisation-settings/ConsentSetting';
import { ScimTokensSetting } from '../organisation-settings/ScimTokensSetting';
import { StatementSettings } from '../privacy/StatementSettings';
import { AdminPage } from './AdminPage';

/** /beheer/organisatie: the settings of the admin's own organisation (consent, e-mail domains, hour cap, SCIM tokens). */
export function OrganisationSettingsPage() {
  const { t } = useTranslation();
  return (
    <AdminPage title={t('admin.organisation.title')}>
      <Settings />
    </AdminPage>
  );
}

function Settings() {
  const { t } = useTranslation();
  const me = useMe();
  return (
    <>
      <Paragraph appearance="lead">
        {t('admin.organisation.intro', { organisation: me.organisation.name })}
      </Paragraph>
      <ConsentSetting organisationId={me.organisation.id} />
      <ScimTokensSetting organisationId={me.organisation.id} />
      <StatementSettings organisationId={me.organisation.id} />
    </>
  );
}
