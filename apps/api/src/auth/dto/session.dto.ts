import { ApiProperty } from '@nestjs/swagger';

export class SessionDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({
    type: String,
    nullable: true,
    example: 'Chrome',
    description: 'The browser, from the user agent when the session began; null: not recognised.',
  })
  browser: string | null;
  @ApiProperty({
    type: String,
    nullable: true,
    example: 'Windows',
    description: 'The operating system; null: not recognised.',
  })
  os: string | null;
  @ApiProperty({
    type: String,
    nullable: true,
    example: '192.0.2.10',
    description: 'The address the session began from.',
  })
  ipAddress: string | null;
  @ApiProperty({ enum: ['password', 'oidc'], description: 'How the person signed in.' })
  authMethod: 'password' | 'oidc';
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time', description: 'Last used (to the minute).' }) lastSeenAt: string;
  @ApiProperty({ format: 'date-time' }) expiresAt: string;
  @ApiProperty({ description: 'The session this request came with.' }) current: boolean;
}

export class SessionsEndedDto {
  @ApiProperty({ type: 'integer', minimum: 0, description: 'How many sessions ended.' }) ended: number;
}
