import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { EVALUATION_SCORES, EVALUATION_TEXT_MAX } from '@klussenbank/domain';
import { Transform } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { trim } from '../../common/validation/transforms.js';

export class CreateEvaluationDto {
  @ApiProperty({
    format: 'uuid',
    description: 'Whom you evaluate: the poster evaluates each participant, a participant the poster.',
  })
  @IsUUID('all', { message: 'Moet een persoon-id (UUID) zijn.' })
  subjectId: string;

  @ApiProperty({
    type: 'integer',
    enum: EVALUATION_SCORES,
    description: 'How it went: 1 (badly) to 5 (very well).',
  })
  @IsInt({ message: 'Kies een cijfer van 1 tot 5.' })
  @IsIn(EVALUATION_SCORES, { message: 'Kies een cijfer van 1 tot 5.' })
  score: number;

  @ApiPropertyOptional({ maxLength: EVALUATION_TEXT_MAX, description: 'What went well.' })
  @IsOptional()
  @Transform(trim)
  @IsString({ message: 'Moet tekst zijn.' })
  @MaxLength(EVALUATION_TEXT_MAX, { message: `Hoogstens ${EVALUATION_TEXT_MAX} tekens.` })
  wentWell?: string;

  @ApiPropertyOptional({ maxLength: EVALUATION_TEXT_MAX, description: 'What could be better.' })
  @IsOptional()
  @Transform(trim)
  @IsString({ message: 'Moet tekst zijn.' })
  @MaxLength(EVALUATION_TEXT_MAX, { message: `Hoogstens ${EVALUATION_TEXT_MAX} tekens.` })
  couldBeBetter?: string;
}
