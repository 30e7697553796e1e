import '@utrecht/component-library-css/dist/index.css';
import '@utrecht/design-tokens/dist/theme.css';
import './styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter } from 'react-router';
import { App } from './app/App';
import { routes } from './app/routes';
import { LOGIN_PATH } from './features/auth/return-path';
import { createI18n, DEFAULT_LANGUAGE, loadTexts, storedLanguage } from './i18n/i18n';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

// The page most visits open with starts loading with the shell, not after the session check (the
// lazy route asks for the same module later); Klussen asks for its results at once too.
const FIRST_PAGES: Record<string, () => Promise<unknown>> = {
  '/': () => import('./features/home/StartPage'),
  [LOGIN_PATH]: () => import('./features/auth/LoginPage'),
  '/klussen': () =>
    // The results' chunk first: on a slow line the page's chunks queue, and the request for the
    // results should not wait behind them (docs/web-performance.md).
    Promise.all([
      import('./features/task-browse/first-results').then(({ prefetchFirstResults }) =>
        prefetchFirstResults(window.location.search),
      ),
      import('./features/task-browse/TaskBrowsePage'),
    ]),
};
const firstPage = FIRST_PAGES[window.location.pathname]?.() ?? Promise.resolve();

const language = storedLanguage();
const start = () =>
  createRoot(root).render(
    <StrictMode>
      <App router={createBrowserRouter(routes)} i18n={createI18n(language)} />
    </StrictMode>,
  );
// The first load carries the Dutch texts of the shell only: an English reader waits for the English
// texts (and sees the Dutch ones should they not load).
if (language === DEFAULT_LANGUAGE) start();
else void loadTexts(language).then(start, start);

// The font comes after what the first page needs (texts, its chunk), not in competition with it.
void Promise.allSettled([loadTexts(language), firstPage]).then(() => import('./fonts'));
