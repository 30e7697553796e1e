import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type pg from 'pg';
import { DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver.js';
import { Metrics } from './metrics.js';

/**
 * TypeORM's pg pool of this process: connections in use, idle, and callers waiting for one (a
 * waiting count above zero for long means the pool, or PostgreSQL, is the bottleneck).
 */
@Injectable()
export class DatabasePoolMetrics implements OnModuleInit {
  constructor(
    @Inject(Metrics) private readonly metrics: Metrics,
    @InjectDataSource() private readonly db: DataSource,
  ) {}

  onModuleInit(): void {
    this.metrics.scrapedGauge(
      'db_pool_connections',
      'Connections of the PostgreSQL pool of this process, by state (in_use, idle, max)',
      ['state'],
      (set) => {
        const pool = this.pool();
        if (!pool) return;
        set({ state: 'in_use' }, pool.totalCount - pool.idleCount);
        set({ state: 'idle' }, pool.idleCount);
        set({ state: 'max' }, pool.options.max);
      },
    );
    this.metrics.scrapedGauge(
      'db_pool_waiting',
      'Queries waiting for a connection of the PostgreSQL pool of this process',
      [],
      (set) => {
        const pool = this.pool();
        if (pool) set({}, pool.waitingCount);
      },
    );
  }

  private pool(): pg.Pool | undefined {
    return (this.db.driver as PostgresDriver).master as pg.Pool | undefined;
  }
}
