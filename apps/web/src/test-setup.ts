import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, vi } from 'vitest';
import { clearCookies } from './test-utils';

// findBy…/waitFor wait for what the page does next; on a loaded machine (CI with 2 cores) that can take
// seconds, so they wait up to 10 s instead of Testing Library's 1 s. A passing check returns at once.
configure({ asyncUtilTimeout: 10_000 });

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  localStorage.clear();
  sessionStorage.clear();
  clearCookies();
  document.title = '';
});
