import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsUUID } from 'class-validator';
import { PageQueryDto } from '../../common/pagination.js';
import { IsDateOnly, IsOnOrAfter } from '../../common/validation/date-only.js';

/** A period (month, quarter, year or any range: the client sends its first and last day) and a scope. */
export class LedgerPeriodQueryDto extends PageQueryDto {
  @ApiPropertyOptional({
    format: 'date',
    description: 'First day (inclusive) of the completion days counted.',
  })
  @IsOptional()
  @IsDateOnly()
  from?: string;

  @ApiPropertyOptional({ format: 'date', description: 'Last day (inclusive); on or after from.' })
  @IsOptional()
  @IsDateOnly()
  @IsOnOrAfter('from', { message: 'De einddatum ligt voor de begindatum.' })
  to?: string;

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'Only the hours of klussen shared in this partnership.',
  })
  @IsOptional()
  @IsUUID('all', { message: 'Moet een samenwerkingsverband-id (UUID) zijn.' })
  partnershipId?: string;
}

export class LedgerBalancesQueryDto extends LedgerPeriodQueryDto {
  @ApiPropertyOptional({
    format: 'uuid',
    description: "Only this organisation's balance (default for an org-admin: their own organisation).",
  })
  @IsOptional()
  @IsUUID('all', { message: 'Moet een organisatie-id (UUID) zijn.' })
  organisationId?: string;
}
