import {
  canChangeDossierStatus,
  DOSSIER_STATUSES,
  type DossierStatus,
  isDossierClosed,
} from '@klussenbank/domain';
import { Button, ButtonGroup, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiErrorCode, apiErrorDetail } from '../../shared/api-error';
import { Feedback, type FeedbackMessage } from '../../shared/Feedback';
import { RouterButtonLink } from '../../shared/router-links';
import { ConfirmPanel } from '../../shared/ConfirmPanel';
import { usePanel } from '../../shared/usePanel';
import { type DossierDetail, updateDossier } from './dossier-api';
import { editDossierUrl } from './dossier-routes';

/** For trekkers: change the dossier, and move it along its life (each step confirmed). */
export function LeadPanel({
  dossier,
  onDossier,
  onChanged,
}: {
  dossier: DossierDetail;
  onDossier: (dossier: DossierDetail) => void;
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const panel = usePanel<DossierStatus>();
  const [busy, setBusy] = useState(false);
  const [feedback, setFeedback] = useState<FeedbackMessage | null>(null);
  const next = DOSSIER_STATUSES.filter((status) => canChangeDossierStatus(dossier.status, status));
  const asked = panel.open;

  const changeStatus = async (status: DossierStatus) => {
    setBusy(true);
    setFeedback(null);
    try {
      onDossier(await updateDossier(dossier.id, { status }));
      panel.done();
      setFeedback({ type: 'ok', text: t(`lead.done.${status}`) });
      onChanged();
    } catch (error) {
      panel.done();
      setFeedback({ type: 'error', text: apiErrorDetail(error) ?? t('common.actionFailed') });
      // Someone else may have moved it meanwhile (409 illegal-transition): show how it is now.
      if (apiErrorCode(error)) onChanged();
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="kb-section kb-manage" aria-labelledby="lead-heading">
      <Heading2 id="lead-heading">{t('lead.heading')}</Heading2>
      <Feedback message={feedback} />
      {isDossierClosed(dossier.status) ? (
        <Paragraph>
          {t('lead.closed', { status: t(`dossier.status.${dossier.status}`).toLowerCase() })}
        </Paragraph>
      ) : (
        <ButtonGroup className="kb-manage__actions">
          <RouterButtonLink to={editDossierUrl(dossier.id)} appearance="secondary-action-button">
            {t('lead.edit')}
          </RouterButtonLink>
          {next.map((status) => (
            <Button
              key={status}
              appearance="secondary-action-button"
              aria-expanded={panel.open === status}
              onClick={() => (panel.open === status ? panel.cancel() : panel.show(status))}
            >
              {t(`lead.to.${status}`)}
            </Button>
          ))}
        </ButtonGroup>
      )}
      {asked !== null && (
        <ConfirmPanel
          key={asked}
          question={t('lead.question', { status: t(`dossier.status.${asked}`).toLowerCase() })}
          explanation={t(`lead.explained.${asked}`)}
          confirmLabel={t(`lead.confirm.${asked}`)}
          busy={busy}
          danger={asked === 'stopped'}
          onConfirm={() => void changeStatus(asked)}
          onCancel={panel.cancel}
        />
      )}
    </section>
  );
}
