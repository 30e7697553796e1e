import { createServer, type Server } from 'node:net';

/**
 * A port taken by a placeholder listener until the server that needs it is about to bind. Picking
 * a port and closing it at once (the old `freePort()`) left it free for any other process on the
 * machine until our server started; holding it shrinks that window to the moment of `release()`.
 * A server that can listen on port 0 and report its port needs none of this: prefer that.
 */
export interface HeldPort {
  readonly port: number;
  /** Closes the placeholder; call it right before the real server binds. */
  release(): Promise<void>;
}

export function holdPort(host = '127.0.0.1'): Promise<HeldPort> {
  return new Promise((resolve, reject) => {
    const server: Server = createServer();
    server.once('error', reject);
    server.listen(0, host, () => {
      const { port } = server.address() as { port: number };
      let released: Promise<void> | undefined;
      resolve({
        port,
        release: () =>
          (released ??= new Promise<void>((done, fail) =>
            server.close((error) => (error ? fail(error) : done())),
          )),
      });
    });
  });
}

const ADDRESS_IN_USE = /EADDRINUSE|address already in use|could not bind|port .* (taken|in use)/i;

/**
 * Starts a server that cannot report a port of its own choosing (PostgreSQL, redis-server, a child
 * process): holds a free port, releases it just before `start`, and tries a fresh port when
 * another process took it in that moment anyway.
 */
export async function startOnFreePort<T>(start: (port: number) => Promise<T>, attempts = 3): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    const held = await holdPort();
    await held.release();
    try {
      return await start(held.port);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      if (attempt >= attempts || !ADDRESS_IN_USE.test(message)) throw error;
    }
  }
}

/** Listens on port 0 (the kernel picks a free port, no race) and returns the port it got. */
export function listenOnFreePort(
  server: { listen(port: number, host: string, done: () => void): unknown },
  address: () => unknown,
  host = '127.0.0.1',
): Promise<number> {
  return new Promise((resolve) => {
    server.listen(0, host, () => resolve((address() as { port: number }).port));
  });
}
