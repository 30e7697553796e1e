import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';

export const POSTER_ACTIONS = ['publish', 'start', 'complete', 'cancel'] as const;
export type PosterAction = (typeof POSTER_ACTIONS)[number];

export class ActualHoursDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'Moet een inschrijvings-id (UUID) zijn.' })
  claimId: string;

  @ApiProperty({ minimum: 0, maximum: 2000 })
  @IsNumber({ maxDecimalPlaces: 1 }, { message: 'Vul het aantal uren in (hoogstens één decimaal).' })
  @Min(0, { message: 'Moet 0 of meer zijn.' })
  @Max(2000, { message: 'Hoogstens 2000 uur.' })
  hours: number;

  @ApiPropertyOptional({
    type: [String],
    format: 'uuid',
    description:
      "Skills of the klus this participant showed, confirmed by the poster: they appear on the participant's profile as demonstrated.",
  })
  @IsOptional()
  @IsArray({ message: 'Geef een lijst van vaardigheden.' })
  @ArrayMaxSize(20, { message: 'Hoogstens 20 vaardigheden.' })
  @IsUUID('all', { each: true, message: 'Kies vaardigheden van deze klus.' })
  demonstratedSkillIds?: string[];
}

export class StatusChangeDto {
  @ApiProperty({ enum: POSTER_ACTIONS })
  @IsIn(POSTER_ACTIONS, { message: `Kies uit: ${POSTER_ACTIONS.join(', ')}.` })
  action: PosterAction;

  @ApiPropertyOptional({ description: 'Required to cancel.' })
  @IsOptional()
  @IsString({ message: 'Moet tekst zijn.' })
  @Length(1, 1000, { message: 'Geef een reden van hoogstens 1000 tekens.' })
  reason?: string;

  @ApiPropertyOptional({ type: [ActualHoursDto], description: 'To complete: hours per participant.' })
  @IsOptional()
  @IsArray({ message: 'Geef de uren per deelnemer.' })
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => ActualHoursDto)
  actualHours?: ActualHoursDto[];
}
