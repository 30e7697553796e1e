import { type CanActivate, type ExecutionContext, Inject, Injectable, Logger } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard } from '@nestjs/passport';
import { ProblemException } from '../common/problem/problem.js';
import type { AuthUser } from './auth-user.js';
import { type Access, ACCESS_KEY } from './auth.decorators.js';

class SessionAuthGuard extends AuthGuard('session') {
  override handleRequest<TUser>(error: unknown, user: TUser | false): TUser {
    if (error instanceof Error) throw error;
    if (error) throw new Error('Authentication failed');
    if (!user) {
      throw new ProblemException(401, 'unauthenticated');
    }
    return user;
  }
}

/**
 * The global guard: a route without `@Public()` or `@Authenticated()` is refused, so a forgotten
 * decorator closes a route instead of opening it.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  private readonly logger = new Logger(AccessGuard.name);
  private readonly session = new SessionAuthGuard();

  constructor(@Inject(Reflector) private readonly reflector: Reflector) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const access = this.reflector.getAllAndOverride<Access | undefined>(ACCESS_KEY, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (!access) {
      this.logger.error(
        `Route ${context.getClass().name}.${context.getHandler().name} has no access decorator`,
      );
      throw ProblemException.forbidden('forbidden.route-not-released');
    }
    if (access.public) return true;
    await this.session.canActivate(context);
    const user = context.switchToHttp().getRequest<{ user: AuthUser }>().user;
    if (access.roles.length > 0 && !access.roles.some((role) => user.roles.includes(role))) {
      throw ProblemException.forbidden();
    }
    return true;
  }
}
