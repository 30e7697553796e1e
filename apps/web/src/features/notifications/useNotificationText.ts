import type { MatchReason } from '@klussenbank/domain';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/useFormat';
import { DISPUTES_URL } from '../hours/hours-url';
import { MY_DATA_URL } from '../privacy/privacy-url';
import { NAMING_ANCHOR, successUrl } from '../successes/success-routes';
import type { AppNotification } from './notification-api';

export interface NotificationContent {
  text: string;
  /** The klus it is about, to link to. */
  taskId: string | null;
  /** The dossier it is about, to link to (a dossier's klus links to the dossier). */
  dossierId: string | null;
  /** For a match: why it suits the reader. */
  reasons: MatchReason[];
  /** A page of its own to link to, before the klus or dossier (hours in discussion). */
  path?: string;
}

const text = (value: unknown) => (typeof value === 'string' && value !== '' ? value : null);

const REASON_KINDS = new Set<string>(['required', 'nice-to-have', 'learning-goal', 'hours', 'location']);
const reasonsIn = (value: unknown): MatchReason[] =>
  Array.isArray(value)
    ? value.filter(
        (reason): reason is MatchReason =>
          typeof reason === 'object' &&
          reason !== null &&
          REASON_KINDS.has(String((reason as { kind?: unknown }).kind)),
      )
    : [];

/** What a notification says, in the reader's language (the API stores ids and the klus's title only). */
export function useNotificationText(): (notification: AppNotification) => NotificationContent {
  const { t } = useTranslation();
  const format = useFormat();
  return useCallback(
    ({ type, data }) => {
      const title = text(data.taskTitle) ?? t('notifications.untitled');
      const endDate = text(data.endDate);
      const dossier = text(data.dossierTitle) ?? t('notifications.untitledDossier');
      const plannedOn = text(data.plannedOn);
      const checkpoint = text(data.checkpointTitle) ?? '';
      const successTitle = text(data.successTitle) ?? t('notifications.untitled');
      const say = (): string => {
        switch (type) {
          case 'welcome':
            return t('notifications.text.welcome');
          case 'login-attacked':
            return t('notifications.text.login-attacked');
          case 'task-match':
            return t('notifications.text.task-match', { title });
          case 'task-changed':
            return t('notifications.text.task-changed', { title });
          case 'task-cancelled':
            return t('notifications.text.task-cancelled', { title });
          case 'task-completed':
            return t('notifications.text.task-completed', { title });
          case 'task-ending-soon':
            return endDate
              ? t('notifications.text.task-ending-on', { title, date: format.date(endDate) })
              : t('notifications.text.task-ending-soon', { title });
          case 'task-expired':
            return t('notifications.text.task-expired', { title });
          case 'claim-accepted':
            return t('notifications.text.claim-accepted', { title });
          case 'claim-declined':
            return t('notifications.text.claim-declined', { title });
          case 'application-received':
            return t('notifications.text.application-received', { title });
          case 'consent-requested':
            return t('notifications.text.consent-requested', { title });
          case 'hour-cap-exceeded':
            return t('notifications.text.hour-cap-exceeded', { title });
          case 'participant-deactivated':
            return t('notifications.text.participant-deactivated', { title });
          case 'dossier-match':
            return t('notifications.text.dossier-match', { dossier });
          case 'dossier-join-requested':
            return t('notifications.text.dossier-join-requested', {
              dossier,
              name: text(data.userName) ?? t('notifications.someone'),
            });
          case 'dossier-request-accepted':
            return t('notifications.text.dossier-request-accepted', { dossier });
          case 'dossier-request-declined':
            return t('notifications.text.dossier-request-declined', { dossier });
          case 'dossier-invited':
            return t('notifications.text.dossier-invited', { dossier });
          case 'dossier-checkpoint-upcoming':
            return plannedOn
              ? t('notifications.text.dossier-checkpoint-upcoming', {
                  dossier,
                  checkpoint,
                  date: format.date(plannedOn),
                })
              : t('notifications.text.dossier-checkpoint-soon', { dossier, checkpoint });
          case 'dossier-task-posted':
            return t('notifications.text.dossier-task-posted', { dossier, title });
          case 'hours-confirmation-requested':
            return t('notifications.text.hours-confirmation-requested', { title });
          case 'hours-corrected':
            return t('notifications.text.hours-corrected', { title });
          case 'hours-disputed':
            return t('notifications.text.hours-disputed', { title });
          case 'hours-settled':
            return t('notifications.text.hours-settled', { title });
          case 'evaluation-requested':
            return t('notifications.text.evaluation-requested', { title });
          case 'evaluation-reminder':
            return t('notifications.text.evaluation-reminder', { title });
          case 'success-shared':
            return t('notifications.text.success-shared', { title: successTitle });
          case 'success-naming-requested':
            return t('notifications.text.success-naming-requested', { title: successTitle });
          case 'data-export-ready':
            return t('notifications.text.data-export-ready');
          default:
            return t('notifications.text.other');
        }
      };
      const dossierId = type.startsWith('dossier-') ? text(data.dossierId) : null;
      const successId = type.startsWith('success-') ? text(data.successId) : null;
      const successPath = successId
        ? successUrl(successId) + (type === 'success-naming-requested' ? `#${NAMING_ANCHOR}` : '')
        : null;
      return {
        text: say(),
        taskId: dossierId ? null : text(data.taskId),
        dossierId,
        reasons: type === 'task-match' ? reasonsIn(data.reasons) : [],
        ...(type === 'hours-disputed' ? { path: DISPUTES_URL } : {}),
        ...(successPath ? { path: successPath } : {}),
        ...(type === 'data-export-ready' ? { path: MY_DATA_URL } : {}),
      };
    },
    [t, format],
  );
}
