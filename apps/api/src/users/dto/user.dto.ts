import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ORGANISATION_KINDS, ROLES, type OrganisationKind, type Role } from '@klussenbank/domain';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMinSize,
  IsArray,
  IsEmail,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  MaxLength,
  ValidateIf,
} from 'class-validator';
import { PageQueryDto } from '../../common/pagination.js';
import { trimName } from '../../organisations/dto/organisation.dto.js';
import { NamedRefDto, NULLABLE_NAMED_REF } from '../../common/dto/response.dto.js';

export class CreateUserDto {
  @ApiProperty({ example: 'j.jansen@oss.nl' })
  @Transform(({ value }: { value: unknown }) =>
    typeof value === 'string' ? value.trim().toLowerCase() : value,
  )
  @IsEmail({}, { message: 'Vul een geldig e-mailadres in.' })
  @MaxLength(254, { message: 'Hoogstens 254 tekens.' })
  email: string;

  @ApiProperty({ example: 'Jan Jansen' })
  @Transform(trimName)
  @IsString({ message: 'Vul een naam in.' })
  @Length(1, 120, { message: 'Vul een naam in van hoogstens 120 tekens.' })
  displayName: string;

  @ApiPropertyOptional({ example: 'Beleidsmedewerker ruimtelijke ordening' })
  @IsOptional()
  @IsString({ message: 'Moet tekst zijn.' })
  @MaxLength(120, { message: 'Hoogstens 120 tekens.' })
  jobTitle?: string;

  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'Kies een organisatie (UUID).' })
  organisationId: string;

  @ApiProperty({ enum: ROLES, isArray: true, example: ['employee'] })
  @IsArray({ message: 'Geef een lijst met rollen.' })
  @ArrayMinSize(1, { message: 'Geef ten minste één rol.' })
  @IsIn(ROLES, { each: true, message: `Elke rol moet een van deze zijn: ${ROLES.join(', ')}.` })
  roles: Role[];

  @ApiPropertyOptional({ format: 'uuid', description: 'Line manager: a colleague in the same organisation.' })
  @IsOptional()
  @IsUUID('all', { message: 'Moet een gebruikers-id (UUID) zijn.' })
  lineManagerId?: string;

  @ApiPropertyOptional({ enum: ['nl', 'en'], default: 'nl' })
  @IsOptional()
  @IsIn(['nl', 'en'], { message: 'Kies nl of en.' })
  locale?: 'nl' | 'en';
}

export class ListUsersQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'Org-admins always see their own organisation.' })
  @IsOptional()
  @IsUUID('all', { message: 'Moet een organisatie-id (UUID) zijn.' })
  organisationId?: string;

  @ApiPropertyOptional({
    maxLength: 120,
    description: 'Part of the name or e-mail address (any case).',
    example: 'jansen',
  })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value))
  @IsString({ message: 'Moet tekst zijn.' })
  @MaxLength(120, { message: 'Hoogstens 120 tekens.' })
  q?: string;

  @ApiPropertyOptional({ enum: ROLES, description: 'Only people with this role.' })
  @IsOptional()
  @IsIn(ROLES, { message: `Kies een van deze rollen: ${ROLES.join(', ')}.` })
  role?: Role;
}

/** Changes what it names; a field left out stays as it is. */
export class UpdateUserDto {
  @ApiPropertyOptional({
    enum: ROLES,
    isArray: true,
    example: ['employee', 'manager'],
    description: 'The whole set of roles (employee is always kept).',
  })
  // Left out: unchanged; null is no set of roles.
  @ValidateIf((_, value) => value !== undefined)
  @IsArray({ message: 'Geef een lijst met rollen.' })
  @ArrayMinSize(1, { message: 'Geef ten minste één rol.' })
  @IsIn(ROLES, { each: true, message: `Elke rol moet een van deze zijn: ${ROLES.join(', ')}.` })
  roles?: Role[];

  @ApiPropertyOptional({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'Line manager: a colleague in the same organisation; null: none.',
  })
  @IsOptional()
  @IsUUID('all', { message: 'Moet een gebruikers-id (UUID) zijn.' })
  lineManagerId?: string | null;
}

export class UserSummaryDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() email: string;
  @ApiProperty() displayName: string;
  @ApiProperty() jobTitle: string;
  @ApiProperty({ format: 'uuid' }) organisationId: string;
  @ApiProperty({ enum: ROLES, isArray: true }) roles: Role[];
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) lineManagerId: string | null;
  @ApiProperty({
    format: 'date-time',
    nullable: true,
    type: String,
    description: 'When an admin switched the account off (no sign-in); null: active.',
  })
  deactivatedAt: string | null;
}

class MeOrganisationDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty() slug: string;
  @ApiProperty({ enum: ORGANISATION_KINDS }) kind: OrganisationKind;
}

export class MeDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() email: string;
  @ApiProperty() displayName: string;
  @ApiProperty() jobTitle: string;
  @ApiProperty({ enum: ROLES, isArray: true }) roles: Role[];
  @ApiProperty({ enum: ['nl', 'en'] }) locale: 'nl' | 'en';
  @ApiProperty({ type: MeOrganisationDto }) @Type(() => MeOrganisationDto) organisation: MeOrganisationDto;
  @ApiProperty({ type: [NamedRefDto] }) partnerships: NamedRefDto[];
  @ApiProperty(NULLABLE_NAMED_REF) lineManager: NamedRefDto | null;
}
