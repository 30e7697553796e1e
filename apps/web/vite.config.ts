import react from '@vitejs/plugin-react';
import { defaultClientConditions, type Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

const api = 'http://localhost:3000';

/**
 * The NL Design System React packages assign `Component.displayName = '…'` at module level. The
 * bundler must treat those writes as side effects, so every component of the library (tables,
 * accordions, drawers…) ended up in the bundle. The names only serve React DevTools; dropping them
 * in production builds lets tree-shaking keep just the components we use. Some of the packages
 * also call React's forwardRef without a pure annotation; it has no side effects either.
 */
function treeShakeUtrechtComponents(): Plugin {
  const displayName = /^\w+\.displayName = '\w+';$/gm;
  return {
    name: 'klussenbank:tree-shake-utrecht-components',
    apply: 'build',
    transform: {
      filter: { id: /[\\/]@utrecht[\\/][\w-]+-react[\\/]dist[\\/]index\.mjs$/ },
      handler: (code) => ({ code: code.replace(displayName, ''), map: null }),
    },
  };
}

export default defineConfig({
  root: import.meta.dirname,
  plugins: [react(), treeShakeUtrechtComponents()],
  // The workspace lib is consumed from its TypeScript source, never from a stale build.
  resolve: { conditions: ['source', ...defaultClientConditions] },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    rolldownOptions: { treeshake: { manualPureFunctions: ['forwardRef'] } },
  },
  server: { proxy: { '/api': api, '/health': api } },
  preview: { proxy: { '/api': api, '/health': api } },
  test: {
    environment: 'jsdom',
    setupFiles: ['./src/test-setup.ts'],
    include: ['src/**/*.spec.{ts,tsx}'],
    env: { TZ: 'UTC' },
    // Room for findBy…/waitFor's 10 s (see src/test-setup.ts) on a loaded machine.
    testTimeout: 30_000,
  },
});
