import type { Me } from './auth-api';
import { useSession } from './useSession';

/** The signed-in user, for pages behind the session guard. */
export function useMe(): Me {
  const { state } = useSession();
  if (state.status !== 'signed-in') throw new Error('useMe is only for pages behind the session guard');
  return state.me;
}
