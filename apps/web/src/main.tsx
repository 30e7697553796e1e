import '@fontsource-variable/noto-sans';
import '@utrecht/component-library-css/dist/index.css';
import '@utrecht/design-tokens/dist/theme.css';
import './styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter } from 'react-router';
import { App } from './app/App';
import { routes } from './app/routes';
import { createI18n, DEFAULT_LANGUAGE, loadTexts, storedLanguage } from './i18n/i18n';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

// The page most visits open with starts loading with the shell, not after the session check (the
// lazy route asks for the same module later).
const FIRST_PAGES: Record<string, () => Promise<unknown>> = {
  '/': () => import('./features/home/StartPage'),
  '/klussen': () => import('./features/task-browse/TaskBrowsePage'),
};
void FIRST_PAGES[window.location.pathname]?.().catch(() => undefined);

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
