import { defaultServerConditions } from 'vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Workspace libs (test-support) are consumed from their TypeScript source.
  ssr: { resolve: { conditions: ['source', ...defaultServerConditions] } },
  // The global setup is loaded outside the ssr environment; it needs the same condition.
  resolve: { conditions: ['source', ...defaultServerConditions] },
  test: {
    root: import.meta.dirname,
    include: ['e2e/**/*.spec.ts', 'deployment/**/*.spec.ts'],
    env: { TZ: 'UTC' },
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Each file starts the whole system once; one at a time keeps a 2-core machine responsive.
    fileParallelism: false,
  },
});
