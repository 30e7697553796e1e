import { request } from 'node:http';
import { checkAgainstContract } from './openapi-contract.js';

export interface EventStream {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  /** The data of the next event of this name (JSON), waiting for it if need be. */
  next(event: string, timeoutMs?: number): Promise<unknown>;
  /** Everything received so far, comments included. */
  raw(): string;
  /** Settles when the server ends the stream (or the connection drops). */
  ended: Promise<void>;
  close(): void;
}

/** A Server-Sent Events client over a plain HTTP connection of its own (no pooling), like a browser's. */
export function openEventStream(url: string, token: string): Promise<EventStream> {
  return new Promise((resolve, reject) => {
    const req = request(url, {
      agent: false,
      headers: { authorization: `Bearer ${token}`, accept: 'text/event-stream' },
    });
    req.on('error', reject);
    req.on('response', (res) => {
      // The stream never ends, so only its status and content type are checked against the document.
      if (res.statusCode === 200) {
        try {
          checkAgainstContract({
            method: 'GET',
            path: new URL(url).pathname,
            status: 200,
            contentType: res.headers['content-type'] ?? null,
            text: '',
          });
        } catch (error) {
          res.destroy();
          reject(error instanceof Error ? error : new Error(String(error)));
          return;
        }
      }
      res.setEncoding('utf8');
      const ended = new Promise<void>((done) => res.once('close', () => done()));
      let buffer = '';
      let received = '';
      const events: { event: string; data: string }[] = [];
      const waiters = new Set<() => void>();
      res.on('data', (chunk: string) => {
        received += chunk;
        buffer += chunk;
        let end;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const event = /^event: (.*)$/m.exec(block)?.[1];
          const data = /^data: (.*)$/m.exec(block)?.[1];
          if (event && data !== undefined) events.push({ event, data });
        }
        for (const wake of waiters) wake();
      });
      resolve({
        status: res.statusCode ?? 0,
        headers: res.headers,
        raw: () => received,
        ended,
        next: (event, timeoutMs = 15_000) =>
          new Promise((found, fail) => {
            const look = () => {
              const index = events.findIndex((e) => e.event === event);
              if (index < 0) return false;
              const [hit] = events.splice(index, 1);
              waiters.delete(look);
              clearTimeout(timer);
              found(JSON.parse(hit.data));
              return true;
            };
            const timer = setTimeout(() => {
              waiters.delete(look);
              fail(new Error(`No "${event}" event within ${timeoutMs} ms; received: ${received}`));
            }, timeoutMs);
            if (!look()) waiters.add(look);
          }),
        close: () => req.destroy(),
      });
    });
    req.end();
  });
}
