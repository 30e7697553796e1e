import type { i18n as I18n } from 'i18next';
import { I18nextProvider } from 'react-i18next';
import { type createBrowserRouter, RouterProvider } from 'react-router';
import { SessionProvider } from '../features/auth/SessionProvider';

type Router = ReturnType<typeof createBrowserRouter>;

/** Providers around the router; main.tsx passes the browser router, tests a memory router. */
export function App({ router, i18n }: { router: Router; i18n: I18n }) {
  return (
    <I18nextProvider i18n={i18n}>
      <SessionProvider>
        <RouterProvider router={router} />
      </SessionProvider>
    </I18nextProvider>
  );
}
