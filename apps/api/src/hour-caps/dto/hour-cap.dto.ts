import { ApiProperty } from '@nestjs/swagger';
import { HOUR_CAP_LIMITS, HOUR_CAP_MODES, type HourCapMode } from '@klussenbank/domain';
import { IsInt, Max, Min, ValidateIf } from 'class-validator';

const SPREAD =
  "A klus's estimated hours are spread evenly over its days (start and end included), per calendar month.";

/** A person's month against their cap. */
export class HourCapDto {
  @ApiProperty({ format: 'uuid' }) userId: string;
  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'The cap that holds: the lower of the organisation’s and the personal one; null: no cap.',
  })
  cap: number | null;
  @ApiProperty({ type: Number, nullable: true, description: "The organisation's monthly cap per employee." })
  organisationCap: number | null;
  @ApiProperty({ type: Number, nullable: true, description: 'The lower cap set for this person.' })
  personalCap: number | null;
  @ApiProperty({
    enum: HOUR_CAP_MODES,
    description: 'refuse: claims over the cap are refused; warn: the line manager hears of them.',
  })
  mode: HourCapMode;
  @ApiProperty({ example: '2026-12', description: 'The month (Europe/Amsterdam) the figures are for.' })
  month: string;
  @ApiProperty({ example: 12, description: `Planned hours this month. ${SPREAD}` })
  plannedHours: number;
  @ApiProperty({
    type: Number,
    nullable: true,
    example: 4,
    description: 'Hours left this month; null: no cap.',
  })
  hoursLeft: number | null;
}

export class TeamHourCapDto extends HourCapDto {
  @ApiProperty() name: string;
}

export class SetHourCapDto {
  @ApiProperty({
    type: Number,
    nullable: true,
    minimum: HOUR_CAP_LIMITS.min,
    maximum: HOUR_CAP_LIMITS.max,
    example: 8,
    description:
      "Whole hours a month, at most the organisation's cap; null removes the personal cap (the organisation's holds).",
  })
  @ValidateIf((dto: SetHourCapDto) => dto.hourCapPerMonth !== null)
  @IsInt({ message: 'Vul een heel aantal uren in.' })
  @Min(HOUR_CAP_LIMITS.min, { message: `Vul een aantal uren in van ${HOUR_CAP_LIMITS.min} of meer.` })
  @Max(HOUR_CAP_LIMITS.max, { message: `Vul hoogstens ${HOUR_CAP_LIMITS.max} uur in.` })
  hourCapPerMonth: number | null;
}
