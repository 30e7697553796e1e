import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsNumber, IsString, Max, MaxLength, Min, MinLength } from 'class-validator';
import { trim } from '../../common/validation/transforms.js';

export class LedgerCorrectionDto {
  @ApiProperty({ minimum: 0.1, maximum: 2000, example: 6.5, description: 'The hours you actually worked.' })
  @IsNumber({ maxDecimalPlaces: 1 }, { message: 'Vul het aantal uren in (hoogstens één decimaal).' })
  @Min(0.1, { message: 'Meer dan 0 uur.' })
  @Max(2000, { message: 'Hoogstens 2000 uur.' })
  hours: number;

  @ApiProperty({ minLength: 1, maxLength: 1000, description: 'Why the recorded hours are not right.' })
  @Transform(trim)
  @IsString({ message: 'Geef een reden.' })
  @MinLength(1, { message: 'Geef een reden.' })
  @MaxLength(1000, { message: 'Hoogstens 1000 tekens.' })
  reason: string;
}
