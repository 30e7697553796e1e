import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthModule } from '../auth/auth.module.js';
import { Mailer } from '../notifications/mailer.service.js';
import { OrganisationEntity } from '../organisations/organisation.entity.js';
import { ProvisioningModule } from '../provisioning/provisioning.module.js';
import { PasswordLinksRepository } from './password-links.repository.js';
import { PasswordPolicy } from './password-policy.js';
import { PasswordsController } from './passwords.controller.js';
import { PasswordsService } from './passwords.service.js';
import { UserEntity } from './user.entity.js';
import { UsersController } from './users.controller.js';
import { UsersRepository } from './users.repository.js';
import { UsersService } from './users.service.js';

@Module({
  imports: [AuthModule, ProvisioningModule, TypeOrmModule.forFeature([UserEntity, OrganisationEntity])],
  controllers: [UsersController, PasswordsController],
  providers: [
    UsersService,
    UsersRepository,
    PasswordsService,
    PasswordLinksRepository,
    PasswordPolicy,
    Mailer,
  ],
  // The people import mails its invitations through the same link service.
  exports: [PasswordsService],
})
export class UsersModule {}
