import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { PassportModule } from '@nestjs/passport';
import { TypeOrmModule } from '@nestjs/typeorm';
import { UserEntity } from '../users/user.entity.js';
import { AccessGuard } from './access.guard.js';
import { AuthController } from './auth.controller.js';
import { AuthService } from './auth.service.js';
import { LocalAuthStrategy } from './local.auth.strategy.js';
import { LoginThrottleService } from './login-throttle.service.js';
import { PasswordService } from './password.service.js';
import { SessionAuthStrategy } from './session.auth.strategy.js';
import { SessionEntity } from './session.entity.js';
import { SessionCache } from './session-cache.js';
import { SessionService } from './session.service.js';
import { SessionListService } from './session-list.service.js';
import { SessionsController } from './sessions.controller.js';
import { SessionsRepository } from './sessions.repository.js';

@Module({
  imports: [PassportModule, TypeOrmModule.forFeature([SessionEntity, UserEntity])],
  controllers: [AuthController, SessionsController],
  providers: [
    AuthService,
    PasswordService,
    LoginThrottleService,
    SessionService,
    SessionCache,
    SessionsRepository,
    SessionListService,
    LocalAuthStrategy,
    SessionAuthStrategy,
    { provide: APP_GUARD, useClass: AccessGuard },
  ],
  exports: [AuthService, PasswordService, SessionService, SessionCache],
})
export class AuthModule {}
