import http from 'node:http';
import type { AddressInfo } from 'node:net';
import pg from 'pg';
import type { Statement } from './workload.js';

/**
 * The least any HTTP API costs on this machine (search.bench.ts, kind `bare`): node:http and a pg
 * Pool in a process of their own, no framework, no authentication, no validation, no logging.
 * GET /<client>/<n> sends the statements of that client's request n one after the other, as the API's
 * service does, and answers the last one's rows as JSON. Started by startBareServer (bench-system.ts),
 * which sends the statements over IPC; tells its port back; stops on "stop".
 */
export interface BareServerStart {
  databaseUrl: string;
  poolSize: number;
  /** Per client, its sequence of requests, each the statements it sends. */
  sequences: Statement[][][];
}

process.once('message', (message) => {
  const { databaseUrl, poolSize, sequences } = message as BareServerStart;
  const pool = new pg.Pool({
    connectionString: databaseUrl,
    max: poolSize,
    application_name: 'klussenbank-bench-bare',
  });
  const answer = async (statements: Statement[], response: http.ServerResponse) => {
    let rows: unknown[] = [];
    for (const { sql, params } of statements) rows = (await pool.query(sql, params)).rows;
    const body = JSON.stringify({ items: rows });
    response.writeHead(200, {
      'content-type': 'application/json',
      'content-length': Buffer.byteLength(body),
    });
    response.end(body);
  };
  const server = http.createServer((request, response) => {
    const [, client, n] = (request.url ?? '').split('/');
    const sequence = sequences[Number(client)];
    const statements = sequence?.[Number(n) % sequence.length];
    if (!statements) {
      response.writeHead(404).end();
      return;
    }
    answer(statements, response).catch((error: Error) => {
      response.writeHead(500, { 'content-type': 'text/plain' }).end(error.message);
    });
  });
  // As the API's Fastify: keep-alive connections outlive the benchmark's pauses.
  server.keepAliveTimeout = 72_000;
  server.listen(0, '127.0.0.1', () => {
    process.send?.({ port: (server.address() as AddressInfo).port });
  });
  process.on('message', (stop) => {
    if (stop !== 'stop') return;
    server.close();
    server.closeAllConnections();
    void pool.end().finally(() => {
      process.disconnect?.();
      process.exit(0);
    });
  });
});
