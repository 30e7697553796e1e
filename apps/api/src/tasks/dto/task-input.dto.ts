import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import {
  CLAIM_MODES,
  type ClaimMode,
  LOCATION_TYPES,
  type LocationType,
  TASK_LIMITS,
  TASK_VISIBILITIES,
  type TaskVisibility,
} from '@klussenbank/domain';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEmail,
  IsIn,
  IsInt,
  IsNumber,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Max,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { IsDateOnly, IsOnOrAfter } from '../../common/validation/date-only.js';
import { trim, trimList } from '../../common/validation/transforms.js';
import { SAMPLE_KLUS } from '../../seed/vocabulary.js';

export class TaskLocationDto {
  @ApiProperty({ enum: LOCATION_TYPES })
  @IsIn(LOCATION_TYPES, { message: 'Kies op afstand, op locatie of hybride.' })
  type: LocationType;

  @ApiPropertyOptional({ description: 'Required on site and hybrid.', example: 'Zeist' })
  @ValidateIf((o: TaskLocationDto) => o.type !== 'remote')
  @Transform(trim)
  @IsString({ message: 'Vul de gemeente in waar het werk is.' })
  @Length(1, 80, { message: 'Vul de gemeente in waar het werk is.' })
  municipality?: string;

  @ApiPropertyOptional({ example: 'Het Rond 1, Zeist' })
  @IsOptional()
  @Transform(trim)
  @IsString({ message: 'Moet tekst zijn.' })
  @MaxLength(200, { message: 'Hoogstens 200 tekens.' })
  address?: string;
}

/** Every field of a klus. No defaults here: they are applied when creating, never on an edit. */
export class TaskFieldsDto {
  @ApiProperty({ maxLength: TASK_LIMITS.titleMax, example: SAMPLE_KLUS.title })
  @Transform(trim)
  @IsString({ message: 'Vul een titel in.' })
  @Length(1, TASK_LIMITS.titleMax, {
    message: `Vul een titel in van hoogstens ${TASK_LIMITS.titleMax} tekens.`,
  })
  title: string;

  @ApiProperty({ description: 'Markdown.', maxLength: TASK_LIMITS.descriptionMax })
  @Transform(trim)
  @IsString({ message: 'Beschrijf de klus.' })
  @Length(1, TASK_LIMITS.descriptionMax, {
    message: `Beschrijf de klus in hoogstens ${TASK_LIMITS.descriptionMax} tekens.`,
  })
  description: string;

  @ApiPropertyOptional({ description: 'Defaults to the poster.' })
  @IsOptional()
  @Transform(trim)
  @IsString({ message: 'Moet tekst zijn.' })
  @MaxLength(120, { message: 'Hoogstens 120 tekens.' })
  contactName?: string;

  @ApiPropertyOptional({ description: "Defaults to the poster's e-mail." })
  @IsOptional()
  @Transform(trim)
  @IsEmail({}, { message: 'Vul een geldig e-mailadres in.' })
  contactEmail?: string;

  @ApiPropertyOptional({ type: [String], example: ['GIS', 'Ruimtelijke ordening'] })
  @IsOptional()
  @Transform(trimList)
  @IsArray({ message: 'Geef een lijst met vaardigheden.' })
  @ArrayMaxSize(TASK_LIMITS.skillsMax, { message: `Hoogstens ${TASK_LIMITS.skillsMax} vaardigheden.` })
  @IsString({ each: true, message: 'Elke vaardigheid is tekst.' })
  @MaxLength(80, { each: true, message: 'Een vaardigheid heeft hoogstens 80 tekens.' })
  requiredSkills?: string[];

  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @Transform(trimList)
  @IsArray({ message: 'Geef een lijst met vaardigheden.' })
  @ArrayMaxSize(TASK_LIMITS.skillsMax, { message: `Hoogstens ${TASK_LIMITS.skillsMax} vaardigheden.` })
  @IsString({ each: true, message: 'Elke vaardigheid is tekst.' })
  @MaxLength(80, { each: true, message: 'Een vaardigheid heeft hoogstens 80 tekens.' })
  niceToHaveSkills?: string[];

  @ApiPropertyOptional({
    type: [String],
    format: 'uuid',
    description:
      'Required skills chosen from the taxonomy, by id (the skill picker); together with requiredSkills, ' +
      'whose free names become proposals.',
  })
  @IsOptional()
  @IsArray({ message: 'Geef een lijst met vaardigheden.' })
  @ArrayMaxSize(TASK_LIMITS.skillsMax, { message: `Hoogstens ${TASK_LIMITS.skillsMax} vaardigheden.` })
  @IsUUID('all', { each: true, message: 'Elke vaardigheid is een vaardigheid-id (UUID).' })
  requiredSkillIds?: string[];

  @ApiPropertyOptional({
    type: [String],
    format: 'uuid',
    description: 'Nice-to-have skills chosen from the taxonomy, by id.',
  })
  @IsOptional()
  @IsArray({ message: 'Geef een lijst met vaardigheden.' })
  @ArrayMaxSize(TASK_LIMITS.skillsMax, { message: `Hoogstens ${TASK_LIMITS.skillsMax} vaardigheden.` })
  @IsUUID('all', { each: true, message: 'Elke vaardigheid is een vaardigheid-id (UUID).' })
  niceToHaveSkillIds?: string[];

  @ApiProperty({ minimum: 0.5, maximum: TASK_LIMITS.hoursMax, example: 16 })
  @IsNumber({ maxDecimalPlaces: 1 }, { message: 'Vul een aantal uren in (hoogstens één decimaal).' })
  @Min(0.5, { message: 'Een klus kost minstens een half uur.' })
  @Max(TASK_LIMITS.hoursMax, {
    message: `Een klus kost hoogstens ${TASK_LIMITS.hoursMax} uur; groter werk is een project.`,
  })
  estimatedHours: number;

  @ApiProperty({ format: 'date', example: '2026-12-01' })
  @IsDateOnly()
  startDate: string;

  @ApiProperty({ format: 'date', example: '2027-01-31', description: 'On or after startDate.' })
  @IsDateOnly()
  @IsOnOrAfter('startDate', { message: 'De einddatum ligt voor de begindatum.' })
  endDate: string;

  @ApiProperty({ type: TaskLocationDto })
  @IsObject({ message: 'Geef de plaats van het werk.' })
  @ValidateNested()
  @Type(() => TaskLocationDto)
  location: TaskLocationDto;

  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: TASK_LIMITS.capacityMax, default: 1 })
  @IsOptional()
  @IsInt({ message: 'Vul een heel aantal plekken in.' })
  @Min(1, { message: 'Een klus heeft minstens één plek.' })
  @Max(TASK_LIMITS.capacityMax, { message: `Hoogstens ${TASK_LIMITS.capacityMax} plekken.` })
  capacity?: number;

  @ApiPropertyOptional({ enum: CLAIM_MODES, default: 'instant' })
  @IsOptional()
  @IsIn(CLAIM_MODES, { message: 'Kies direct inschrijven of aanmelden.' })
  claimMode?: ClaimMode;

  @ApiPropertyOptional({ enum: TASK_VISIBILITIES, default: 'all-partnerships' })
  @IsOptional()
  @IsIn(TASK_VISIBILITIES, { message: 'Kies wie de klus ziet.' })
  visibility?: TaskVisibility;

  @ApiPropertyOptional({ format: 'uuid', description: "Required when visibility is 'partnership'." })
  // Checked whenever it is sent, also in an edit that leaves the visibility as it is.
  @ValidateIf((o: TaskFieldsDto) => o.visibility === 'partnership' || o.partnershipId !== undefined)
  @IsUUID('all', { message: 'Kies het samenwerkingsverband dat de klus ziet.' })
  partnershipId?: string;

  @ApiPropertyOptional({ default: false })
  @IsOptional()
  @IsBoolean({ message: 'Moet waar of onwaar zijn.' })
  learningSuitable?: boolean;
}

export class CreateTaskDto extends TaskFieldsDto {
  @ApiPropertyOptional({ default: true, description: 'false keeps the klus as a draft.' })
  @IsOptional()
  @IsBoolean({ message: 'Moet waar of onwaar zijn.' })
  publish?: boolean;

  @ApiPropertyOptional({
    format: 'uuid',
    description:
      "The dossier the klus belongs to: you are in its team, and the dossier's partnership sees the klus.",
  })
  @IsOptional()
  @IsUUID('all', { message: 'Onbekend dossier.' })
  dossierId?: string;
}

/** An edit sends only what changes. */
export class UpdateTaskDto extends PartialType(TaskFieldsDto) {}
