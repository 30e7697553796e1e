import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  LEDGER_ENTRY_KINDS,
  LEDGER_ENTRY_STATES,
  type LedgerEntryKind,
  type LedgerEntryState,
  parseLedgerPeriod,
} from '@klussenbank/domain';
import {
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  registerDecorator,
  type ValidationOptions,
} from 'class-validator';
import { NamedRefDto } from '../../common/dto/response.dto.js';
import { IsDateOnly, IsOnOrAfter } from '../../common/validation/date-only.js';
import { LedgerPeriodQueryDto } from './ledger-query.dto.js';
import { LedgerTaskRefDto } from './ledger.dto.js';

/** `2026-09`, `2026-Q3`, `2026` or `2026-01-05..2026-02-10` (the domain's parseLedgerPeriod). */
export function IsLedgerPeriod(options?: ValidationOptions) {
  return (target: object, propertyName: string) =>
    registerDecorator({
      name: 'isLedgerPeriod',
      target: target.constructor,
      propertyName,
      options: {
        message:
          'Geef een maand (2026-09), kwartaal (2026-Q3), jaar (2026) of reeks (2026-01-05..2026-02-10).',
        ...options,
      },
      validator: { validate: (value: unknown) => typeof value === 'string' && !!parseLedgerPeriod(value) },
    });
}

const PERIOD_DESCRIPTION =
  'A month (`2026-09`), quarter (`2026-Q3`), year (`2026`) or range (`2026-01-05..2026-02-10`) of completion days. ' +
  'Instead of from/to, not together with them.';

/** The ledger's period filters plus a named period. */
export class LedgerReportQueryDto extends LedgerPeriodQueryDto {
  @ApiPropertyOptional({ description: PERIOD_DESCRIPTION, example: '2026-Q3', maxLength: 21 })
  @IsOptional()
  @IsString({ message: 'Moet tekst zijn.' })
  @IsLedgerPeriod()
  period?: string;
}

export const CSV_DELIMITERS = ['semicolon', 'comma'] as const;
export type CsvDelimiter = (typeof CSV_DELIMITERS)[number];

export class SettlementQueryDto {
  @ApiProperty({ format: 'uuid', description: 'The partnership whose hours are settled.' })
  @IsUUID('all', { message: 'Moet een samenwerkingsverband-id (UUID) zijn.' })
  partnershipId: string;

  @ApiPropertyOptional({ description: PERIOD_DESCRIPTION, example: '2026-Q3', maxLength: 21 })
  @IsOptional()
  @IsString({ message: 'Moet tekst zijn.' })
  @IsLedgerPeriod()
  period?: string;

  @ApiPropertyOptional({ format: 'date', description: 'First day (inclusive), with to, instead of period.' })
  @IsOptional()
  @IsDateOnly()
  from?: string;

  @ApiPropertyOptional({ format: 'date', description: 'Last day (inclusive), with from, instead of period.' })
  @IsOptional()
  @IsDateOnly()
  @IsOnOrAfter('from', { message: 'De einddatum ligt voor de begindatum.' })
  to?: string;

  @ApiPropertyOptional({
    enum: CSV_DELIMITERS,
    default: 'semicolon',
    description:
      'semicolon: `;` between fields and a decimal comma (Dutch spreadsheet settings); comma: `,` and a decimal point.',
  })
  @IsOptional()
  @IsIn(CSV_DELIMITERS)
  delimiter: CsvDelimiter = 'semicolon';
}

const hours = { type: 'number', description: 'Hours, to hundredths.' } as const;

export class LedgerPairEntryDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ ...hours, description: 'Negative for a reversal.' }) hours: number;
  @ApiProperty({ format: 'date', description: 'The completion day.' }) entryDate: string;
  @ApiProperty({ enum: LEDGER_ENTRY_KINDS }) kind: LedgerEntryKind;
  @ApiProperty({ enum: LEDGER_ENTRY_STATES }) state: LedgerEntryState;
}

export class LedgerPairTaskDto {
  @ApiProperty({ type: LedgerTaskRefDto }) task: LedgerTaskRefDto;
  @ApiProperty({ ...hours, description: 'The sum of its entries in the period (not in discussion).' })
  hours: number;
  @ApiProperty({ ...hours, description: 'Hours in discussion, not in hours.' }) disputedHours: number;
  @ApiProperty({ format: 'date', description: 'The latest completion day of its entries.' })
  lastDate: string;
  @ApiProperty({
    type: [LedgerPairEntryDto],
    description: 'The entries behind the figure, oldest first (a correction: reversal plus new entry).',
  })
  entries: LedgerPairEntryDto[];
}

export class LedgerPairTasksDto {
  @ApiProperty({ type: NamedRefDto }) giving: NamedRefDto;
  @ApiProperty({ type: NamedRefDto }) receiving: NamedRefDto;
  @ApiProperty({ format: 'date', nullable: true, type: 'string' }) from: string | null;
  @ApiProperty({ format: 'date', nullable: true, type: 'string' }) to: string | null;
  @ApiProperty({ type: [LedgerPairTaskDto] }) items: LedgerPairTaskDto[];
  @ApiProperty({ type: 'integer' }) page: number;
  @ApiProperty({ type: 'integer' }) pageSize: number;
  @ApiProperty({ type: 'integer', description: 'Klussen in all pages.' }) total: number;
}
