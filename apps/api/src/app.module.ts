import { type DynamicModule, Module, type Type } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from './audit/audit.module.js';
import { AuditEventsModule } from './audit/audit-events.module.js';
import { AuthModule } from './auth/auth.module.js';
import { CalendarModule } from './calendar/calendar.module.js';
import { ClaimsModule } from './claims/claims.module.js';
import { RedisModule } from './common/redis/redis.module.js';
import type { AppConfig } from './config/app-config.js';
import { ConfigModule } from './config/config.module.js';
import { dataSourceOptions } from './database/data-source-options.js';
import { DossiersModule } from './dossiers/dossiers.module.js';
import { EvaluationsModule } from './evaluations/evaluations.module.js';
import { HealthController } from './health/health.controller.js';
import { HourCapsModule } from './hour-caps/hour-caps.module.js';
import { MetricsModule } from './metrics/metrics.module.js';
import { LedgerModule } from './ledger/ledger.module.js';
import { NotificationsModule } from './notifications/notifications.module.js';
import { OrganisationsModule } from './organisations/organisations.module.js';
import { PartnershipsModule } from './partnerships/partnerships.module.js';
import { PeopleImportModule } from './people-import/people-import.module.js';
import { PrivacyModule } from './privacy/privacy.module.js';
import { ProfilesModule } from './profiles/profiles.module.js';
import { QueueModule } from './queue/queue.module.js';
import { ReportsModule } from './reports/reports.module.js';
import { ScimModule } from './scim/scim.module.js';
import { SkillsModule } from './skills/skills.module.js';
import { SsoModule } from './sso/sso.module.js';
import { SuccessesModule } from './successes/successes.module.js';
import { TasksModule } from './tasks/tasks.module.js';
import { UsersModule } from './users/users.module.js';

@Module({})
export class AppModule {
  /** `extraModules` lets tests mount a module of their own (e.g. a route that fails on purpose). */
  static forRoot(config: AppConfig, extraModules: (Type | DynamicModule)[] = []): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        TypeOrmModule.forRoot(dataSourceOptions(config.DATABASE_URL)),
        RedisModule,
        MetricsModule,
        QueueModule,
        AuditModule,
        AuditEventsModule,
        AuthModule,
        SsoModule,
        OrganisationsModule,
        PartnershipsModule,
        PrivacyModule,
        UsersModule,
        PeopleImportModule,
        ScimModule,
        NotificationsModule,
        TasksModule,
        ClaimsModule,
        SkillsModule,
        ProfilesModule,
        DossiersModule,
        LedgerModule,
        HourCapsModule,
        EvaluationsModule,
        CalendarModule,
        SuccessesModule,
        ReportsModule,
        ...extraModules,
      ],
      controllers: [HealthController],
    };
  }
}
