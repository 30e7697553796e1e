import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { AUDIT_ACTIONS, type AuditAction } from '@klussenbank/domain';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { PageQueryDto } from '../../common/pagination.js';
import { IsDateOnly, IsOnOrAfter } from '../../common/validation/date-only.js';
import { toList } from '../../common/validation/transforms.js';

export class ListAuditEventsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({
    enum: AUDIT_ACTIONS,
    isArray: true,
    description: 'Only these actions; repeatable or comma-separated.',
  })
  @IsOptional()
  @Transform(toList)
  @IsArray({ message: 'Geef een of meer acties.' })
  @ArrayMaxSize(AUDIT_ACTIONS.length, { message: 'Te veel acties.' })
  @IsIn(AUDIT_ACTIONS, { each: true, message: 'Onbekende actie.' })
  action?: AuditAction[];

  @ApiPropertyOptional({ format: 'uuid', description: 'Only what this person did.' })
  @IsOptional()
  @IsUUID('all', { message: 'Moet een gebruikers-id (UUID) zijn.' })
  actorId?: string;

  @ApiPropertyOptional({ maxLength: 100, description: 'Only events about this object (its id).' })
  @IsOptional()
  @IsString({ message: 'Moet tekst zijn.' })
  @MaxLength(100, { message: 'Hoogstens 100 tekens.' })
  objectId?: string;

  @ApiPropertyOptional({ format: 'date', description: 'First day (inclusive, Europe/Amsterdam).' })
  @IsOptional()
  @IsDateOnly()
  from?: string;

  @ApiPropertyOptional({ format: 'date', description: 'Last day (inclusive); on or after from.' })
  @IsOptional()
  @IsDateOnly()
  @IsOnOrAfter('from', { message: 'De einddatum ligt voor de begindatum.' })
  to?: string;

  @ApiPropertyOptional({
    format: 'uuid',
    description: "Platform admins: one organisation's events. Org-admins always see their own.",
  })
  @IsOptional()
  @IsUUID('all', { message: 'Moet een organisatie-id (UUID) zijn.' })
  organisationId?: string;
}

export class AuditEventDto {
  @ApiProperty({ description: 'Ascending with time (a bigint as text).' }) id: string;
  @ApiProperty({ format: 'date-time' }) occurredAt: string;
  @ApiProperty({ enum: AUDIT_ACTIONS }) action: AuditAction;
  @ApiProperty({
    type: 'object',
    nullable: true,
    required: ['id', 'name'],
    properties: { id: { type: 'string', format: 'uuid' }, name: { type: 'string', nullable: true } },
    description: 'Who did it (name as it is now; null: a job, or nobody signed in); null name: person gone.',
  })
  actor: { id: string; name: string | null } | null;
  @ApiProperty({
    type: 'object',
    nullable: true,
    required: ['id', 'name'],
    properties: { id: { type: 'string', format: 'uuid' }, name: { type: 'string', nullable: true } },
    description: 'Whose log it is in; null: platform-wide.',
  })
  organisation: { id: string; name: string | null } | null;
  @ApiProperty({
    type: 'object',
    nullable: true,
    required: ['type', 'id'],
    properties: { type: { type: 'string' }, id: { type: 'string' } },
    description: 'What it was done to, e.g. { type: "user", id }.',
  })
  object: { type: string; id: string } | null;
  @ApiProperty({ type: String, nullable: true, description: 'The address the request came from.' })
  ipAddress: string | null;
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description: 'Facts without personal data or secrets: changed field names, roles, counts, reasons.',
  })
  details: Record<string, unknown>;
}
