import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module.js';
import { ProvisioningModule } from '../provisioning/provisioning.module.js';
import { UsersModule } from '../users/users.module.js';
import { PeopleImportController } from './people-import.controller.js';
import { PeopleImportRepository } from './people-import.repository.js';
import { PeopleImportService } from './people-import.service.js';

/** The CSV import of an organisation's people (preview and apply). */
@Module({
  imports: [AuthModule, UsersModule, ProvisioningModule],
  controllers: [PeopleImportController],
  providers: [PeopleImportService, PeopleImportRepository],
})
export class PeopleImportModule {}
