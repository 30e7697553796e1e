import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, vi } from 'vitest';
import en from './i18n/en.json';
import { provideTexts } from './i18n/i18n';
import nl from './i18n/nl.json';
import { clearCookies } from './test-utils';

// Every test renders with all texts at once; the chunk loading of the texts has tests of its own.
provideTexts('nl', nl);
provideTexts('en', en);

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
