import { ApiProperty } from '@nestjs/swagger';
import {
  LEDGER_ENTRY_KINDS,
  LEDGER_ENTRY_STATES,
  type LedgerEntryKind,
  type LedgerEntryState,
} from '@klussenbank/domain';
import { NamedRefDto } from '../../common/dto/response.dto.js';

const hours = { type: 'number', description: 'Hours, to hundredths.' } as const;

export class LedgerBalanceDto {
  @ApiProperty({ type: NamedRefDto }) organisation: NamedRefDto;
  @ApiProperty({ ...hours, description: "Hours this organisation's people gave to other organisations." })
  given: number;
  @ApiProperty({ ...hours, description: 'Hours people of other organisations gave to this organisation.' })
  received: number;
  @ApiProperty({ ...hours, description: 'given − received: positive means it gave more than it received.' })
  net: number;
  @ApiProperty({ ...hours, description: 'Given hours in discussion, not in given.' }) disputedGiven: number;
  @ApiProperty({ ...hours, description: 'Received hours in discussion, not in received.' })
  disputedReceived: number;
}

export class LedgerPairDto {
  @ApiProperty({ type: NamedRefDto, description: 'The row: whose people gave the hours.' })
  giving: NamedRefDto;
  @ApiProperty({ type: NamedRefDto, description: 'The column: who received them.' }) receiving: NamedRefDto;
  @ApiProperty(hours) hours: number;
  @ApiProperty({ ...hours, description: 'Hours in discussion, not in hours.' }) disputedHours: number;
}

export class LedgerTaskRefDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() title: string;
}

export class LedgerEntryDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ type: LedgerTaskRefDto }) task: LedgerTaskRefDto;
  @ApiProperty({ type: NamedRefDto, description: "The participant's organisation." }) giving: NamedRefDto;
  @ApiProperty({ type: NamedRefDto, description: "The poster's organisation." }) receiving: NamedRefDto;
  @ApiProperty({
    description: 'Both sides are one organisation: counts for your history, not for a balance.',
  })
  internal: boolean;
  @ApiProperty({ type: 'string', format: 'uuid', nullable: true }) partnershipId: string | null;
  @ApiProperty({ type: 'string', format: 'uuid', nullable: true }) dossierId: string | null;
  @ApiProperty({ ...hours, description: 'Negative for a reversal.' }) hours: number;
  @ApiProperty({ format: 'date', description: 'The completion day.' }) entryDate: string;
  @ApiProperty({ enum: LEDGER_ENTRY_KINDS }) kind: LedgerEntryKind;
  @ApiProperty({
    type: 'string',
    format: 'uuid',
    nullable: true,
    description: 'The entry a reversal cancels.',
  })
  reversesId: string | null;
  @ApiProperty({
    enum: LEDGER_ENTRY_STATES,
    description: 'recorded (waits for you), confirmed (by you or after 14 days), corrected, in-discussion.',
  })
  state: LedgerEntryState;
  @ApiProperty({ type: 'string', nullable: true, description: 'Why it was corrected.' }) reason:
    string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ type: 'string', format: 'date-time', nullable: true }) confirmedAt: string | null;
  @ApiProperty({
    type: 'string',
    format: 'date-time',
    nullable: true,
    description: 'While recorded: until when you can confirm or correct; then it counts as confirmed.',
  })
  answerBefore: string | null;
}
