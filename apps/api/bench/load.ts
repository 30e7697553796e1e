import http from 'node:http';

/** What one timed run measured. Latencies in milliseconds, of requests that ended inside the window. */
export interface RunResult {
  kind: string;
  round: number;
  seconds: number;
  count: number;
  errors: number;
  latencies: Float64Array;
  labels: string[];
  rps: number;
}

export interface LoadOptions {
  concurrency: number;
  warmupMs: number;
  durationMs: number;
}

/** Called when the timed window opens and when it closes (a CPU meter, for instance). */
export interface WindowHooks {
  opened(): void;
  closed(): void;
}

/** One client: runs request number `i` of its own sequence and says which mix entry it was. */
export type Client = (i: number) => Promise<string>;

/**
 * Closed loop: `concurrency` clients each send their next request as soon as the previous one is
 * answered, for warm-up + duration. Only requests that end inside the timed window count.
 */
export async function drive(
  kind: string,
  round: number,
  options: LoadOptions,
  makeClient: (worker: number) => Client,
  hooks?: WindowHooks,
): Promise<RunResult> {
  const start = performance.now();
  const windowStart = start + options.warmupMs;
  const windowEnd = windowStart + options.durationMs;
  let closed = false;
  const close = () => {
    if (closed) return;
    closed = true;
    hooks?.closed();
  };
  const opening = hooks && setTimeout(() => hooks.opened(), options.warmupMs);
  const closing = hooks && setTimeout(close, options.warmupMs + options.durationMs);
  const latencies: number[] = [];
  const labels: string[] = [];
  let errors = 0;
  let firstError: unknown;

  const worker = async (w: number) => {
    const client = makeClient(w);
    for (let i = 0; performance.now() < windowEnd; i++) {
      const sent = performance.now();
      try {
        const label = await client(i);
        const done = performance.now();
        if (done >= windowStart && done <= windowEnd) {
          latencies.push(done - sent);
          labels.push(label);
        }
      } catch (error) {
        errors++;
        firstError ??= error;
        if (errors > 100)
          throw new Error(`${kind}: more than 100 failed requests; first: ${String(firstError)}`);
      }
    }
  };
  try {
    await Promise.all(Array.from({ length: options.concurrency }, (_, w) => worker(w)));
  } finally {
    clearTimeout(opening);
    clearTimeout(closing);
  }
  close(); // the last answers may come in before the timer's turn
  const seconds = options.durationMs / 1000;
  if (errors > 0) console.warn(`  ${kind}: ${errors} failed requests; first: ${String(firstError)}`);
  return {
    kind,
    round,
    seconds,
    count: latencies.length,
    errors,
    latencies: Float64Array.from(latencies),
    labels,
    rps: latencies.length / seconds,
  };
}

export function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index] ?? Number.NaN;
}

export function sortedCopy(values: ArrayLike<number>): Float64Array {
  return Float64Array.from(values).sort();
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? Number.NaN) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** A GET over a keep-alive agent that reads the whole body; rejects on anything but 200. */
export function httpGet(
  agent: http.Agent,
  port: number,
  path: string,
  headers: Record<string, string>,
): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const request = http.request({ host: '127.0.0.1', port, path, agent, headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('error', reject);
      response.on('end', () => {
        const body = Buffer.concat(chunks);
        if (response.statusCode === 200) resolve(body);
        else reject(new Error(`GET ${path}: ${response.statusCode} ${body.toString().slice(0, 300)}`));
      });
    });
    request.on('error', reject);
    request.end();
  });
}

export function httpPost(
  port: number,
  path: string,
  body: unknown,
): Promise<{ status: number; json: unknown }> {
  return new Promise((resolve, reject) => {
    const payload = JSON.stringify(body);
    const request = http.request(
      {
        host: '127.0.0.1',
        port,
        path,
        method: 'POST',
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('error', reject);
        response.on('end', () => {
          const text = Buffer.concat(chunks).toString();
          resolve({ status: response.statusCode ?? 0, json: text ? (JSON.parse(text) as unknown) : null });
        });
      },
    );
    request.on('error', reject);
    request.end(payload);
  });
}
