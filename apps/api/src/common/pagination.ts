import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, Max, Min } from 'class-validator';

export class PageQueryDto {
  @ApiPropertyOptional({ type: 'integer', minimum: 1, default: 1 })
  @Type(() => Number)
  @IsInt({ message: 'Moet een geheel getal zijn.' })
  @Min(1, { message: 'Moet 1 of meer zijn.' })
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
