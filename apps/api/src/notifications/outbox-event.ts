import type { NotificationType } from './notification.entity.js';

/**
 * Every notifiable event, in one union. Data is ids only: it travels as job data through Redis.
 */
export type OutboxEvent =
  | { type: 'user.created'; userId: string }
  /** Many failed logins to the account from elsewhere; `since` (ISO time) tells one attack from the next. */
  | { type: 'login.attacked'; userId: string; since: string }
  | { type: 'task.published'; taskId: string }
  | { type: 'task.changed'; taskId: string }
  | { type: 'task.cancelled'; taskId: string }
  | { type: 'task.completed'; taskId: string }
  | { type: 'task.ending-soon'; taskId: string; endDate: string }
  | { type: 'claim.accepted'; taskId: string; claimId: string }
  | { type: 'claim.declined'; taskId: string; claimId: string }
  | { type: 'application.received'; taskId: string; claimId: string }
  | { type: 'consent.requested'; taskId: string; claimId: string }
  /** A claim went over the person's hour cap in an organisation that only warns: their line manager hears. */
  | { type: 'hour-cap.exceeded'; taskId: string; claimId: string }
  /** A participant's account was switched off and their claim on a klus not yet started withdrawn: the poster hears. */
  | { type: 'claim.participant-deactivated'; taskId: string; claimId: string }
  | { type: 'dossier.created'; dossierId: string }
  | { type: 'dossier.join-requested'; dossierId: string; userId: string }
  | { type: 'dossier.request-accepted'; dossierId: string; userId: string }
  | { type: 'dossier.request-declined'; dossierId: string; userId: string }
  | { type: 'dossier.invited'; dossierId: string; userId: string }
  | { type: 'dossier.checkpoint-upcoming'; dossierId: string; checkpointId: string; plannedOn: string }
  | { type: 'dossier.task-posted'; dossierId: string; taskId: string }
  /** At completion: the participants confirm or correct their recorded hours within 14 days. */
  | { type: 'ledger.confirmation-requested'; taskId: string }
  /** A participant corrected their hours (`entryId`: the new entry): the poster accepts or disputes. */
  | { type: 'ledger.corrected'; taskId: string; entryId: string }
  | { type: 'ledger.disputed'; taskId: string; disputeId: string }
  | { type: 'ledger.settled'; taskId: string; disputeId: string }
  /** After completion: the poster and each participant are asked how it went (and reminded once). */
  | { type: 'evaluation.requested'; taskId: string; userId: string }
  | { type: 'evaluation.reminder'; taskId: string; userId: string }
  /** A success was shared: the dossier's team hears now, the partnerships in their weekly digest. */
  | { type: 'success.shared'; successId: string }
  /** "Mag uw naam bij dit succes?": each person involved but the one who shared it. */
  | { type: 'success.naming-requested'; successId: string; userId: string }
  /** A person asked for their data (privacy/): the relay gives it to the privacy queue, no notification. */
  | { type: 'data-export.requested'; exportId: string; userId: string }
  /** Their data export is ready to download: they hear in the app and by mail per their rhythm. */
  | { type: 'data-export.ready'; exportId: string; userId: string };

export type OutboxEventType = OutboxEvent['type'];
export type OutboxEventOf<T extends OutboxEventType> = Extract<OutboxEvent, { type: T }>;

/** What the relay puts on a queue for one outbox row. */
export interface OutboxJobData<E extends OutboxEvent = OutboxEvent> {
  outboxId: string;
  eventKey: string;
  event: E;
  /** The HTTP request that caused the event, for the logs; absent for scheduled work. */
  requestId?: string;
}

/** Events that are work for a queue of their own rather than a notification. */
export type WorkEventType = 'task.published' | 'data-export.requested';

/** The notification each event becomes for its recipients. */
export const NOTIFICATION_OF: Record<Exclude<OutboxEventType, 'data-export.requested'>, NotificationType> = {
  'user.created': 'welcome',
  'login.attacked': 'login-attacked',
  'task.published': 'task-match',
  'task.changed': 'task-changed',
  'task.cancelled': 'task-cancelled',
  'task.completed': 'task-completed',
  'task.ending-soon': 'task-ending-soon',
  'claim.accepted': 'claim-accepted',
  'claim.declined': 'claim-declined',
  'application.received': 'application-received',
  'consent.requested': 'consent-requested',
  'hour-cap.exceeded': 'hour-cap-exceeded',
  'claim.participant-deactivated': 'participant-deactivated',
  'dossier.created': 'dossier-match',
  'dossier.join-requested': 'dossier-join-requested',
  'dossier.request-accepted': 'dossier-request-accepted',
  'dossier.request-declined': 'dossier-request-declined',
  'dossier.invited': 'dossier-invited',
  'dossier.checkpoint-upcoming': 'dossier-checkpoint-upcoming',
  'dossier.task-posted': 'dossier-task-posted',
  'ledger.confirmation-requested': 'hours-confirmation-requested',
  'ledger.corrected': 'hours-corrected',
  'ledger.disputed': 'hours-disputed',
  'ledger.settled': 'hours-settled',
  'evaluation.requested': 'evaluation-requested',
  'evaluation.reminder': 'evaluation-reminder',
  'success.shared': 'success-shared',
  'success.naming-requested': 'success-naming-requested',
  'data-export.ready': 'data-export-ready',
};

/**
 * The event's identity. Events that can happen only once for their subject get a natural key, so
 * recording one twice (a retried request, the daily ending-soon scan) leaves one outbox row; a
 * change can happen many times, so each gets a key of its own (`null`: the outbox makes one).
 */
export function naturalEventKey(event: OutboxEvent): string | null {
  switch (event.type) {
    case 'user.created':
      return `welcome:${event.userId}`; // the key the welcome notification always had
    case 'login.attacked':
      return `${event.type}:${event.userId}:${event.since}`;
    case 'task.published':
    case 'task.cancelled':
    case 'task.completed':
      return `${event.type}:${event.taskId}`;
    case 'task.ending-soon':
      return `${event.type}:${event.taskId}:${event.endDate}`;
    case 'claim.accepted':
    case 'claim.declined':
    case 'application.received':
    case 'consent.requested':
    case 'hour-cap.exceeded':
    case 'claim.participant-deactivated':
      return `${event.type}:${event.claimId}`;
    case 'dossier.created':
      return `${event.type}:${event.dossierId}`;
    case 'dossier.checkpoint-upcoming':
      return `${event.type}:${event.checkpointId}:${event.plannedOn}`;
    case 'dossier.task-posted':
    case 'ledger.confirmation-requested':
      return `${event.type}:${event.taskId}`;
    case 'ledger.corrected':
      return `${event.type}:${event.entryId}`;
    case 'ledger.disputed':
    case 'ledger.settled':
      return `${event.type}:${event.disputeId}`;
    // One request and one reminder per person per klus, however often completion or the scan runs.
    case 'evaluation.requested':
    case 'evaluation.reminder':
      return `${event.type}:${event.taskId}:${event.userId}`;
    // A success is shared once; each person is asked once about their name.
    case 'success.shared':
      return `${event.type}:${event.successId}`;
    case 'success.naming-requested':
      return `${event.type}:${event.successId}:${event.userId}`;
    // One job and one notice per export.
    case 'data-export.requested':
    case 'data-export.ready':
      return `${event.type}:${event.exportId}`;
    // A request, an answer or an invitation can come again after a leave or a decline.
    case 'dossier.join-requested':
    case 'dossier.request-accepted':
    case 'dossier.request-declined':
    case 'dossier.invited':
    case 'task.changed':
      return null;
  }
}

/**
 * Every event that notifies its few recipients: not a published klus (whose recipients matching
 * computes) nor a requested data export (work for the privacy queue).
 */
export type DirectEvent = Exclude<OutboxEvent, { type: WorkEventType }>;
