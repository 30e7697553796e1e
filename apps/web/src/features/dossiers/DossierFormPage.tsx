import { isDossierClosed } from '@klussenbank/domain';
import { Alert, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { isNotFound } from '../../shared/api-error';
import { LoadError } from '../../shared/LoadError';
import { PageHeading } from '../../shared/PageHeading';
import { RouterLink } from '../../shared/router-links';
import { useApiData } from '../../shared/useApiData';
import { useDocumentTitle } from '../../shared/useDocumentTitle';
import { useMe } from '../auth/useMe';
import { LoadingState } from '../../shared/LoadingState';
import { createDossier, dossierQuery, updateDossier } from './dossier-api';
import {
  changedDossierFields,
  type DossierFormValues,
  emptyDossierForm,
  formFromDossier,
  toDossierInput,
} from './dossier-form';
import { DOSSIERS_URL, dossierUrl } from './dossier-routes';
import { DossierForm } from './DossierForm';
import { DossierNotFound } from './DossierNotFound';
import './dossiers.css';

/** What the form tells the dossier page after saving, to confirm it. */
export type DossierFlash = 'created' | 'saved';

/** /dossiers/nieuw: any employee of a partnership's member starts a dossier and becomes its trekker. */
export function NewDossierPage() {
  const { t } = useTranslation();
  const me = useMe();
  const navigate = useNavigate();
  useDocumentTitle(t('dossierForm.newTitle'));

  if (me.partnerships.length === 0) {
    return (
      <>
        <PageHeading>{t('dossierForm.newTitle')}</PageHeading>
        <Alert type="info">
          <Paragraph>{t('dossierForm.noPartnerships')}</Paragraph>
        </Alert>
        <Paragraph>
          <RouterLink to={DOSSIERS_URL}>{t('dossier.toList')}</RouterLink>
        </Paragraph>
      </>
    );
  }

  const save = async (values: DossierFormValues) => {
    const dossier = await createDossier(toDossierInput(values));
    const flash: DossierFlash = 'created';
    await navigate(dossierUrl(dossier.id), { state: { flash } });
  };

  const partnerships = [...me.partnerships].sort((a, b) => a.name.localeCompare(b.name, 'nl'));
  return (
    <>
      <PageHeading>{t('dossierForm.newTitle')}</PageHeading>
      <Paragraph appearance="lead">{t('dossierForm.newIntro')}</Paragraph>
      <DossierForm
        mode="create"
        // One partnership: nothing to choose.
        initial={emptyDossierForm(partnerships.length === 1 ? partnerships[0].id : '')}
        partnerships={partnerships}
        draftKey="dossier-nieuw"
        save={save}
      />
      <Paragraph>
        <RouterLink to={DOSSIERS_URL}>{t('dossier.toList')}</RouterLink>
      </Paragraph>
    </>
  );
}

/** /dossiers/:id/bewerken: a trekker changes the dossier; only what changed is sent. */
export function EditDossierPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const { data: dossier, error, loading, reload } = useApiData(dossierQuery(id));
  useDocumentTitle(t('dossierForm.editTitle'));

  if (!dossier) {
    if (loading) return <LoadingState text={t('dossier.loading')} />;
    if (isNotFound(error)) return <DossierNotFound />;
    return (
      <>
        <PageHeading>{t('dossierForm.editTitle')}</PageHeading>
        <LoadError error={error} onRetry={reload} />
      </>
    );
  }

  if (!dossier.canEdit || isDossierClosed(dossier.status)) {
    return (
      <>
        <PageHeading>{t('dossierForm.editTitle')}</PageHeading>
        <Alert type="info">
          <Paragraph>{dossier.canEdit ? t('dossierForm.closed') : t('dossierForm.trekkersOnly')}</Paragraph>
        </Alert>
        <Paragraph>
          <RouterLink to={dossierUrl(dossier.id)}>{t('dossierForm.backToDossier')}</RouterLink>
        </Paragraph>
      </>
    );
  }

  const initial = formFromDossier(dossier);
  const save = async (values: DossierFormValues) => {
    const changes = changedDossierFields(initial, values);
    if (Object.keys(changes).length > 0) await updateDossier(dossier.id, changes);
    const flash: DossierFlash = 'saved';
    await navigate(dossierUrl(dossier.id), { state: { flash } });
  };

  return (
    <>
      <PageHeading>{t('dossierForm.editTitle')}</PageHeading>
      <Paragraph appearance="lead">{dossier.title}</Paragraph>
      <DossierForm
        mode="edit"
        initial={initial}
        partnerships={[dossier.partnership]}
        teamSize={dossier.teamSize}
        draftKey={`dossier-${dossier.id}`}
        save={save}
      />
      <Paragraph>
        <RouterLink to={dossierUrl(dossier.id)}>{t('dossierForm.backToDossier')}</RouterLink>
      </Paragraph>
    </>
  );
}
