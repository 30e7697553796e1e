import type { FastifyInstance } from 'fastify';
import type { Metrics } from './metrics.js';

/** Requests no route matched (a 404, a client-side route of the web client): one series, not one per URL. */
export const UNMATCHED_ROUTE = 'unmatched';

/**
 * Observes every HTTP response of the API: its route pattern as registered (`/api/v1/tasks/:id`),
 * method and status, and the time until the response was sent. A live stream counts when it ends.
 */
export function registerHttpMetrics(fastify: FastifyInstance, metrics: Metrics): void {
  fastify.addHook('onResponse', async (request, reply) => {
    metrics.httpRequestDuration.observe(
      {
        method: request.method,
        route: request.routeOptions.url ?? UNMATCHED_ROUTE,
        status_code: String(reply.statusCode),
      },
      reply.elapsedTime / 1000,
    );
  });
}
