import { Navigate, Outlet, useLocation } from 'react-router';
import { SessionErrorPage } from '../features/auth/SessionErrorPage';
import { LOGIN_PATH, loginUrl } from '../features/auth/return-path';
import { useSession } from '../features/auth/useSession';
import { AppShell } from '../features/shell/AppShell';
import { LoadingState } from '../shared/LoadingState';
import { PublicLayout } from '../features/shell/PublicLayout';

/**
 * Layout route for everything but the log-in page. `required`: visitors without a session go to
 * the log-in page (and come back afterwards); otherwise (the 404 page) they get the public frame.
 */
export function SessionGate({ required }: { required: boolean }) {
  const { state, retry } = useSession();
  const location = useLocation();

  switch (state.status) {
    case 'loading':
      return (
        <PublicLayout>
          <LoadingState />
        </PublicLayout>
      );
    case 'error':
      return (
        <PublicLayout>
          <SessionErrorPage onRetry={retry} />
        </PublicLayout>
      );
    case 'signed-out': {
      if (!required)
        return (
          <PublicLayout>
            <Outlet />
          </PublicLayout>
        );
      // After "Uitloggen" there is nothing to come back to.
      const from = state.loggedOut ? undefined : `${location.pathname}${location.search}${location.hash}`;
      // A session that ended halfway shows its way back in the address, so a reload keeps it.
      return (
        <Navigate
          to={from && state.ended ? loginUrl(from) : LOGIN_PATH}
          replace
          state={from ? { from } : undefined}
        />
      );
    }
    case 'signed-in':
      return (
        <AppShell me={state.me}>
          <Outlet />
        </AppShell>
      );
  }
}
