import swc from 'unplugin-swc';
import { defaultServerConditions } from 'vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // swc keeps Nest's decorator metadata, which esbuild would drop.
  plugins: [swc.vite({ module: { type: 'es6' } })],
  // Workspace libs from their TypeScript source, in the tests and in the global setup (__vitest__).
  ssr: { resolve: { conditions: ['source', ...defaultServerConditions] } },
  environments: {
    __vitest__: {
      resolve: {
        conditions: ['source', ...defaultServerConditions],
        noExternal: ['@klussenbank/test-support'],
      },
    },
  },
  test: {
    root: import.meta.dirname,
    include: ['src/**/*.spec.ts', 'test/**/*.spec.ts'],
    globalSetup: ['test/support/global-setup.ts'],
    env: { TZ: 'UTC' },
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // expect.poll waits for what a worker does in the background; a loaded machine needs seconds.
    expect: { poll: { timeout: 15_000 } },
    // Each file gets its own database and Redis prefix, so files can run side by side.
    pool: 'forks',
    maxWorkers: 2,
  },
});
