import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsUUID } from 'class-validator';
import { IsDateOnly, IsOnOrAfter } from '../../common/validation/date-only.js';

export class EvaluationSummaryQueryDto {
  @ApiPropertyOptional({
    format: 'uuid',
    description: 'The organisation (default: your own). Org-admins: only their own; platform admins: any.',
  })
  @IsOptional()
  @IsUUID('all', { message: 'Moet een organisatie-id (UUID) zijn.' })
  organisationId?: string;

  @ApiPropertyOptional({ format: 'date', description: 'First day (inclusive) the evaluations were given.' })
  @IsOptional()
  @IsDateOnly()
  from?: string;

  @ApiPropertyOptional({ format: 'date', description: 'Last day (inclusive); on or after from.' })
  @IsOptional()
  @IsDateOnly()
  @IsOnOrAfter('from', { message: 'De einddatum ligt voor de begindatum.' })
  to?: string;
}
