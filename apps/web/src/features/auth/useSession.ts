import { use } from 'react';
import { type Session, SessionContext } from './session-context';

export function useSession(): Session {
  const session = use(SessionContext);
  if (!session) throw new Error('useSession must be used inside <SessionProvider>');
  return session;
}
