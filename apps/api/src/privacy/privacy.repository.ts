import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Role, StatementKind } from '@klussenbank/domain';
import { DataSource, type EntityManager } from 'typeorm';

type Queryable = Pick<EntityManager, 'query'>;

export interface DataExportRow {
  id: string;
  status: 'pending' | 'ready' | 'expired';
  requestedAt: Date;
  readyAt: Date | null;
  expiresAt: Date | null;
  sizeBytes: number | null;
}

export interface ErasureSubject {
  id: string;
  organisationId: string;
  email: string;
  displayName: string;
  roles: Role[];
  passwordHash: string | null;
}

/**
 * Every piece of personal data about one person, section by section: one SQL statement each, read
 * in one snapshot (the service's REPEATABLE READ transaction). Never a secret: no password hash, no
 * token hash, no CSRF token, no calendar or link secret; other people appear by id and, where the
 * person saw it in the app, by name.
 */
const EXPORT_SECTIONS: Record<string, string> = {
  account: `
    SELECT u.id, u.email, u.display_name AS "displayName", u.job_title AS "jobTitle", u.roles, u.locale,
           json_build_object('id', o.id, 'name', o.name) AS organisation,
           CASE WHEN lm.id IS NULL THEN NULL ELSE json_build_object('id', lm.id, 'name', lm.display_name) END
             AS "lineManager",
           u.hour_cap_per_month AS "hourCapPerMonth", u.deactivated_at AS "deactivatedAt",
           u.scim_external_id AS "scimExternalId", u.scim_user_name AS "scimUserName",
           u.scim_deleted_at AS "scimDeletedAt",
           u.password_hash IS NOT NULL AS "hasPassword", u.created_at AS "createdAt", u.updated_at AS "updatedAt"
      FROM users u JOIN organisations o ON o.id = u.organisation_id
      LEFT JOIN users lm ON lm.id = u.line_manager_id
     WHERE u.id = $1`,
  profile: `
    SELECT hours_per_month AS "hoursPerMonth", location_preference AS "locationPreference",
           max_distance_km AS "maxDistanceKm", findable_by_partners AS "findableByPartners", updated_at AS "updatedAt"
      FROM profiles WHERE user_id = $1`,
  skills: `
    SELECT us.skill_id AS "skillId", s.label_nl AS label, us.source, us.level, us.task_id AS "taskId",
           us.confirmed_by AS "confirmedBy", us.created_at AS "createdAt"
      FROM user_skills us JOIN skills s ON s.id = us.skill_id WHERE us.user_id = $1 ORDER BY us.created_at`,
  learningGoals: `
    SELECT lg.skill_id AS "skillId", s.label_nl AS label, lg.created_at AS "createdAt"
      FROM learning_goals lg JOIN skills s ON s.id = lg.skill_id WHERE lg.user_id = $1 ORDER BY lg.created_at`,
  notificationPreferences: `
    SELECT channel, rhythm, updated_at AS "updatedAt" FROM notification_preferences WHERE user_id = $1 ORDER BY channel`,
  claims: `
    SELECT c.id, c.task_id AS "taskId", t.title AS "taskTitle", c.status, c.motivation, c.message,
           c.actual_hours AS "actualHours", c.created_at AS "createdAt", c.updated_at AS "updatedAt"
      FROM claims c JOIN tasks t ON t.id = c.task_id WHERE c.user_id = $1 ORDER BY c.created_at`,
  tasksPosted: `
    SELECT id, organisation_id AS "organisationId", title, description, contact_name AS "contactName",
           contact_email AS "contactEmail", estimated_hours AS "estimatedHours", start_date AS "startDate",
           end_date AS "endDate", location_type AS "locationType", location_municipality AS "locationMunicipality",
           location_address AS "locationAddress", capacity, status, cancel_reason AS "cancelReason",
           created_at AS "createdAt", published_at AS "publishedAt"
      FROM tasks WHERE poster_id = $1 ORDER BY created_at`,
  evaluationsGiven: `
    SELECT id, task_id AS "taskId", subject_id AS "subjectId", score, went_well AS "wentWell",
           could_be_better AS "couldBeBetter", created_at AS "createdAt"
      FROM evaluations WHERE author_id = $1 ORDER BY created_at`,
  evaluationsReceived: `
    SELECT id, task_id AS "taskId", author_id AS "authorId", score, went_well AS "wentWell",
           could_be_better AS "couldBeBetter", created_at AS "createdAt"
      FROM evaluations WHERE subject_id = $1 ORDER BY created_at`,
  evaluationRequests: `
    SELECT task_id AS "taskId", requested_at AS "requestedAt" FROM evaluation_requests WHERE user_id = $1
     ORDER BY requested_at`,
  ledgerEntries: `
    SELECT id, task_id AS "taskId", participant_id AS "participantId", giving_organisation_id AS "givingOrganisationId",
           receiving_organisation_id AS "receivingOrganisationId", hours, entry_date AS "entryDate", kind,
           reverses_id AS "reversesId", reason, created_at AS "createdAt", created_by AS "createdBy"
      FROM ledger_entries WHERE participant_id = $1 OR created_by = $1 ORDER BY created_at, id`,
  ledgerConfirmations: `
    SELECT entry_id AS "entryId", confirmed_at AS "confirmedAt" FROM ledger_confirmations WHERE confirmed_by = $1
     ORDER BY confirmed_at`,
  ledgerDisputes: `
    SELECT id, entry_id AS "entryId", event, hours, note, created_at AS "createdAt"
      FROM ledger_disputes WHERE created_by = $1 ORDER BY created_at`,
  dossierMemberships: `
    SELECT dm.dossier_id AS "dossierId", d.title AS "dossierTitle", dm.role, dm.status, dm.message,
           dm.invited_by AS "invitedBy", dm.created_at AS "createdAt", dm.updated_at AS "updatedAt"
      FROM dossier_members dm JOIN dossiers d ON d.id = dm.dossier_id WHERE dm.user_id = $1 ORDER BY dm.created_at`,
  dossiersCreated: `
    SELECT id, title, goal, description, status, created_at AS "createdAt" FROM dossiers WHERE created_by = $1
     ORDER BY created_at`,
  checkpointsWritten: `
    SELECT id, dossier_id AS "dossierId", title, went_well AS "wentWell", chafed, changes, held_on AS "heldOn"
      FROM dossier_checkpoints WHERE written_by = $1 ORDER BY created_at`,
  successesShared: `
    SELECT id, milestone, task_id AS "taskId", dossier_id AS "dossierId", title, story, created_at AS "createdAt"
      FROM successes WHERE shared_by = $1 ORDER BY created_at`,
  successesNamedIn: `
    SELECT sp.success_id AS "successId", s.title, sp.naming, sp.answered_at AS "answeredAt"
      FROM success_people sp JOIN successes s ON s.id = sp.success_id WHERE sp.user_id = $1 ORDER BY s.created_at`,
  successComments: `
    SELECT id, success_id AS "successId", body, created_at AS "createdAt", hidden_at AS "hiddenAt"
      FROM success_comments WHERE author_id = $1 ORDER BY created_at`,
  applause: `
    SELECT success_id AS "successId", created_at AS "createdAt" FROM success_applause WHERE user_id = $1
     ORDER BY created_at`,
  notifications: `
    SELECT id, type, data, created_at AS "createdAt", read_at AS "readAt"
      FROM notifications WHERE user_id = $1 ORDER BY created_at`,
  emailDeliveries: `
    SELECT id, type, data, rhythm, status, created_at AS "createdAt", sent_at AS "sentAt"
      FROM deliveries WHERE user_id = $1 ORDER BY created_at`,
  sessions: `
    SELECT id, auth_method AS "authMethod", user_agent AS "userAgent", host(ip_address) AS "ipAddress",
           created_at AS "createdAt", last_seen_at AS "lastSeenAt", expires_at AS "expiresAt"
      FROM sessions WHERE user_id = $1 ORDER BY created_at`,
  externalIdentities: `
    SELECT issuer, subject, created_at AS "createdAt", last_login_at AS "lastLoginAt"
      FROM external_identities WHERE user_id = $1 ORDER BY created_at`,
  passwordLinks: `
    SELECT purpose, created_at AS "createdAt", expires_at AS "expiresAt", used_at AS "usedAt"
      FROM password_links WHERE user_id = $1 ORDER BY created_at`,
  calendarFeed: `SELECT created_at AS "createdAt" FROM calendar_feeds WHERE user_id = $1`,
  auditEvents: `
    SELECT id, occurred_at AS "occurredAt", action, actor_id AS "actorId", object_type AS "objectType",
           object_id AS "objectId", host(ip_address) AS "ipAddress", details
      FROM audit_events WHERE actor_id = $1 OR object_id = $1::text ORDER BY occurred_at, id`,
};

/** Sections holding one row (or none) rather than a list. */
const SINGLE = new Set(['account', 'profile', 'calendarFeed']);

/**
 * Columns of other people's records where a person may be named in free text: on erasure their
 * name and e-mail address are replaced there by "oud-medewerker". jsonb columns are searched as
 * their JSON text. The ledger's reasons and notes and the audit log are append-only and not here
 * (docs/privacy.md).
 */
const MENTION_COLUMNS: readonly { table: string; column: string; json?: true }[] = [
  { table: 'tasks', column: 'title' },
  { table: 'tasks', column: 'description' },
  { table: 'tasks', column: 'contact_name' },
  { table: 'tasks', column: 'contact_email' },
  { table: 'tasks', column: 'location_address' },
  { table: 'tasks', column: 'cancel_reason' },
  { table: 'claims', column: 'motivation' },
  { table: 'claims', column: 'message' },
  { table: 'dossiers', column: 'title' },
  { table: 'dossiers', column: 'goal' },
  { table: 'dossiers', column: 'description' },
  { table: 'dossier_members', column: 'message' },
  { table: 'dossier_checkpoints', column: 'title' },
  { table: 'dossier_checkpoints', column: 'went_well' },
  { table: 'dossier_checkpoints', column: 'chafed' },
  { table: 'dossier_checkpoints', column: 'changes' },
  { table: 'dossier_activity', column: 'data', json: true },
  { table: 'evaluations', column: 'went_well' },
  { table: 'evaluations', column: 'could_be_better' },
  { table: 'successes', column: 'title' },
  { table: 'successes', column: 'story' },
  { table: 'successes', column: 'story_html' },
  { table: 'success_comments', column: 'body' },
  { table: 'notifications', column: 'data', json: true },
  { table: 'deliveries', column: 'data', json: true },
  { table: 'deliveries', column: 'last_error' },
  { table: 'outbox', column: 'data', json: true },
];

/** Privacy's SQL: exports, erasure, retention and the organisations' statements. */
@Injectable()
export class PrivacyRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  transaction<T>(work: (tx: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }

  // --- exports -------------------------------------------------------------------------------

  async insertExport(tx: Queryable, userId: string): Promise<string> {
    const [row] = await tx.query<[{ id: string }]>(
      `INSERT INTO data_exports (user_id) VALUES ($1) RETURNING id`,
      [userId],
    );
    return row.id;
  }

  /** The person's exports, newest first (the last 20). */
  exportsOf(userId: string): Promise<DataExportRow[]> {
    return this.db.query<DataExportRow[]>(
      `SELECT id, status, requested_at AS "requestedAt", ready_at AS "readyAt", expires_at AS "expiresAt",
              size_bytes AS "sizeBytes"
         FROM data_exports WHERE user_id = $1 ORDER BY requested_at DESC, id DESC LIMIT 20`,
      [userId],
    );
  }

  /** One export of the person, with its file while it has one. */
  async exportOf(
    userId: string,
    id: string,
  ): Promise<(DataExportRow & { content: Buffer | null }) | undefined> {
    const [row] = await this.db.query<(DataExportRow & { content: Buffer | null })[]>(
      `SELECT id, status, requested_at AS "requestedAt", ready_at AS "readyAt", expires_at AS "expiresAt",
              size_bytes AS "sizeBytes", content
         FROM data_exports WHERE id = $1 AND user_id = $2`,
      [id, userId],
    );
    return row;
  }

  /** The export's row, locked, while it still waits for its file. */
  async lockPendingExport(tx: Queryable, id: string): Promise<{ userId: string } | undefined> {
    const [row] = await tx.query<{ userId: string }[]>(
      `SELECT user_id AS "userId" FROM data_exports WHERE id = $1 AND status = 'pending' FOR UPDATE`,
      [id],
    );
    return row;
  }

  async storeExport(tx: Queryable, id: string, content: Buffer, expiresAt: Date): Promise<void> {
    await tx.query(
      `UPDATE data_exports SET status = 'ready', content = $2, size_bytes = $3, ready_at = now(), expires_at = $4
        WHERE id = $1`,
      [id, content, content.length, expiresAt],
    );
  }

  /** Every section of the person's data, read in the caller's (read-only, repeatable-read) transaction. */
  async collect(tx: Queryable, userId: string): Promise<Record<string, unknown>> {
    const result: Record<string, unknown> = {};
    for (const [section, sql] of Object.entries(EXPORT_SECTIONS)) {
      const rows = await tx.query<unknown[]>(sql, [userId]);
      result[section] = SINGLE.has(section) ? (rows[0] ?? null) : rows;
    }
    return result;
  }

  // --- erasure -------------------------------------------------------------------------------

  /** The person as they are now (no lock): to check their confirmation before the erasure starts. */
  async subject(userId: string): Promise<ErasureSubject | undefined> {
    const [row] = await this.db.query<ErasureSubject[]>(
      `SELECT id, organisation_id AS "organisationId", email, display_name AS "displayName", roles,
              password_hash AS "passwordHash"
         FROM users WHERE id = $1`,
      [userId],
    );
    return row;
  }

  /** The person, their row locked (and their organisation's, so two erasures of its last admins queue). */
  async lockSubject(tx: Queryable, userId: string): Promise<ErasureSubject | undefined> {
    const [row] = await tx.query<ErasureSubject[]>(
      `SELECT id, organisation_id AS "organisationId", email, display_name AS "displayName", roles,
              password_hash AS "passwordHash"
         FROM users WHERE id = $1`,
      [userId],
    );
    if (!row) return undefined;
    await tx.query(`SELECT 1 FROM organisations WHERE id = $1 FOR UPDATE`, [row.organisationId]);
    await tx.query(`SELECT 1 FROM users WHERE id = $1 FOR UPDATE`, [userId]);
    return row;
  }

  /** Active admins besides the person: of their organisation, and of the platform. */
  async adminsLeft(
    tx: Queryable,
    subject: { id: string; organisationId: string },
  ): Promise<{ otherOrgAdmins: number; otherPlatformAdmins: number }> {
    const [row] = await tx.query<[{ otherOrgAdmins: number; otherPlatformAdmins: number }]>(
      `SELECT count(*) FILTER (WHERE organisation_id = $2 AND 'org-admin' = ANY (roles))::int AS "otherOrgAdmins",
              count(*) FILTER (WHERE 'platform-admin' = ANY (roles))::int AS "otherPlatformAdmins"
         FROM users WHERE id <> $1 AND deactivated_at IS NULL`,
      [subject.id, subject.organisationId],
    );
    return row;
  }

  /**
   * Withdraws the person's claims on klussen that have not started (open or full), giving back the
   * places of active ones (a full klus opens again). Answers the claims withdrawn.
   */
  async withdrawUnstartedClaims(
    tx: Queryable,
    userId: string,
  ): Promise<{ claimId: string; taskId: string }[]> {
    return tx.query<{ claimId: string; taskId: string }[]>(
      `WITH target AS (
         SELECT c.id, c.task_id, c.status
           FROM claims c JOIN tasks t ON t.id = c.task_id
          WHERE c.user_id = $1 AND c.status IN ('applied', 'awaiting-consent', 'active')
            AND t.status IN ('open', 'full')
            FOR UPDATE OF c, t
       ), withdrawn AS (
         UPDATE claims SET status = 'withdrawn', updated_at = now() WHERE id IN (SELECT id FROM target)
       ), released AS (
         UPDATE tasks t SET taken = t.taken - n.places, updated_at = now(),
                status = CASE WHEN t.status = 'full' THEN 'open' ELSE t.status END
           FROM (SELECT task_id, count(*)::int AS places FROM target WHERE status = 'active' GROUP BY task_id) n
          WHERE t.id = n.task_id
       )
       SELECT id AS "claimId", task_id AS "taskId" FROM target ORDER BY id`,
      [userId],
    );
  }

  /**
   * Deletes what is the person's alone and means nothing without them, and ends their sessions.
   * Answers the ids of the sessions that ended (their live streams are told after the commit).
   */
  async deletePersonalRows(tx: Queryable, userId: string): Promise<string[]> {
    const sessions = await tx.query<{ id: string }[]>(
      `DELETE FROM sessions WHERE user_id = $1 RETURNING id`,
      [userId],
    );
    for (const table of [
      'external_identities',
      'oidc_pending_links',
      'password_links',
      'calendar_feeds',
      'profiles',
      'user_skills',
      'learning_goals',
      'notification_preferences',
      'notifications',
      'deliveries',
      'data_exports',
      'evaluation_requests',
      'success_people',
    ]) {
      await tx.query(`DELETE FROM ${table} WHERE user_id = $1`, [userId]);
    }
    // What they wrote that is theirs alone: comments; requests and invitations still waiting.
    await tx.query(`DELETE FROM success_comments WHERE author_id = $1`, [userId]);
    await tx.query(`DELETE FROM dossier_members WHERE user_id = $1 AND status <> 'active'`, [userId]);
    // Their free texts on records that stay (the rows carry hours, scores and team places).
    await tx.query(`UPDATE dossier_members SET message = NULL WHERE user_id = $1`, [userId]);
    await tx.query(`UPDATE claims SET motivation = '', message = '' WHERE user_id = $1`, [userId]);
    await tx.query(
      `UPDATE evaluations SET went_well = NULL, could_be_better = NULL
        WHERE (author_id = $1 OR subject_id = $1) AND (went_well IS NOT NULL OR could_be_better IS NOT NULL)`,
      [userId],
    );
    await tx.query(`UPDATE tasks SET contact_name = '', contact_email = '' WHERE poster_id = $1`, [userId]);
    // Their people keep their place, without this line manager.
    await tx.query(`UPDATE users SET line_manager_id = NULL WHERE line_manager_id = $1`, [userId]);
    return sessions.map((row) => row.id);
  }

  /**
   * Replaces the person's name and e-mail address in free texts of other people's records (see
   * MENTION_COLUMNS). `patterns`: PostgreSQL regular expressions for the text columns and for the
   * JSON text of jsonb columns. Answers how many rows changed.
   */
  async replaceMentions(
    tx: Queryable,
    patterns: { text: string[]; json: string[] },
    replacement: string,
  ): Promise<number> {
    let changed = 0;
    for (const { table, column, json } of MENTION_COLUMNS) {
      for (const pattern of json ? patterns.json : patterns.text) {
        const sql = json
          ? `UPDATE ${table} SET ${column} = regexp_replace(${column}::text, $1, $2, 'gi')::jsonb
              WHERE ${column}::text ~* $1`
          : `UPDATE ${table} SET ${column} = regexp_replace(${column}, $1, $2, 'gi') WHERE ${column} ~* $1`;
        const [, affected] = await tx.query<[unknown[], number]>(sql, [pattern, replacement]);
        changed += affected;
      }
    }
    return changed;
  }

  /**
   * The account itself: no name, e-mail, job title, password or manager; switched off for good, and
   * gone for SCIM (its identifiers cleared, deleted as a SCIM DELETE would).
   */
  async anonymiseUser(tx: Queryable, userId: string, displayName: string, email: string): Promise<void> {
    await tx.query(
      `UPDATE users SET display_name = $2, email = $3, job_title = '', password_hash = NULL, line_manager_id = NULL,
              hour_cap_per_month = NULL, locale = 'nl', roles = ARRAY['employee'],
              scim_external_id = NULL, scim_user_name = NULL, scim_deleted_at = coalesce(scim_deleted_at, now()),
              deactivated_at = coalesce(deactivated_at, now()), updated_at = now()
        WHERE id = $1`,
      [userId, displayName, email],
    );
  }

  // --- retention -----------------------------------------------------------------------------

  /**
   * Deletes up to `batch` notifications created before `before`; answers how many. A delivery in
   * flight (being sent) is left for the sweep; every other one older than `before` goes.
   */
  async deleteOldNotifications(before: Date, batch: number): Promise<number> {
    const [, deleted] = await this.db.query<[unknown[], number]>(
      `DELETE FROM notifications WHERE id IN (
         SELECT id FROM notifications WHERE created_at < $1 ORDER BY created_at LIMIT $2)`,
      [before, batch],
    );
    return deleted;
  }

  async deleteOldDeliveries(before: Date, batch: number): Promise<number> {
    const [, deleted] = await this.db.query<[unknown[], number]>(
      `DELETE FROM deliveries WHERE id IN (
         SELECT id FROM deliveries
          WHERE created_at < $1 AND status NOT IN ('sending', 'handed-over')
          ORDER BY created_at LIMIT $2)`,
      [before, batch],
    );
    return deleted;
  }

  /** Expired exports lose their file (the row stays, "expired", so the person sees what happened). */
  async expireExports(now: Date): Promise<number> {
    const [, expired] = await this.db.query<[unknown[], number]>(
      `UPDATE data_exports SET status = 'expired', content = NULL WHERE status = 'ready' AND expires_at <= $1`,
      [now],
    );
    return expired;
  }

  // --- statements ----------------------------------------------------------------------------

  async statement(
    organisationId: string,
    kind: StatementKind,
  ): Promise<{ markdown: string; html: string; updatedAt: Date } | undefined> {
    const [row] = await this.db.query<{ markdown: string; html: string; updatedAt: Date }[]>(
      `SELECT markdown, html, updated_at AS "updatedAt" FROM organisation_statements
        WHERE organisation_id = $1 AND kind = $2`,
      [organisationId, kind],
    );
    return row;
  }

  async organisationExists(id: string): Promise<boolean> {
    const rows = await this.db.query<unknown[]>(`SELECT 1 FROM organisations WHERE id = $1`, [id]);
    return rows.length > 0;
  }

  async saveStatement(
    tx: Queryable,
    fields: {
      organisationId: string;
      kind: StatementKind;
      markdown: string;
      html: string;
      updatedBy: string;
    },
  ): Promise<void> {
    await tx.query(
      `INSERT INTO organisation_statements (organisation_id, kind, markdown, html, updated_by)
       VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (organisation_id, kind)
       DO UPDATE SET markdown = EXCLUDED.markdown, html = EXCLUDED.html, updated_by = EXCLUDED.updated_by,
                     updated_at = now()`,
      [fields.organisationId, fields.kind, fields.markdown, fields.html, fields.updatedBy],
    );
  }

  async deleteStatement(tx: Queryable, organisationId: string, kind: StatementKind): Promise<void> {
    await tx.query(`DELETE FROM organisation_statements WHERE organisation_id = $1 AND kind = $2`, [
      organisationId,
      kind,
    ]);
  }
}
