import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { HOUR_CAP_COUNTED_STATUSES, type HourCapMode, type PlannedKlus } from '@klussenbank/domain';
import { DataSource, type EntityManager } from 'typeorm';

/** A person's caps and who may change them. */
export interface HourCapSettings {
  userId: string;
  organisationId: string;
  lineManagerId: string | null;
  organisationCap: number | null;
  personalCap: number | null;
  mode: HourCapMode;
}

export interface TeamMemberRow {
  userId: string;
  name: string;
  personalCap: number | null;
  organisationCap: number | null;
}

const SETTINGS = `
  SELECT u.id AS "userId", u.organisation_id AS "organisationId", u.line_manager_id AS "lineManagerId",
         o.hour_cap_per_month AS "organisationCap", u.hour_cap_per_month AS "personalCap",
         o.hour_cap_mode AS mode
    FROM users u JOIN organisations o ON o.id = u.organisation_id`;

/** The SQL of hour caps: the service decides, this reads and writes. */
@Injectable()
export class HourCapsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  transaction<T>(work: (tx: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }

  async settings(userId: string, tx: EntityManager = this.db.manager): Promise<HourCapSettings | undefined> {
    const [row] = await tx.query<HourCapSettings[]>(`${SETTINGS} WHERE u.id = $1`, [userId]);
    return row;
  }

  /**
   * Serialises, until commit, the transactions that check and add to one person's planned hours: two
   * claims at once by the same person cannot both see the room that only one of them fits in.
   */
  async lockPerson(tx: EntityManager, userId: string): Promise<void> {
    await tx.query(`SELECT pg_advisory_xact_lock(hashtextextended('hour-cap:' || $1, 0))`, [userId]);
  }

  /** The klussen whose hours count against the person's cap (not of cancelled or expired klussen). */
  planned(userId: string, tx: EntityManager = this.db.manager): Promise<PlannedKlus[]> {
    return tx.query<PlannedKlus[]>(
      `SELECT t.estimated_hours::float8 AS "estimatedHours", to_char(t.start_date, 'YYYY-MM-DD') AS "startDate",
              to_char(t.end_date, 'YYYY-MM-DD') AS "endDate"
         FROM claims c JOIN tasks t ON t.id = c.task_id
        WHERE c.user_id = $1 AND c.status = ANY ($2::text[]) AND t.status NOT IN ('cancelled', 'expired')`,
      [userId, HOUR_CAP_COUNTED_STATUSES],
    );
  }

  async setPersonalCap(tx: EntityManager, userId: string, cap: number | null): Promise<void> {
    await tx.query(`UPDATE users SET hour_cap_per_month = $2 WHERE id = $1`, [userId, cap]);
  }

  /** The people whose line manager this is, by name. */
  team(lineManagerId: string): Promise<TeamMemberRow[]> {
    return this.db.query<TeamMemberRow[]>(
      `SELECT u.id AS "userId", u.display_name AS name, u.hour_cap_per_month AS "personalCap",
              o.hour_cap_per_month AS "organisationCap"
         FROM users u JOIN organisations o ON o.id = u.organisation_id
        WHERE u.line_manager_id = $1
        ORDER BY u.display_name, u.id
        LIMIT 500`,
      [lineManagerId],
    );
  }
}
