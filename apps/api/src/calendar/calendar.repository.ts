import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  CALENDAR_CLAIM_STATUSES,
  CALENDAR_MEMBERSHIP_STATUS,
  type CalendarCheckpoint,
  type CalendarTask,
} from '@klussenbank/domain';
import type { DataSource } from 'typeorm';

/** How far back a feed reaches: a calendar needs last year's klussen, not every one ever. */
const HISTORY = `interval '1 year'`;

/** The SQL of calendar feeds: the hashed secret per person, and what goes into a feed. */
@Injectable()
export class CalendarRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async feedOf(userId: string): Promise<{ createdAt: Date } | undefined> {
    const [row] = await this.db.query<{ createdAt: Date }[]>(
      `SELECT created_at AS "createdAt" FROM calendar_feeds WHERE user_id = $1`,
      [userId],
    );
    return row;
  }

  /** Makes the person's feed, or replaces its secret: from now on only the new one works. */
  async replace(userId: string, tokenHash: Buffer): Promise<{ createdAt: Date }> {
    const [row] = await this.db.query<[{ createdAt: Date }]>(
      `INSERT INTO calendar_feeds (user_id, token_hash) VALUES ($1, $2)
       ON CONFLICT (user_id) DO UPDATE SET token_hash = EXCLUDED.token_hash, created_at = now()
       RETURNING created_at AS "createdAt"`,
      [userId, tokenHash],
    );
    return row;
  }

  async revoke(userId: string): Promise<void> {
    await this.db.query(`DELETE FROM calendar_feeds WHERE user_id = $1`, [userId]);
  }

  /** The person a secret belongs to (and their organisation's name is not needed here). */
  async ownerOf(tokenHash: Buffer): Promise<string | undefined> {
    const [row] = await this.db.query<{ userId: string }[]>(
      `SELECT user_id AS "userId" FROM calendar_feeds WHERE token_hash = $1`,
      [tokenHash],
    );
    return row?.userId;
  }

  /** The klussen the person takes part in (accepted or done), of the last year and later. */
  tasksOf(userId: string): Promise<CalendarTask[]> {
    return this.db.query(
      `SELECT DISTINCT ON (t.id) t.id, t.title, t.status,
              to_char(t.start_date, 'YYYY-MM-DD') AS "startDate", to_char(t.end_date, 'YYYY-MM-DD') AS "endDate",
              o.name AS "organisationName", t.updated_at AS "updatedAt"
         FROM claims c
         JOIN tasks t ON t.id = c.task_id
         JOIN organisations o ON o.id = t.organisation_id
        WHERE c.user_id = $1 AND c.status = ANY($2::text[])
          AND t.end_date >= (now() AT TIME ZONE 'Europe/Amsterdam')::date - ${HISTORY}
        ORDER BY t.id`,
      [userId, CALENDAR_CLAIM_STATUSES],
    );
  }

  /** The checkpoints of the dossiers whose team the person is in, of the last year and later. */
  checkpointsOf(userId: string): Promise<CalendarCheckpoint[]> {
    return this.db.query(
      `SELECT cp.id, cp.title, cp.status, to_char(cp.planned_on, 'YYYY-MM-DD') AS "plannedOn",
              d.id AS "dossierId", d.title AS "dossierTitle", cp.updated_at AS "updatedAt"
         FROM dossier_members m
         JOIN dossiers d ON d.id = m.dossier_id
         JOIN dossier_checkpoints cp ON cp.dossier_id = d.id
        WHERE m.user_id = $1 AND m.status = $2
          AND cp.planned_on >= (now() AT TIME ZONE 'Europe/Amsterdam')::date - ${HISTORY}
        ORDER BY cp.id`,
      [userId, CALENDAR_MEMBERSHIP_STATUS],
    );
  }
}
