import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsDateString, IsIn, IsOptional } from 'class-validator';
import { IN_APP_RHYTHMS, RHYTHMS, type Rhythm } from '../notification-preference.entity.js';
import { NOTIFICATION_TYPES, type NotificationType } from '../notification.entity.js';

export class NotificationDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ enum: NOTIFICATION_TYPES })
  type: NotificationType;

  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description:
      'Ids of what it is about (taskId, claimId), the klus title as it was, and for a match its score and reasons.',
  })
  data: Record<string, unknown>;

  @ApiProperty({ type: String, format: 'date-time' })
  createdAt: Date;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  readAt: Date | null;
}

export class NotificationPageDto {
  @ApiProperty({ type: [NotificationDto] })
  items: NotificationDto[];

  @ApiProperty({ type: 'integer' })
  page: number;

  @ApiProperty({ type: 'integer' })
  pageSize: number;

  @ApiProperty({ type: 'integer' })
  total: number;

  @ApiProperty({ type: 'integer', description: 'All unread notifications, not only those on this page.' })
  unreadCount: number;
}

export class UnreadCountDto {
  @ApiProperty({ type: 'integer' })
  unreadCount: number;
}

export class UpdateNotificationDto {
  @ApiProperty({ description: 'true: read; false: unread again.' })
  @IsBoolean({ message: 'Moet waar of onwaar zijn.' })
  read: boolean;
}

export class UpdateNotificationsDto {
  @ApiProperty({ enum: [true], description: 'Marks every notification read.' })
  @IsIn([true], { message: 'Alleen "true" kan: alles als gelezen markeren.' })
  read: true;

  @ApiPropertyOptional({
    type: String,
    format: 'date-time',
    description: 'Only those created at or before this moment (what the reader saw); default: all.',
  })
  @IsOptional()
  @IsDateString({ strict: true }, { message: 'Moet een datum met tijd zijn (ISO 8601).' })
  until?: string;
}

export class NotificationPreferencesDto {
  @ApiProperty({ enum: IN_APP_RHYTHMS, description: 'In the app: immediately or off.' })
  @IsIn(IN_APP_RHYTHMS, { message: 'Kies immediately of off: meldingen in de app worden niet gebundeld.' })
  inApp: Rhythm;

  @ApiProperty({ enum: RHYTHMS, description: 'By e-mail: immediately, a daily or weekly digest, or off.' })
  @IsIn(RHYTHMS, { message: `Kies een van: ${RHYTHMS.join(', ')}.` })
  email: Rhythm;
}
