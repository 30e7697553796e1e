import 'reflect-metadata';
import { loadConfig } from '../src/config/app-config.js';
import { createApp } from '../src/create-app.js';

/**
 * The API under test, in its own process (its own event loop, as in production), started by
 * search.bench.ts with the configuration in the environment. Tells its port over IPC; stops on "stop";
 * on "heap" answers with its heap in use after a full garbage collection (the leak check of the
 * sustained load: resident memory alone also grows when V8 merely keeps more room).
 */
const config = loadConfig(process.env);
const app = await createApp(config);
await app.listen({ port: 0, host: '127.0.0.1' });
const { port } = app.getHttpServer().address() as { port: number };
process.send?.({ port });
process.on('message', (message) => {
  if (message === 'heap') {
    // The live heap: what survives a full collection (the process runs with --expose-gc).
    globalThis.gc?.();
    process.send?.({ heapUsed: process.memoryUsage().heapUsed });
    return;
  }
  if (message !== 'stop') return;
  void app.close().finally(() => {
    process.disconnect?.();
    process.exit(0);
  });
});
