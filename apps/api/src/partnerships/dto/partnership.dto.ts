import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { NAME_MAX_LENGTH } from '@klussenbank/domain';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Max,
  MaxLength,
  Min,
  ValidateIf,
} from 'class-validator';
import { trimName } from '../../organisations/dto/organisation.dto.js';

export class CreatePartnershipDto {
  @ApiProperty({ example: 'Drechtsteden', maxLength: NAME_MAX_LENGTH })
  @Transform(trimName)
  @IsString({ message: 'Vul een naam in.' })
  @Length(1, NAME_MAX_LENGTH, { message: `Vul een naam in van hoogstens ${NAME_MAX_LENGTH} tekens.` })
  name: string;

  @ApiPropertyOptional({ maxLength: 2000 })
  @IsOptional()
  @IsString({ message: 'Moet tekst zijn.' })
  @MaxLength(2000, { message: 'Hoogstens 2000 tekens.' })
  description?: string;

  @ApiProperty({ type: [String], format: 'uuid', description: 'Member organisations (zero or more).' })
  @IsArray({ message: 'Moet een lijst van organisatie-ids zijn.' })
  @ArrayMaxSize(500, { message: 'Hoogstens 500 organisaties.' })
  @IsUUID('all', { each: true, message: 'Elke waarde moet een organisatie-id (UUID) zijn.' })
  organisationIds: string[];
}

export class PartnershipMemberDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
}

export class PartnershipDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty() slug: string;
  @ApiProperty() description: string;
  @ApiProperty({ type: [PartnershipMemberDto] }) organisations: PartnershipMemberDto[];
  @ApiProperty({
    type: 'number',
    nullable: true,
    description:
      'Euros per hour the partners agreed for settling hours; null (default): hours are not money.',
  })
  hourRate: number | null;
}

/** Counted now, for the confirmation before an organisation joins or leaves the partnership. */
export class PartnershipMemberImpactDto {
  @ApiProperty({ description: 'Whether the organisation is a member now.' }) member: boolean;
  @ApiProperty({
    type: 'integer',
    description:
      "The organisation's running klussen (open, full, in progress) meant for this partnership: after leaving, they stay visible to its members until they end.",
  })
  ownTasksForPartnership: number;
  @ApiProperty({
    type: 'integer',
    description:
      "The organisation's running klussen shared with all its partnerships: after leaving, this partnership's members no longer see them (unless they are partners through another partnership).",
  })
  ownTasksForAllPartnerships: number;
  @ApiProperty({
    type: 'integer',
    description:
      "Running klussen of the other members shared with this partnership: the organisation's people see them while it is a member.",
  })
  partnerTasks: number;
  @ApiProperty({
    type: 'integer',
    description:
      "The partnership's running dossiers (exploring, active): the organisation's people see them while it is a member.",
  })
  runningDossiers: number;
  @ApiProperty({
    type: 'integer',
    description:
      "The organisation's people in the team of one of those dossiers: after leaving, they no longer see it.",
  })
  peopleInDossierTeams: number;
}

export class HourRateDto {
  @ApiProperty({
    type: 'number',
    nullable: true,
    minimum: 0.01,
    maximum: 100000,
    example: 75,
    description:
      'Euros per hour agreed by the partners; null: hours are not money (no amount in the export).',
  })
  @ValidateIf((dto: HourRateDto) => dto.hourRate !== null)
  @IsNumber({ maxDecimalPlaces: 2 }, { message: 'Vul een bedrag in (hoogstens twee decimalen).' })
  @Min(0.01, { message: 'Meer dan 0 euro.' })
  @Max(100000, { message: 'Hoogstens 100000 euro.' })
  hourRate: number | null;
}
