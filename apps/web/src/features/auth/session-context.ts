import { createContext } from 'react';
import type { Credentials, Me } from './auth-api';

export type SessionState =
  | { status: 'loading' }
  /**
   * `loggedOut`: the user just pressed "Uitloggen", as opposed to never having signed in.
   * `ended`: the API refused a call of a signed-in page (expired, or logged out in another tab).
   */
  | { status: 'signed-out'; loggedOut: boolean; ended?: boolean }
  | { status: 'signed-in'; me: Me }
  | { status: 'error'; error: unknown };

export interface Session {
  state: SessionState;
  /** Rejects with an ApiError when the API refuses; on success the state is `signed-in`. */
  signIn: (credentials: Credentials) => Promise<void>;
  signOut: () => Promise<void>;
  retry: () => void;
}

export const SessionContext = createContext<Session | null>(null);
