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
