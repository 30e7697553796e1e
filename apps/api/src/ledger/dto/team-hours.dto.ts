import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  LEDGER_ENTRY_KINDS,
  LEDGER_ENTRY_STATES,
  type LedgerEntryKind,
  type LedgerEntryState,
} from '@klussenbank/domain';
import { IsOptional } from 'class-validator';
import { NamedRefDto } from '../../common/dto/response.dto.js';
import { PageQueryDto } from '../../common/pagination.js';
import { IsDateOnly, IsOnOrAfter } from '../../common/validation/date-only.js';
import { LedgerTaskRefDto } from './ledger.dto.js';

export class TeamHoursQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ format: 'date', description: 'First completion day (inclusive).' })
  @IsOptional()
  @IsDateOnly()
  from?: string;

  @ApiPropertyOptional({ format: 'date', description: 'Last completion day (inclusive); on or after from.' })
  @IsOptional()
  @IsDateOnly()
  @IsOnOrAfter('from', { message: 'De einddatum ligt voor de begindatum.' })
  to?: string;
}

/** One hour entry of someone in my team (I am their line manager). */
export class TeamHoursEntryDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ type: NamedRefDto, description: 'The person whose hours these are.' }) person: NamedRefDto;
  @ApiProperty({ type: LedgerTaskRefDto }) task: LedgerTaskRefDto;
  @ApiProperty({ type: NamedRefDto, description: "The poster's organisation." }) receiving: NamedRefDto;
  @ApiProperty({ description: 'Inside the own organisation: not in any balance.' }) internal: boolean;
  @ApiProperty({ type: 'number', description: 'Hours, to hundredths; negative for a reversal.' })
  hours: number;
  @ApiProperty({ format: 'date', description: 'The completion day.' }) entryDate: string;
  @ApiProperty({ enum: LEDGER_ENTRY_KINDS }) kind: LedgerEntryKind;
  @ApiProperty({
    enum: LEDGER_ENTRY_STATES,
    description: 'recorded (waits for the person), confirmed, corrected, in-discussion.',
  })
  state: LedgerEntryState;
}
