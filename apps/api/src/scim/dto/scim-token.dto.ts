import { ApiProperty } from '@nestjs/swagger';

export class ScimTokenDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ description: 'The first characters of the token, to tell tokens apart; never the secret.' })
  prefix: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String, description: 'Who created it.' })
  createdBy: string | null;
  @ApiProperty({
    format: 'date-time',
    nullable: true,
    type: String,
    description: 'Last SCIM request with it.',
  })
  lastUsedAt: string | null;
}

export class CreatedScimTokenDto extends ScimTokenDto {
  @ApiProperty({ description: 'The bearer token itself: shown this once, stored only as its SHA-256.' })
  token: string;
  @ApiProperty({
    description: "The SCIM tenant URL to configure in the identity system (PUBLIC_URL + '/scim/v2').",
  })
  tenantUrl: string;
}
