import { Controller, Get, HttpCode, Inject } from '@nestjs/common';
import {
  ApiOkResponse,
  ApiOperation,
  ApiProperty,
  ApiServiceUnavailableResponse,
  ApiTags,
} from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Public } from '../auth/auth.decorators.js';
import { RedisClient } from '../common/redis/redis.module.js';
import { ProblemException } from '../common/problem/problem.js';
import { checkBackingServices, servicesDown } from './backing-services.js';

const CHECK = { type: 'string', enum: ['ok', 'down'] } as const;

export class HealthDto {
  @ApiProperty({ enum: ['ok'] }) status: 'ok';
}

export class ReadinessDto extends HealthDto {
  @ApiProperty({
    type: 'object',
    required: ['database', 'redis'],
    properties: { database: CHECK, redis: CHECK },
  })
  checks: { database: 'ok' | 'down'; redis: 'ok' | 'down' };
}

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(RedisClient) private readonly redis: RedisClient,
  ) {}

  @Get('live')
  @Public()
  @HttpCode(200)
  @ApiOperation({ summary: 'The process is up (also at /health/live, outside /api/v1, for probes)' })
  @ApiOkResponse({ type: HealthDto })
  live() {
    return { status: 'ok' };
  }

  @Get('ready')
  @Public()
  @ApiOperation({
    summary: 'PostgreSQL and Redis answer (also at /health/ready, outside /api/v1, for probes)',
  })
  @ApiOkResponse({ type: ReadinessDto, description: 'Ready to serve.' })
  @ApiServiceUnavailableResponse({ description: 'A dependency is down (problem+json names which).' })
  async ready() {
    const checks = await checkBackingServices(this.db, this.redis.redis);
    const down = servicesDown(checks);
    if (down.length > 0) {
      throw new ProblemException(503, 'service-unavailable', {
        params: { services: down.join(', ') },
        extensions: { checks },
      });
    }
    return { status: 'ok', checks };
  }
}
