import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsNumber, IsOptional, IsString, Max, MaxLength, Min, MinLength } from 'class-validator';
import { NamedRefDto, NULLABLE_NAMED_REF } from '../../common/dto/response.dto.js';
import { PageQueryDto } from '../../common/pagination.js';
import { trim } from '../../common/validation/transforms.js';
import { LedgerEntryDto, LedgerTaskRefDto } from './ledger.dto.js';

const hours = { type: 'number', description: 'Hours, to hundredths.' } as const;

export const CORRECTION_ANSWERS = ['accepted', 'disputed'] as const;
export type CorrectionAnswer = (typeof CORRECTION_ANSWERS)[number];

/** One participant's current hours on a klus, as the poster's side and the participant see them. */
export class TaskHoursEntryDto extends LedgerEntryDto {
  @ApiProperty({ type: NamedRefDto }) participant: NamedRefDto;
  @ApiProperty({ ...hours, description: 'The hours the poster recorded at completion.' })
  recordedHours: number;
  @ApiProperty({
    type: 'string',
    enum: [...CORRECTION_ANSWERS, null],
    nullable: true,
    description: "The poster's side's answer to a correction (none yet, or not a correction).",
  })
  correctionAnswer: CorrectionAnswer | null;
  @ApiProperty({
    type: 'string',
    format: 'date-time',
    nullable: true,
    description: 'A correction not answered yet: until when the poster can accept or dispute it.',
  })
  answerCorrectionBefore: string | null;
  @ApiProperty({
    description:
      'You (the poster, or an org-admin of the posting organisation) may accept or dispute it now.',
  })
  canAnswerCorrection: boolean;
  @ApiProperty({ type: 'string', format: 'uuid', nullable: true, description: 'An open dispute over it.' })
  disputeId: string | null;
}

export class TaskHoursDto {
  @ApiProperty({ type: [TaskHoursEntryDto] }) items: TaskHoursEntryDto[];
}

export class LedgerDisputeRequestDto {
  @ApiProperty({ minLength: 1, maxLength: 1000, description: 'Why the correction is not right.' })
  @Transform(trim)
  @IsString({ message: 'Geef een reden.' })
  @MinLength(1, { message: 'Geef een reden.' })
  @MaxLength(1000, { message: 'Hoogstens 1000 tekens.' })
  reason: string;
}

export class LedgerSettlementDto {
  @ApiProperty({
    minimum: 0,
    maximum: 2000,
    example: 7,
    description: 'The hours both organisations agree on (0: none count).',
  })
  @IsNumber({ maxDecimalPlaces: 1 }, { message: 'Vul het aantal uren in (hoogstens één decimaal).' })
  @Min(0, { message: 'Niet minder dan 0 uur.' })
  @Max(2000, { message: 'Hoogstens 2000 uur.' })
  hours: number;

  @ApiProperty({ minLength: 1, maxLength: 1000, description: 'What was agreed, for both sides to read.' })
  @Transform(trim)
  @IsString({ message: 'Schrijf kort op wat is afgesproken.' })
  @MinLength(1, { message: 'Schrijf kort op wat is afgesproken.' })
  @MaxLength(1000, { message: 'Hoogstens 1000 tekens.' })
  note: string;
}

export const DISPUTE_STATUSES = ['open', 'settled'] as const;
export type DisputeStatus = (typeof DISPUTE_STATUSES)[number];

export class LedgerDisputesQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: DISPUTE_STATUSES, default: 'open' })
  @IsOptional()
  @IsIn(DISPUTE_STATUSES, { message: 'Kies open of settled.' })
  status?: DisputeStatus;
}

export class LedgerDisputeDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid', description: 'The disputed correction.' }) entryId: string;
  @ApiProperty({ type: LedgerTaskRefDto }) task: LedgerTaskRefDto;
  @ApiProperty({ type: NamedRefDto }) participant: NamedRefDto;
  @ApiProperty({ type: NamedRefDto, description: "The participant's organisation." }) giving: NamedRefDto;
  @ApiProperty({ type: NamedRefDto, description: "The poster's organisation." }) receiving: NamedRefDto;
  @ApiProperty({ format: 'date', description: 'The completion day.' }) entryDate: string;
  @ApiProperty({ ...hours, description: 'What the poster recorded.' }) recordedHours: number;
  @ApiProperty({ ...hours, description: "The participant's figure." }) correctedHours: number;
  @ApiProperty({ type: 'string', nullable: true, description: "The participant's reason." })
  correctionReason: string | null;
  @ApiProperty({ description: "The poster's side's reason." }) disputeReason: string;
  @ApiProperty({ type: NamedRefDto }) openedBy: NamedRefDto;
  @ApiProperty({ format: 'date-time' }) openedAt: string;
  @ApiProperty({ enum: DISPUTE_STATUSES }) status: DisputeStatus;
  @ApiProperty({ ...hours, nullable: true }) settledHours: number | null;
  @ApiProperty({ type: 'string', nullable: true }) settlementNote: string | null;
  @ApiProperty(NULLABLE_NAMED_REF) settledBy: NamedRefDto | null;
  @ApiProperty({ type: 'string', format: 'date-time', nullable: true }) settledAt: string | null;
  @ApiProperty({ description: 'You may settle it (an org-admin of either organisation, while open).' })
  canSettle: boolean;
}
