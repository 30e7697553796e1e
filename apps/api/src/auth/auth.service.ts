import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { normaliseEmail } from '@klussenbank/domain';
import { Repository } from 'typeorm';
import { ProblemException } from '../common/problem/problem.js';
import { UserEntity } from '../users/user.entity.js';
import { LoginThrottleService } from './login-throttle.service.js';
import { PasswordService } from './password.service.js';

@Injectable()
export class AuthService {
  constructor(
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    @Inject(PasswordService) private readonly passwords: PasswordService,
    @Inject(LoginThrottleService) private readonly throttle: LoginThrottleService,
  ) {}

  /** The same answer and the same work for an unknown e-mail and a wrong password: no account probing. */
  async validateCredentials(rawEmail: string, password: string, ip: string): Promise<UserEntity> {
    const email = normaliseEmail(rawEmail);
    await this.throttle.assertAllowed(email, ip);
    const user = await this.users
      .createQueryBuilder('user')
      .addSelect('user.passwordHash')
      .where('user.email = :email', { email })
      .getOne();
    if (!(await this.passwords.verify(user?.passwordHash ?? null, password)) || !user) {
      await this.throttle.recordFailure(email, ip);
      throw new ProblemException(401, 'invalid-credentials');
    }
    await this.throttle.recordSuccess(email);
    return user;
  }
}
