import { type Rhythm } from '@klussenbank/domain';
import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

export const CHANNELS = ['in-app', 'email'] as const;
export type Channel = (typeof CHANNELS)[number];
export { IN_APP_RHYTHMS, RHYTHMS, type Rhythm } from '@klussenbank/domain';
/** What applies when someone never chose: everything at once, in the app and by e-mail. */
export const DEFAULT_RHYTHM: Record<Channel, Rhythm> = { 'in-app': 'immediately', email: 'immediately' };

@Entity({ name: 'notification_preferences' })
export class NotificationPreferenceEntity {
  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;

  @PrimaryColumn({ type: 'text' })
  channel: Channel;

  @Column({ type: 'text' })
  rhythm: Rhythm;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
