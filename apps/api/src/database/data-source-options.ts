import pg from 'pg';
import type { DataSourceOptions } from 'typeorm';
import { SessionEntity } from '../auth/session.entity.js';
import { DeliveryEntity } from '../notifications/delivery.entity.js';
import { NotificationPreferenceEntity } from '../notifications/notification-preference.entity.js';
import { NotificationEntity } from '../notifications/notification.entity.js';
import { OutboxEntity } from '../notifications/outbox.entity.js';
import { OrganisationEntity } from '../organisations/organisation.entity.js';
import { UserEntity } from '../users/user.entity.js';
import { Foundation1763900000000 } from './migrations/1763900000000-foundation.migration.js';
import { Tasks1763910000000 } from './migrations/1763910000000-tasks.migration.js';
import { SearchIndexes1763920000000 } from './migrations/1763920000000-search-indexes.migration.js';
import { Skills1763930000000 } from './migrations/1763930000000-skills.migration.js';
import { Notifications1763940000000 } from './migrations/1763940000000-notifications.migration.js';
import { Profiles1763950000000 } from './migrations/1763950000000-profiles.migration.js';
import { TaskSkillsTaxonomy1763960000000 } from './migrations/1763960000000-task-skills-taxonomy.migration.js';
import { DeliveryUncertain1763963000000 } from './migrations/1763963000000-delivery-uncertain.migration.js';
import { Dossiers1763970000000 } from './migrations/1763970000000-dossiers.migration.js';
import { SkillsByOrganisation1763980000000 } from './migrations/1763980000000-skills-by-organisation.migration.js';
import { DeliveriesInFlight1763990000000 } from './migrations/1763990000000-deliveries-in-flight.migration.js';
import { OutboxJobKey1763995000000 } from './migrations/1763995000000-outbox-job-key.migration.js';
import { EnglishEnumValues1764010000000 } from './migrations/1764010000000-english-enum-values.migration.js';
import { PasswordLinks1764030000000 } from './migrations/1764030000000-password-links.migration.js';
import { Findable1764040000000 } from './migrations/1764040000000-findable.migration.js';
import { PrivateSkillNames1764050000000 } from './migrations/1764050000000-private-skill-names.migration.js';
import { OrganisationEmailDomains1764060000000 } from './migrations/1764060000000-organisation-email-domains.migration.js';
import { Ledger1764100000000 } from './migrations/1764100000000-ledger.migration.js';
import { LedgerDisputes1764110000000 } from './migrations/1764110000000-ledger-disputes.migration.js';
import { PartnershipHourRate1764120000000 } from './migrations/1764120000000-partnership-hour-rate.migration.js';
import { HourCap1764130000000 } from './migrations/1764130000000-hour-cap.migration.js';
import { Evaluations1764140000000 } from './migrations/1764140000000-evaluations.migration.js';
import { CalendarFeeds1764150000000 } from './migrations/1764150000000-calendar-feeds.migration.js';
import { SearchFields1764160000000 } from './migrations/1764160000000-search-fields.migration.js';
import { UserDeactivation1764170000000 } from './migrations/1764170000000-user-deactivation.migration.js';
import { Successes1764200000000 } from './migrations/1764200000000-successes.migration.js';
import { MirrorFacts1764210000000 } from './migrations/1764210000000-mirror-facts.migration.js';
import { MirrorCoveringLedgerIndexes1764220000000 } from './migrations/1764220000000-mirror-covering-ledger-indexes.migration.js';
import { SingleSignOn1764230000000 } from './migrations/1764230000000-single-sign-on.migration.js';
import { RequestIdsAndMetrics1764240000000 } from './migrations/1764240000000-request-ids-and-metrics.migration.js';
import { AuditLog1764260000000 } from './migrations/1764260000000-audit-log.migration.js';
import { ScimProvisioning1764270000000 } from './migrations/1764270000000-scim-provisioning.migration.js';
import { SessionDevices1764290000000 } from './migrations/1764290000000-session-devices.migration.js';
import { PasswordLoginSetting1764310000000 } from './migrations/1764310000000-password-login-setting.migration.js';
import { SessionChangeNotices1764320000000 } from './migrations/1764320000000-session-change-notices.migration.js';
import { DeactivatedUsersIndex1764330000000 } from './migrations/1764330000000-deactivated-users-index.migration.js';
import { SearchDateFilters1764340000000 } from './migrations/1764340000000-search-date-filters.migration.js';
import { SearchFilterColumns1764350000000 } from './migrations/1764350000000-search-filter-columns.migration.js';
import { SearchClosedKlussen1764360000000 } from './migrations/1764360000000-search-closed-klussen.migration.js';
import { LiveTaskSkills1764370000000 } from './migrations/1764370000000-live-task-skills.migration.js';
import { Privacy1764300000000 } from './migrations/1764300000000-privacy.migration.js';

// A DATE is a calendar day, not a moment: keep it as 'YYYY-MM-DD' instead of a Date at local midnight.
pg.types.setTypeParser(pg.types.builtins.DATE, (value) => value);

export const ENTITIES = [
  OrganisationEntity,
  UserEntity,
  SessionEntity,
  NotificationEntity,
  NotificationPreferenceEntity,
  DeliveryEntity,
  OutboxEntity,
];
export const MIGRATIONS = [
  Foundation1763900000000,
  Tasks1763910000000,
  SearchIndexes1763920000000,
  Skills1763930000000,
  Notifications1763940000000,
  Profiles1763950000000,
  TaskSkillsTaxonomy1763960000000,
  DeliveryUncertain1763963000000,
  Dossiers1763970000000,
  SkillsByOrganisation1763980000000,
  DeliveriesInFlight1763990000000,
  OutboxJobKey1763995000000,
  EnglishEnumValues1764010000000,
  PasswordLinks1764030000000,
  Findable1764040000000,
  PrivateSkillNames1764050000000,
  OrganisationEmailDomains1764060000000,
  Ledger1764100000000,
  LedgerDisputes1764110000000,
  PartnershipHourRate1764120000000,
  HourCap1764130000000,
  Evaluations1764140000000,
  CalendarFeeds1764150000000,
  SearchFields1764160000000,
  UserDeactivation1764170000000,
  Successes1764200000000,
  MirrorFacts1764210000000,
  MirrorCoveringLedgerIndexes1764220000000,
  SingleSignOn1764230000000,
  RequestIdsAndMetrics1764240000000,
  AuditLog1764260000000,
  ScimProvisioning1764270000000,
  SessionDevices1764290000000,
  PasswordLoginSetting1764310000000,
  SessionChangeNotices1764320000000,
  DeactivatedUsersIndex1764330000000,
  Privacy1764300000000,
  SearchDateFilters1764340000000,
  SearchFilterColumns1764350000000,
  SearchClosedKlussen1764360000000,
  LiveTaskSkills1764370000000,
];

/** The one description of the database, used by the API, the worker, the CLI and the tests. */
export function dataSourceOptions(databaseUrl: string): DataSourceOptions {
  return {
    type: 'postgres',
    url: databaseUrl,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    uuidExtension: 'pgcrypto',
    // Failed queries surface as errors; the problem filter logs the unexpected ones with a correlation id.
    logging: false,
    extra: { max: 10, application_name: 'klussenbank' },
  };
}
