import '@utrecht/component-library-css/dist/index.css';
import '@utrecht/design-tokens/dist/theme.css';
import './styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter } from 'react-router';
import { App } from './app/App';
import { routes } from './app/routes';
import { LOGIN_PATH } from './features/auth/return-path';
import {
  allTextsLoaded,
  createI18n,
  DEFAULT_LANGUAGE,
  loadGroupTexts,
  loadTexts,
  storedLanguage,
} from './i18n/i18n';
import type { TextGroup } from './i18n/text-groups';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

const language = storedLanguage();

// The page most visits open with starts loading with the shell, not after the session check (the
// lazy route asks for the same module later), with its group of texts; Klussen asks for its results
// at once too.
const FIRST_PAGES: Record<string, { group: TextGroup; load: () => Promise<unknown> }> = {
  '/': { group: 'start', load: () => import('./features/home/StartPage') },
  [LOGIN_PATH]: { group: 'login', load: () => import('./features/auth/LoginPage') },
  '/klussen': {
    group: 'browse',
    load: () =>
      // The results' chunk first: on a slow line the page's chunks queue, and the request for the
      // results should not wait behind them (docs/web-performance.md).
      Promise.all([
        import('./features/task-browse/first-results').then(({ prefetchFirstResults }) =>
          prefetchFirstResults(window.location.search),
        ),
        import('./features/task-browse/TaskBrowsePage'),
      ]),
  },
};
const first = FIRST_PAGES[window.location.pathname];
// The core texts are Dutch: a reader of another language waits for all of theirs anyway.
const firstPage = Promise.all([
  first?.load(),
  first && language === DEFAULT_LANGUAGE ? loadGroupTexts(language, first.group) : loadTexts(language),
]);

const start = () => {
  const i18n = createI18n(language);
  createRoot(root).render(
    <StrictMode>
      <App router={createBrowserRouter(routes)} i18n={i18n} />
    </StrictMode>,
  );
  return i18n;
};
// The first load carries the Dutch texts of the shell only: an English reader waits for the English
// texts (and sees the Dutch ones should they not load).
const started =
  language === DEFAULT_LANGUAGE ? Promise.resolve(start()) : loadTexts(language).then(start, start);

// The font comes after what the first page needs (texts, its chunk), not in competition with it; then
// all texts, for the pages that follow.
void Promise.all([started, firstPage.catch(() => undefined)])
  .then(([i18n]) => import('./fonts').finally(() => allTextsLoaded(i18n)))
  .catch(() => undefined);
