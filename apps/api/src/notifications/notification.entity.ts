import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** What a notification is about; the web client and the e-mail templates know each of these. */
export const NOTIFICATION_TYPES = [
  'welcome',
  'login-attacked',
  'task-match',
  'task-changed',
  'task-cancelled',
  'task-completed',
  'task-ending-soon',
  'task-expired',
  'claim-accepted',
  'claim-declined',
  'application-received',
  'consent-requested',
  'hour-cap-exceeded',
  'participant-deactivated',
  'dossier-match',
  'dossier-join-requested',
  'dossier-request-accepted',
  'dossier-request-declined',
  'dossier-invited',
  'dossier-checkpoint-upcoming',
  'dossier-task-posted',
  'hours-confirmation-requested',
  'hours-corrected',
  'hours-disputed',
  'hours-settled',
  'evaluation-requested',
  'evaluation-reminder',
  'success-shared',
  'success-naming-requested',
  'data-export-ready',
] as const;
export type NotificationType = (typeof NOTIFICATION_TYPES)[number];

/** Security notices: e-mailed at once whatever rhythm the person chose (and in the app, unless off). */
export const ALWAYS_EMAILED: readonly NotificationType[] = ['login-attacked'];

/**
 * In the app only, never by e-mail: a new person's welcome waits for them in the app, since the mail
 * with the link to set their password already welcomes them (one mail for one event).
 */
export const NEVER_EMAILED: readonly NotificationType[] = [
  'welcome',
  // Likewise a completed klus: the evaluation request mailed with it thanks and asks how it went.
  'task-completed',
];

/** Whether a notification type is e-mailed at once whatever the rhythm, never, or by the person's rhythm. */
export type EmailRule = 'always' | 'never' | 'by-rhythm';
export const emailRuleOf = (type: NotificationType): EmailRule =>
  ALWAYS_EMAILED.includes(type) ? 'always' : NEVER_EMAILED.includes(type) ? 'never' : 'by-rhythm';

/** An in-app notification. `eventKey` is unique per recipient, so a retried job never stores it twice. */
@Entity({ name: 'notifications' })
export class NotificationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @Column({ type: 'text' })
  type: NotificationType;

  @Column({ name: 'event_key', type: 'text' })
  eventKey: string;

  @Column({ type: 'jsonb', default: {} })
  data: Record<string, unknown>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'read_at', type: 'timestamptz', nullable: true })
  readAt: Date | null;
}
