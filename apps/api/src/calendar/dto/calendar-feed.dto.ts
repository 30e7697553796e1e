import { ApiProperty } from '@nestjs/swagger';

/** Whether I have a calendar feed. Its URL is not here: only a hash of its secret is kept. */
export class CalendarFeedDto {
  @ApiProperty({ description: 'Whether a feed URL of mine works now.' }) exists: boolean;
  @ApiProperty({
    type: String,
    format: 'date-time',
    nullable: true,
    description: 'When the current URL was made.',
  })
  createdAt: string | null;
}

/** A new feed URL: shown this once, since only a hash of its secret is kept. */
export class CalendarFeedCreatedDto {
  @ApiProperty({ enum: [true] }) exists: true;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({
    format: 'uri',
    description:
      'The secret feed URL (iCalendar) to subscribe to. Shown only now; a new one replaces it, and the old one then answers 404.',
  })
  url: string;
}
