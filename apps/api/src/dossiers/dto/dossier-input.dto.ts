import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import {
  DOSSIER_LIMITS,
  DOSSIER_STATUSES,
  type DossierStatus,
  JOIN_POLICIES,
  type JoinPolicy,
} from '@klussenbank/domain';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Max,
  MaxLength,
  Min,
  ValidateIf,
} from 'class-validator';
import { IsDateOnly, IsOnOrAfter } from '../../common/validation/date-only.js';
import { trim, trimList } from '../../common/validation/transforms.js';

export class CreateDossierDto {
  @ApiProperty({ maxLength: DOSSIER_LIMITS.titleMax, example: 'Samen één aanpak voor de Omgevingswet' })
  @Transform(trim)
  @IsString({ message: 'Vul een titel in.' })
  @Length(1, DOSSIER_LIMITS.titleMax, {
    message: `Vul een titel in van hoogstens ${DOSSIER_LIMITS.titleMax} tekens.`,
  })
  title: string;

  @ApiProperty({ description: 'What the partners want to achieve together (what before how).' })
  @Transform(trim)
  @IsString({ message: 'Beschrijf het doel: wat willen we samen bereiken?' })
  @Length(1, DOSSIER_LIMITS.goalMax, {
    message: `Beschrijf het doel in hoogstens ${DOSSIER_LIMITS.goalMax} tekens.`,
  })
  goal: string;

  @ApiPropertyOptional({ description: 'Markdown.', maxLength: DOSSIER_LIMITS.descriptionMax })
  @IsOptional()
  @Transform(trim)
  @IsString({ message: 'Moet tekst zijn.' })
  @MaxLength(DOSSIER_LIMITS.descriptionMax, {
    message: `Hoogstens ${DOSSIER_LIMITS.descriptionMax} tekens.`,
  })
  description?: string;

  @ApiProperty({ format: 'uuid', description: 'A partnership your organisation is a member of.' })
  @IsUUID('all', { message: 'Kies een samenwerkingsverband.' })
  partnershipId: string;

  @ApiPropertyOptional({ enum: ['exploring', 'active'], default: 'exploring' })
  @IsOptional()
  @IsIn(['exploring', 'active'], { message: 'Een nieuw dossier is verkennend of actief.' })
  status?: DossierStatus;

  @ApiProperty({ format: 'date', example: '2026-12-01' })
  @IsDateOnly()
  startDate: string;

  @ApiPropertyOptional({
    type: 'string',
    format: 'date',
    nullable: true,
    description: 'On or after startDate.',
  })
  @ValidateIf((_, value) => value !== null && value !== undefined)
  @IsDateOnly()
  @IsOnOrAfter('startDate', { message: 'De einddatum ligt voor de begindatum.' })
  endDate?: string | null;

  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: DOSSIER_LIMITS.teamCapMax, nullable: true })
  @ValidateIf((_, value) => value !== null && value !== undefined)
  @IsInt({ message: 'Vul een geheel aantal mensen in.' })
  @Min(1, { message: 'Een team heeft minstens één plek.' })
  @Max(DOSSIER_LIMITS.teamCapMax, { message: `Hoogstens ${DOSSIER_LIMITS.teamCapMax} mensen.` })
  teamCap?: number | null;

  @ApiPropertyOptional({ enum: JOIN_POLICIES, default: 'open' })
  @IsOptional()
  @IsIn(JOIN_POLICIES, { message: 'Kies open of op verzoek.' })
  joinPolicy?: JoinPolicy;

  @ApiPropertyOptional({ type: [String], example: ['Omgevingsrecht', 'Projectleiding'] })
  @IsOptional()
  @Transform(trimList)
  @IsArray({ message: 'Geef een lijst met vaardigheden.' })
  @ArrayMaxSize(DOSSIER_LIMITS.skillsMax, { message: `Hoogstens ${DOSSIER_LIMITS.skillsMax} vaardigheden.` })
  @IsString({ each: true, message: 'Elke vaardigheid is tekst.' })
  @MaxLength(80, { each: true, message: 'Een vaardigheid heeft hoogstens 80 tekens.' })
  skills?: string[];

  @ApiPropertyOptional({
    type: [String],
    format: 'uuid',
    description:
      'Skills chosen from the taxonomy, by id (the skill picker); together with skills, whose free names become proposals.',
  })
  @IsOptional()
  @IsArray({ message: 'Geef een lijst met vaardigheden.' })
  @ArrayMaxSize(DOSSIER_LIMITS.skillsMax, { message: `Hoogstens ${DOSSIER_LIMITS.skillsMax} vaardigheden.` })
  @IsUUID('all', { each: true, message: 'Elke vaardigheid is een vaardigheid-id (UUID).' })
  skillIds?: string[];
}

export class UpdateDossierDto extends PartialType(OmitType(CreateDossierDto, ['partnershipId', 'status'])) {
  @ApiPropertyOptional({
    enum: DOSSIER_STATUSES,
    description: 'exploring → active → completed; exploring or active → stopped.',
  })
  @IsOptional()
  @IsIn(DOSSIER_STATUSES, { message: `Kies uit: ${DOSSIER_STATUSES.join(', ')}.` })
  status?: DossierStatus;
}
