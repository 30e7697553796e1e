import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, Max, Min } from 'class-validator';

/**
 * The last page anyone may ask for: far past any list here (a million rows at 100 a page), and
 * it keeps the offset a small integer instead of one PostgreSQL's bigint cannot hold (page=1e20).
 */
export const PAGE_MAX = 10_000;

export class PageQueryDto {
  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: PAGE_MAX, default: 1 })
  @Type(() => Number)
  @IsInt({ message: 'Moet een geheel getal zijn.' })
  @Min(1, { message: 'Moet 1 of meer zijn.' })
  @Max(PAGE_MAX, { message: `Mag hoogstens ${PAGE_MAX} zijn.` })
  page = 1;

  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 100, default: 20 })
  @Type(() => Number)
  @IsInt({ message: 'Moet een geheel getal zijn.' })
  @Min(1, { message: 'Moet 1 of meer zijn.' })
  @Max(100, { message: 'Mag hoogstens 100 zijn.' })
  pageSize = 20;
}

export interface Page<T> {
  items: T[];
  page: number;
  pageSize: number;
  total: number;
}
