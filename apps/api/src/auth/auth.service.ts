import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { emailDomainOf, mayUsePasswordLogin, normaliseEmail } from '@klussenbank/domain';
import { Repository } from 'typeorm';
import { AuditLog } from '../audit/audit-log.service.js';
import { ProblemException } from '../common/problem/problem.js';
import { OutboxService } from '../notifications/outbox.service.js';
import { UserEntity } from '../users/user.entity.js';
import { LoginThrottleService } from './login-throttle.service.js';
import { PasswordService } from './password.service.js';

@Injectable()
export class AuthService {
  private readonly logger = new Logger(AuthService.name);

  constructor(
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    @Inject(PasswordService) private readonly passwords: PasswordService,
    @Inject(LoginThrottleService) private readonly throttle: LoginThrottleService,
    @Inject(OutboxService) private readonly outbox: OutboxService,
    @Inject(AuditLog) private readonly audit: AuditLog,
  ) {}

  /** The same answer and the same work for an unknown e-mail and a wrong password: no account probing. */
  async validateCredentials(rawEmail: string, password: string, ip: string): Promise<UserEntity> {
    const email = normaliseEmail(rawEmail);
    const attempt = await this.throttle.assertAllowed(email, ip);
    const user = await this.users
      .createQueryBuilder('user')
      .addSelect('user.passwordHash')
      .where('user.email = :email', { email })
      .getOne();
    if (!(await this.passwords.verify(user?.passwordHash ?? null, password)) || !user) {
      const { attackWarningDue } = await this.throttle.recordFailure(email, ip, user?.id ?? null, attempt);
      // Not awaited: the answer must not take longer (or fail) because the account exists.
      if (attackWarningDue && user) void this.warnOfAttack(user.id, ip);
      await this.loginFailed(ip, user ?? null, email, 'invalid-credentials');
      throw new ProblemException(401, 'invalid-credentials');
    }
    await this.throttle.recordSuccess(email, ip);
    // Only someone who knows the password learns that the account is switched off.
    if (user.deactivatedAt) {
      await this.loginFailed(ip, user, email, 'account-deactivated');
      throw ProblemException.forbidden('account-deactivated');
    }
    const [organisation] = await this.users.query<[{ passwordLogin: boolean }]>(
      `SELECT password_login AS "passwordLogin" FROM organisations WHERE id = $1`,
      [user.organisationId],
    );
    if (!mayUsePasswordLogin(user, organisation.passwordLogin)) {
      await this.loginFailed(ip, user, email, 'password-login-disabled');
      throw ProblemException.forbidden('password-login-disabled');
    }
    return user;
  }

  /**
   * A failed password login in the audit log. Nobody proved who they are, so there is no actor; an
   * attempt on an account is the account's organisation's event, one on no account is nobody's and
   * keeps only the address's domain.
   */
  private async loginFailed(
    ip: string,
    user: { id: string; organisationId: string } | null,
    email: string,
    reason: string,
  ): Promise<void> {
    await this.audit.record(
      { id: null, ipAddress: ip },
      user
        ? {
            action: 'login.failed',
            organisationId: user.organisationId,
            object: { type: 'user', id: user.id },
            details: { method: 'password', reason },
          }
        : { action: 'login.failed', organisationId: null, details: { emailDomain: emailDomainOf(email) } },
    );
  }

  /**
   * A signed-in person's current password, asked before they change it, under the login throttle: a
   * wrong one is a failed login of the account from this address and a waiting pair is refused (429),
   * so a stolen session guesses no faster than the login form allows. False: wrong password.
   */
  async verifyCurrentPassword(
    user: { id: string; email: string; passwordHash: string | null },
    password: string,
    ip: string,
  ): Promise<boolean> {
    const email = normaliseEmail(user.email);
    const attempt = await this.throttle.assertAllowed(email, ip);
    if (!(await this.passwords.verify(user.passwordHash, password))) {
      const { attackWarningDue } = await this.throttle.recordFailure(email, ip, user.id, attempt);
      if (attackWarningDue) void this.warnOfAttack(user.id, ip);
      return false;
    }
    await this.throttle.recordSuccess(email, ip);
    return true;
  }

  /**
   * The account holder hears (by e-mail, whatever their rhythm, and in the app) that their account is
   * under attack: once per crossing of the threshold, which the counter allows once per window.
   */
  private async warnOfAttack(userId: string, ip: string): Promise<void> {
    const since = new Date().toISOString();
    try {
      await this.users.manager.transaction((tx) =>
        this.outbox.record(tx, { type: 'login.attacked', userId, since }),
      );
    } catch (error) {
      this.logger.error(
        { err: error, event: 'login.attack-warning-failed', userId, ip },
        'Login throttle: the warning was not recorded',
      );
      return;
    }
    this.logger.warn(
      { event: 'login.attack-warning-recorded', userId, ip },
      'Login throttle: the account holder will be warned by e-mail',
    );
  }
}
