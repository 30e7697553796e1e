import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { SUCCESS_COMMENT_MAX, SUCCESS_STORY_MAX } from '@klussenbank/domain';
import { Transform } from 'class-transformer';
import { IsBoolean, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { PageQueryDto } from '../../common/pagination.js';
import { trim } from '../../common/validation/transforms.js';

export class ShareSuccessDto {
  @ApiPropertyOptional({
    format: 'uuid',
    description: 'The completed klus to celebrate (you posted it). Give a klus or a dossier, not both.',
  })
  @IsOptional()
  @IsUUID('all', { message: 'Moet een klus-id (UUID) zijn.' })
  taskId?: string;

  @ApiPropertyOptional({
    format: 'uuid',
    description:
      'The dossier to celebrate (you are a trekker): completed, or with checkpointId a checkpoint held.',
  })
  @IsOptional()
  @IsUUID('all', { message: 'Moet een dossier-id (UUID) zijn.' })
  dossierId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'A held checkpoint of the dossier.' })
  @IsOptional()
  @IsUUID('all', { message: 'Moet een ijkmoment-id (UUID) zijn.' })
  checkpointId?: string;

  @ApiProperty({ maxLength: SUCCESS_STORY_MAX, description: 'The short story, in Markdown (no raw HTML).' })
  @Transform(trim)
  @IsString({ message: 'Moet tekst zijn.' })
  @IsNotEmpty({ message: 'Vertel kort wat er gelukt is.' })
  @MaxLength(SUCCESS_STORY_MAX, { message: `Hoogstens ${SUCCESS_STORY_MAX} tekens.` })
  story: string;

  @ApiPropertyOptional({
    description: 'Whether your own name may appear (default false); the other people are asked.',
  })
  @IsOptional()
  @IsBoolean({ message: 'Moet true of false zijn.' })
  nameMe?: boolean;
}

export class NamingAnswerDto {
  @ApiProperty({ description: 'true: my name may appear; false: not (also to withdraw an earlier yes).' })
  @IsBoolean({ message: 'Moet true of false zijn.' })
  agree: boolean;
}

export class CreateSuccessCommentDto {
  @ApiProperty({ minLength: 1, maxLength: SUCCESS_COMMENT_MAX })
  @Transform(trim)
  @IsString({ message: 'Moet tekst zijn.' })
  @IsNotEmpty({ message: 'Schrijf een reactie.' })
  @MaxLength(SUCCESS_COMMENT_MAX, { message: `Hoogstens ${SUCCESS_COMMENT_MAX} tekens.` })
  body: string;
}

export class ListSuccessesQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'An organisation involved.' })
  @IsOptional()
  @IsUUID('all', { message: 'Moet een organisatie-id (UUID) zijn.' })
  organisationId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'A partnership it is shared in.' })
  @IsOptional()
  @IsUUID('all', { message: 'Moet een samenwerkingsverband-id (UUID) zijn.' })
  partnershipId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'The dossier it belongs to (also its klussen).' })
  @IsOptional()
  @IsUUID('all', { message: 'Moet een dossier-id (UUID) zijn.' })
  dossierId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'The klus it celebrates.' })
  @IsOptional()
  @IsUUID('all', { message: 'Moet een klus-id (UUID) zijn.' })
  taskId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'A skill it involved.' })
  @IsOptional()
  @IsUUID('all', { message: 'Moet een vaardigheid-id (UUID) zijn.' })
  skillId?: string;
}
