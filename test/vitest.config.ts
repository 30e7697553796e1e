import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    root: import.meta.dirname,
    include: ['e2e/**/*.spec.ts'],
    env: { TZ: 'UTC' },
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Each file starts the whole system once; one at a time keeps a 2-core machine responsive.
    fileParallelism: false,
  },
});
