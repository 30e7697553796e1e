import { ApiPropertyOptional } from '@nestjs/swagger';
import { DOSSIER_STATUSES, type DossierStatus } from '@klussenbank/domain';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
} from 'class-validator';
import { PageQueryDto } from '../../common/pagination.js';
import { toBoolean, toList } from '../../common/validation/transforms.js';

export class ListDossiersQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: 'Full-text search in Dutch in title, goal and description.' })
  @IsOptional()
  @IsString({ message: 'Moet tekst zijn.' })
  @MaxLength(200, { message: 'Hoogstens 200 tekens.' })
  q?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'Moet een samenwerkingsverband-id (UUID) zijn.' })
  partnershipId?: string;

  @ApiPropertyOptional({
    enum: DOSSIER_STATUSES,
    isArray: true,
    description: 'Repeatable or comma-separated; default exploring and active.',
  })
  @IsOptional()
  @Transform(toList)
  @IsArray({ message: 'Geef een of meer statussen.' })
  @ArrayMaxSize(DOSSIER_STATUSES.length, { message: 'Te veel statussen.' })
  @IsIn(DOSSIER_STATUSES, { each: true, message: `Kies uit: ${DOSSIER_STATUSES.join(', ')}.` })
  status?: DossierStatus[];

  @ApiPropertyOptional({ description: 'A skill the dossier needs, by name (any label or synonym).' })
  @IsOptional()
  @IsString({ message: 'Moet tekst zijn.' })
  @MaxLength(80, { message: 'Hoogstens 80 tekens.' })
  skill?: string;

  @ApiPropertyOptional({ description: 'Only dossiers where you are in the team (or asked / were invited).' })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean({ message: 'Kies true of false.' })
  mine?: boolean;
}
