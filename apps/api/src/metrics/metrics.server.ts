import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { AppConfig } from '../config/app-config.js';
import { Metrics } from './metrics.js';

/**
 * `GET /metrics` in Prometheus's text format on a port of its own (`METRICS_PORT`; unset: none), in
 * the API and in each worker. Never on the public port: the ingress does not route to it and the
 * network policy lets only the monitoring namespace reach it (docs/operations.md). Plain node:http,
 * nothing else on that port.
 */
@Injectable()
export class MetricsServer implements OnApplicationBootstrap, OnApplicationShutdown {
  private server?: Server;
  private readonly logger = new Logger(MetricsServer.name);

  constructor(
    @Inject(AppConfig) private readonly config: AppConfig,
    @Inject(Metrics) private readonly metrics: Metrics,
  ) {}

  /** The port it listens on (when `METRICS_PORT` is 0, the one the system chose). */
  get port(): number | undefined {
    return (this.server?.address() as AddressInfo | null)?.port;
  }

  async onApplicationBootstrap(): Promise<void> {
    const port = this.config.METRICS_PORT;
    if (port === undefined) return;
    const server = createServer((request, response) => {
      void this.answer(request.method ?? 'GET', request.url ?? '/').then(({ status, type, body }) => {
        response.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store' });
        response.end(request.method === 'HEAD' ? undefined : body);
      });
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, this.config.HOST, () => resolve());
    });
    this.server = server;
    this.logger.log(`Prometheus metrics on port ${this.port}, path /metrics`);
  }

  async onApplicationShutdown(): Promise<void> {
    const server = this.server;
    if (!server) return;
    this.server = undefined;
    server.closeIdleConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  private async answer(method: string, url: string): Promise<{ status: number; type: string; body: string }> {
    const problem = (status: number, title: string) => ({
      status,
      type: 'application/problem+json',
      body: JSON.stringify({ type: 'about:blank', title, status }),
    });
    if (url.split('?')[0] !== '/metrics') return problem(404, 'Not Found');
    if (method !== 'GET' && method !== 'HEAD') return problem(405, 'Method Not Allowed');
    try {
      return {
        status: 200,
        type: this.metrics.registry.contentType,
        body: await this.metrics.registry.metrics(),
      };
    } catch (error) {
      this.logger.warn(`Metrics not collected: ${(error as Error).message}`);
      return problem(500, 'Internal Server Error');
    }
  }
}
