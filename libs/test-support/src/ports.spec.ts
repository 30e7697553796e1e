import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { holdPort, listenOnFreePort, startOnFreePort } from './ports.js';

/** 'bound', or the error code the listen failed with. */
function tryListen(port: number): Promise<string> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? error.message));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve('bound')));
  });
}

describe(holdPort.name, () => {
  it('keeps the port taken until it is released', async () => {
    const held = await holdPort();
    expect(await tryListen(held.port)).toBe('EADDRINUSE');
    await held.release();
    expect(await tryListen(held.port)).toBe('bound');
  });
});

describe(startOnFreePort.name, () => {
  it('tries a fresh port when the first one was taken in the meantime', async () => {
    const tried: number[] = [];
    const result = await startOnFreePort((port) => {
      tried.push(port);
      if (tried.length === 1)
        return Promise.reject(new Error(`listen EADDRINUSE: address already in use 127.0.0.1:${port}`));
      return Promise.resolve(port);
    });
    expect(tried).toHaveLength(2);
    expect(result).toBe(tried[1]);
  });

  it('passes other start-up errors on at once', async () => {
    let calls = 0;
    await expect(
      startOnFreePort(() => {
        calls++;
        return Promise.reject(new Error('initdb failed'));
      }),
    ).rejects.toThrow('initdb failed');
    expect(calls).toBe(1);
  });
});

describe(listenOnFreePort.name, () => {
  it('binds to port 0 and reports the port the kernel gave', async () => {
    const server = createServer();
    const port = await listenOnFreePort(server, () => server.address());
    expect(port).toBeGreaterThan(0);
    expect(await tryListen(port)).toBe('EADDRINUSE');
    await new Promise((done) => server.close(done));
  });
});
