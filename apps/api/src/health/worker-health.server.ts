import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  Inject,
  Injectable,
  Logger,
  Module,
  type OnApplicationBootstrap,
  type BeforeApplicationShutdown,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config.js';
import { RedisClient, RedisModule } from '../common/redis/redis.module.js';
import { checkBackingServices, servicesDown } from './backing-services.js';

/**
 * The worker's probes for Kubernetes (`WORKER_HEALTH_PORT`): `/health/live` answers while the process
 * runs, `/health/ready` while PostgreSQL and Redis answer — the same checks as the API's. Plain
 * node:http, nothing else on that port; it closes first on shutdown, so a stopping worker is no
 * longer ready while BullMQ finishes its running jobs.
 */
@Injectable()
export class WorkerHealthServer implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private server?: Server;
  private readonly logger = new Logger(WorkerHealthServer.name);

  constructor(
    @Inject(AppConfig) private readonly config: AppConfig,
    @InjectDataSource() private readonly db: DataSource,
    @Inject(RedisClient) private readonly redis: RedisClient,
  ) {}

  /** The port it listens on (when `WORKER_HEALTH_PORT` is 0, the one the system chose). */
  get port(): number | undefined {
    return (this.server?.address() as AddressInfo | null)?.port;
  }

  async onApplicationBootstrap(): Promise<void> {
    const port = this.config.WORKER_HEALTH_PORT;
    if (port === undefined) return;
    const server = createServer((request, response) => {
      void this.answer(request.method ?? 'GET', request.url ?? '/').then(({ status, body }) => {
        response.writeHead(status, {
          'Content-Type': status === 200 ? 'application/json' : 'application/problem+json',
          'Cache-Control': 'no-store',
        });
        response.end(JSON.stringify(body));
      });
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, this.config.HOST, () => resolve());
    });
    this.server = server;
    this.logger.log(`Health checks on port ${this.port}`);
  }

  // Before any module's onApplicationShutdown, where BullMQ's workers wait for their running jobs:
  // the port must say "stopping" at once, not once those jobs are done.
  async beforeApplicationShutdown(): Promise<void> {
    const server = this.server;
    if (!server) return;
    this.server = undefined;
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    // close() alone keeps serving on open keep-alive connections (a probe polling it keeps its
    // connection busy): end them too, so the port refuses at once.
    server.closeAllConnections();
    await closed;
  }

  private async answer(method: string, url: string): Promise<{ status: number; body: object }> {
    const path = url.split('?')[0];
    if (method !== 'GET' && method !== 'HEAD') {
      return { status: 405, body: { type: 'about:blank', title: 'Method Not Allowed', status: 405 } };
    }
    if (path === '/health/live') return { status: 200, body: { status: 'ok' } };
    if (path === '/health/ready') {
      const checks = await checkBackingServices(this.db, this.redis.redis);
      const down = servicesDown(checks);
      return down.length === 0
        ? { status: 200, body: { status: 'ok', checks } }
        : {
            status: 503,
            body: {
              type: 'about:blank',
              title: 'Service Unavailable',
              status: 503,
              detail: `Not available: ${down.join(', ')}`,
              checks,
            },
          };
    }
    return { status: 404, body: { type: 'about:blank', title: 'Not Found', status: 404 } };
  }
}

@Module({ imports: [RedisModule], providers: [WorkerHealthServer] })
export class WorkerHealthModule {}
