import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { DOSSIER_LIMITS } from '@klussenbank/domain';
import { Transform } from 'class-transformer';
import { Equals, IsOptional, IsString, Length, MaxLength } from 'class-validator';
import { IsDateOnly } from '../../common/validation/date-only.js';
import { trim } from '../../common/validation/transforms.js';

export class CreateCheckpointDto {
  @ApiProperty({ maxLength: DOSSIER_LIMITS.checkpointTitleMax, example: 'IJkmoment na de eerste maand' })
  @Transform(trim)
  @IsString({ message: 'Geef het ijkmoment een titel.' })
  @Length(1, DOSSIER_LIMITS.checkpointTitleMax, {
    message: `Geef het ijkmoment een titel van hoogstens ${DOSSIER_LIMITS.checkpointTitleMax} tekens.`,
  })
  title: string;

  @ApiProperty({ format: 'date' })
  @IsDateOnly()
  plannedOn: string;
}

const reflection = (question: string) => {
  const decorators = [
    ApiPropertyOptional({ description: question, maxLength: DOSSIER_LIMITS.reflectionMax }),
    IsOptional(),
    Transform(trim),
    IsString({ message: 'Moet tekst zijn.' }),
    MaxLength(DOSSIER_LIMITS.reflectionMax, { message: `Hoogstens ${DOSSIER_LIMITS.reflectionMax} tekens.` }),
  ];
  return (target: object, key: string) => decorators.forEach((decorate) => decorate(target, key));
};

export class UpdateCheckpointDto extends PartialType(CreateCheckpointDto) {
  @reflection('Glanzen: wat ging goed?') wentWell?: string;
  @reflection('Schuren: wat schuurde?') chafed?: string;
  @reflection('Wat veranderen we?') changes?: string;

  @ApiPropertyOptional({ enum: [true], description: 'Record the checkpoint as held (needs a reflection).' })
  @IsOptional()
  @Equals(true, { message: 'Alleen true: het ijkmoment is gehouden.' })
  held?: true;
}
