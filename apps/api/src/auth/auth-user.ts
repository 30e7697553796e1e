import type { Actor, Role } from '@klussenbank/domain';

/** Who is making this request, as the guard attached it to `request.user`. */
export interface AuthUser extends Actor {
  readonly id: string;
  readonly organisationId: string;
  readonly roles: readonly Role[];
  readonly sessionId: string;
  /** Cookie sessions need a CSRF token on writes; bearer tokens are not sent by browsers on their own. */
  readonly via: 'bearer' | 'cookie';
}
