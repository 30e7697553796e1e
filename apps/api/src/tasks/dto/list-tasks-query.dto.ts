import { ApiPropertyOptional } from '@nestjs/swagger';
import {
  LOCATION_TYPES,
  type LocationType,
  TASK_LIMITS,
  TASK_STATUSES,
  type TaskStatus,
} from '@klussenbank/domain';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { PageQueryDto } from '../../common/pagination.js';
import { IsDateOnly, IsOnOrAfter } from '../../common/validation/date-only.js';
import { toBoolean, toList } from '../../common/validation/transforms.js';

export const TASK_SORTS = ['relevance', 'newest', 'endDate'] as const;
export type TaskSort = (typeof TASK_SORTS)[number];

export class ListTasksQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: 'Full-text search in Dutch (stemming, accents ignored).' })
  @IsOptional()
  @IsString({ message: 'Moet tekst zijn.' })
  @MaxLength(200, { message: 'Hoogstens 200 tekens.' })
  q?: string;

  @ApiPropertyOptional({ description: 'A required or nice-to-have skill, by name.' })
  @IsOptional()
  @IsString({ message: 'Moet tekst zijn.' })
  @MaxLength(80, { message: 'Hoogstens 80 tekens.' })
  skill?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'Moet een organisatie-id (UUID) zijn.' })
  organisationId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'Moet een samenwerkingsverband-id (UUID) zijn.' })
  partnershipId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'Moet een dossier-id (UUID) zijn.' })
  dossierId?: string;

  @ApiPropertyOptional({ description: 'Comma-separated; default open,full.', example: 'open,full' })
  @IsOptional()
  @Transform(toList)
  @IsArray({ message: 'Geef statussen, gescheiden door komma’s.' })
  @ArrayMaxSize(TASK_STATUSES.length)
  @IsIn(TASK_STATUSES, { each: true, message: `Kies uit: ${TASK_STATUSES.join(', ')}.` })
  status?: TaskStatus[];

  @ApiPropertyOptional({ minimum: 0 })
  @IsOptional()
  @Type(() => Number)
  @IsNumber({}, { message: 'Moet een getal zijn.' })
  @Min(0, { message: 'Moet 0 of meer zijn.' })
  @Max(TASK_LIMITS.hoursMax, { message: `Hoogstens ${TASK_LIMITS.hoursMax}.` })
  minHours?: number;

  @ApiPropertyOptional({ minimum: 0 })
  @IsOptional()
  @Type(() => Number)
  @IsNumber({}, { message: 'Moet een getal zijn.' })
  @Min(0, { message: 'Moet 0 of meer zijn.' })
  @Max(TASK_LIMITS.hoursMax, { message: `Hoogstens ${TASK_LIMITS.hoursMax}.` })
  maxHours?: number;

  @ApiPropertyOptional({ format: 'date', description: 'Klussen running on or after this date.' })
  @IsOptional()
  @IsDateOnly()
  from?: string;

  @ApiPropertyOptional({ format: 'date', description: 'Klussen running on or before this date.' })
  @IsOptional()
  @IsDateOnly()
  @IsOnOrAfter('from', { message: 'Deze datum ligt voor de van-datum.' })
  to?: string;

  @ApiPropertyOptional({ enum: LOCATION_TYPES })
  @IsOptional()
  @IsIn(LOCATION_TYPES, { message: 'Kies remote, on-site of hybrid.' })
  location?: LocationType;

  @ApiPropertyOptional()
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean({ message: 'Moet true of false zijn.' })
  learningSuitable?: boolean;

  @ApiPropertyOptional({ description: 'Only klussen with free places.' })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean({ message: 'Moet true of false zijn.' })
  hasPlaces?: boolean;

  @ApiPropertyOptional({
    enum: TASK_SORTS,
    description: 'Default: relevance when searching, newest otherwise.',
  })
  @IsOptional()
  @IsIn(TASK_SORTS, { message: `Kies uit: ${TASK_SORTS.join(', ')}.` })
  sort?: TaskSort;
}
