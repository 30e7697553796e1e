import { type ReactNode, useCallback, useEffect, useMemo, useState } from 'react';
import { ApiError, onUnauthorized } from '../../api/client';
import { keepDraftsUntilSignedIn, stopKeepingDrafts } from '../../shared/useFormDraft';
import { type Credentials, fetchMe, login, logout } from './auth-api';
import { type Session, SessionContext, type SessionState } from './session-context';

const isUnauthenticated = (error: unknown) => error instanceof ApiError && error.status === 401;

/** Asks the API who is signed in (the session cookie is HttpOnly, so only the API knows). */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<SessionState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    fetchMe(controller.signal).then(
      (me) => {
        if (!controller.signal.aborted) setState({ status: 'signed-in', me });
      },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        setState(
          isUnauthenticated(error) ? { status: 'signed-out', loggedOut: false } : { status: 'error', error },
        );
      },
    );
    return () => controller.abort();
  }, [attempt]);

  // A 401 on any call while signed in: the session has ended elsewhere. Forms keep their drafts and
  // the route guard sends the user to the log-in page, with the way back.
  useEffect(
    () =>
      onUnauthorized(() =>
        setState((current) => {
          if (current.status !== 'signed-in') return current;
          keepDraftsUntilSignedIn();
          return { status: 'signed-out', loggedOut: false, ended: true };
        }),
      ),
    [],
  );

  const retry = useCallback(() => {
    setState({ status: 'loading' });
    setAttempt((n) => n + 1);
  }, []);

  const signIn = useCallback(async (credentials: Credentials) => {
    await login(credentials);
    const me = await fetchMe();
    stopKeepingDrafts();
    setState({ status: 'signed-in', me });
  }, []);

  const signOut = useCallback(async () => {
    try {
      await logout();
    } catch (error) {
      // An expired session is as good as a finished one.
      if (!isUnauthenticated(error)) throw error;
    }
    setState({ status: 'signed-out', loggedOut: true });
  }, []);

  const session = useMemo<Session>(
    () => ({ state, signIn, signOut, retry }),
    [state, signIn, signOut, retry],
  );
  return <SessionContext value={session}>{children}</SessionContext>;
}
