import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

export const CHANNELS = ['in-app', 'email'] as const;
export type Channel = (typeof CHANNELS)[number];
export const RHYTHMS = ['immediately', 'daily', 'weekly', 'off'] as const;
export type Rhythm = (typeof RHYTHMS)[number];
/** In-app notifications are a list one looks at: on or off, never bundled. */
export const IN_APP_RHYTHMS = ['immediately', 'off'] as const satisfies readonly Rhythm[];
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
