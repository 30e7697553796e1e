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

const withTimeout = <T>(work: Promise<T>, ms: number): Promise<T> =>
  Promise.race([
    work,
    new Promise<T>((_, reject) => setTimeout(() => reject(new Error('timeout')), ms).unref()),
  ]);

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
    const [database, redis] = await Promise.allSettled([
      withTimeout(this.db.query('SELECT 1'), 2_000),
      withTimeout(this.redis.redis.ping(), 2_000),
    ]);
    const checks = {
      database: database.status === 'fulfilled' ? 'ok' : 'down',
      redis: redis.status === 'fulfilled' ? 'ok' : 'down',
    };
    if (checks.database !== 'ok' || checks.redis !== 'ok') {
      const down = Object.entries(checks)
        .filter(([, v]) => v !== 'ok')
        .map(([k]) => k);
      throw new ProblemException(503, 'service-unavailable', {
        params: { services: down.join(', ') },
        extensions: { checks },
      });
    }
    return { status: 'ok', checks };
  }
}
