import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { HourFlow } from '@klussenbank/domain';
import { DataSource } from 'typeorm';
import { OPEN_DISPUTE_IN_CHAIN } from '../ledger/ledger.repository.js';

/**
 * Whose activity a mirror counts: an organisation's (`either`: every pair it is in) or a partnership's
 * (`both`: between its members, whatever a klus's visibility was).
 */
export interface MirrorSql {
  organisationIds: readonly string[];
  pairs: 'either' | 'both';
  /** The partnership whose dossiers count; for an organisation, dossiers with one of its people. */
  partnershipId: string | null;
}

export interface Days {
  from: string;
  to: string;
}

export interface KlusFacts {
  posted: number;
  postedClaimed: number;
  claimed: number;
  completed: number;
  expired: number;
  cancelled: number;
  /** Hours from publishing to the first claim, of the klussen first claimed in the period. */
  hoursToFirstClaim: number[];
}

export interface PeopleFacts {
  participants: number;
  newParticipants: number;
  functions: number;
  organisations: number;
  employees: number;
  learningKlussen: number;
  demonstratedSkills: number;
}

export interface EvaluationFacts {
  evaluations: number;
  averageScore: number | null;
}

export interface DossierFacts {
  activeDossiers: number;
  completedDossiers: number;
  checkpointsHeld: number;
}

// Days are Europe/Amsterdam days; a timestamp counts when it falls in [first day 00:00, day after last 00:00).
const LO = `($2::date::timestamp AT TIME ZONE 'Europe/Amsterdam')`;
const HI = `(($3::date + 1)::timestamp AT TIME ZONE 'Europe/Amsterdam')`;

/** Entry `e` is in scope ($1 the organisations). */
const pairFilter = (pairs: MirrorSql['pairs']) =>
  pairs === 'both'
    ? `e.giving_organisation_id = ANY($1::uuid[]) AND e.receiving_organisation_id = ANY($1::uuid[])`
    : `(e.giving_organisation_id = ANY($1::uuid[]) OR e.receiving_organisation_id = ANY($1::uuid[]))`;

/** A participation `e` of the scope's own people. */
const ownPeople = (pairs: MirrorSql['pairs']) =>
  pairs === 'both' ? pairFilter('both') : `e.giving_organisation_id = ANY($1::uuid[])`;

/** Dossiers in scope as `d` ($4 the partnership or null). */
const DOSSIER_IN_SCOPE = `(CASE WHEN $4::uuid IS NOT NULL THEN d.partnership_id = $4::uuid
  ELSE EXISTS (SELECT 1 FROM dossier_members dm JOIN users du ON du.id = dm.user_id
                WHERE dm.dossier_id = d.id AND dm.status = 'active' AND du.organisation_id = ANY($1::uuid[])) END)`;

/** The day a completed or stopped dossier closed: its status change, else its end date. */
const DOSSIER_CLOSED_ON = `COALESCE(
  (SELECT max(a.created_at AT TIME ZONE 'Europe/Amsterdam')::date FROM dossier_activity a
    WHERE a.dossier_id = d.id AND a.type = 'status-changed' AND a.data->>'status' = d.status),
  d.end_date, (d.updated_at AT TIME ZONE 'Europe/Amsterdam')::date)`;

/** Dossier `d` ran in the period: started by its end, not closed before its start. */
const DOSSIER_RAN = `(d.start_date <= $3::date AND (d.status IN ('exploring', 'active') OR ${DOSSIER_CLOSED_ON} >= $2::date))`;

/** Participation in one statement ($1 organisations, $2 first day, $3 last day); exported for the benchmark's plan. */
export const peopleSql = (pairs: MirrorSql['pairs']) =>
  `WITH scoped AS MATERIALIZED (
         SELECT e.participant_id, e.task_id, e.giving_organisation_id AS giving,
                e.receiving_organisation_id AS receiving, (${ownPeople(pairs)}) AS own
           FROM ledger_entries e
          WHERE e.kind = 'original' AND ${pairFilter(pairs)}
            AND e.entry_date >= $2::date AND e.entry_date <= $3::date),
       part AS MATERIALIZED (SELECT DISTINCT participant_id FROM scoped WHERE own)
       SELECT (SELECT count(*) FROM part)::int AS participants,
              (SELECT count(*) FROM part WHERE NOT EXISTS (
                  SELECT 1 FROM ledger_entries p WHERE p.participant_id = part.participant_id
                     AND p.kind = 'original' AND p.entry_date < $2::date))::int AS "newParticipants",
              (SELECT count(*) FROM (SELECT DISTINCT lower(u.job_title) FROM part JOIN users u ON u.id = part.participant_id
                WHERE u.job_title <> '') f)::int AS functions,
              (SELECT count(*) FROM (SELECT giving FROM scoped UNION SELECT receiving FROM scoped) o)::int
                AS organisations,
              (SELECT count(*) FROM users u WHERE u.organisation_id = ANY($1::uuid[]))::int AS employees,
              (SELECT count(*) FROM scoped s
                WHERE s.own AND EXISTS (SELECT 1 FROM learning_goals g WHERE g.user_id = s.participant_id
                                           AND EXISTS (SELECT 1 FROM task_skills ts
                                                        WHERE ts.task_id = s.task_id AND ts.skill_id = g.skill_id)))::int
                AS "learningKlussen",
              (SELECT count(*) FROM user_skills s
                WHERE s.source = 'demonstrated' AND s.organisation_id = ANY($1::uuid[])
                  AND s.created_at >= ${LO} AND s.created_at < ${HI})::int AS "demonstratedSkills"`;

/** The SQL of the quarterly mirror: counts over one scope and period, read straight from the source tables. */
@Injectable()
export class ReportsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async organisation(id: string): Promise<{ id: string; name: string } | undefined> {
    const [row] = await this.db.query<{ id: string; name: string }[]>(
      `SELECT id, name FROM organisations WHERE id = $1`,
      [id],
    );
    return row;
  }

  async partnership(
    id: string,
  ): Promise<{ id: string; name: string; memberOrganisationIds: string[] } | undefined> {
    const [row] = await this.db.query<{ id: string; name: string; memberOrganisationIds: string[] }[]>(
      `SELECT p.id, p.name,
              COALESCE((SELECT array_agg(m.organisation_id) FROM partnership_members m WHERE m.partnership_id = p.id),
                       '{}') AS "memberOrganisationIds"
         FROM partnerships p WHERE p.id = $1`,
      [id],
    );
    return row;
  }

  async organisationNames(ids: readonly string[]): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    const rows = await this.db.query<{ id: string; name: string }[]>(
      `SELECT id, name FROM organisations WHERE id = ANY($1::uuid[])`,
      [ids],
    );
    return new Map(rows.map((r) => [r.id, r.name]));
  }

  async klussen(scope: MirrorSql, days: Days): Promise<KlusFacts> {
    const [row] = await this.db.query<KlusFacts[]>(
      `SELECT
         (SELECT count(*) FROM tasks t WHERE t.organisation_id = ANY($1::uuid[])
             AND t.published_at >= ${LO} AND t.published_at < ${HI})::int AS posted,
         (SELECT count(*) FROM tasks t WHERE t.organisation_id = ANY($1::uuid[])
             AND t.published_at >= ${LO} AND t.published_at < ${HI} AND t.first_claimed_at IS NOT NULL)::int
           AS "postedClaimed",
         (SELECT count(*) FROM tasks t WHERE t.organisation_id = ANY($1::uuid[])
             AND t.first_claimed_at >= ${LO} AND t.first_claimed_at < ${HI} AND t.published_at IS NOT NULL)::int
           AS claimed,
         (SELECT COALESCE(array_agg(extract(epoch FROM t.first_claimed_at - t.published_at)::float8 / 3600), '{}')
            FROM tasks t WHERE t.organisation_id = ANY($1::uuid[])
             AND t.first_claimed_at >= ${LO} AND t.first_claimed_at < ${HI} AND t.published_at IS NOT NULL)
           AS "hoursToFirstClaim",
         c.completed, c.expired, c.cancelled
       FROM (SELECT count(*) FILTER (WHERE t.status = 'completed')::int AS completed,
                    count(*) FILTER (WHERE t.status = 'expired')::int AS expired,
                    count(*) FILTER (WHERE t.status = 'cancelled')::int AS cancelled
               FROM tasks t WHERE t.organisation_id = ANY($1::uuid[])
                AND t.closed_at >= ${LO} AND t.closed_at < ${HI}) c`,
      [scope.organisationIds, days.from, days.to],
    );
    return row;
  }

  /** Hours per pair in the period (internal pairs included), disputed apart, as the ledger sums them. */
  async flows(scope: MirrorSql, days: Days): Promise<HourFlow[]> {
    return this.db.query<HourFlow[]>(
      `SELECT e.giving_organisation_id AS "givingOrganisationId",
              e.receiving_organisation_id AS "receivingOrganisationId",
              sum(e.hours)::float8 AS hours, ${OPEN_DISPUTE_IN_CHAIN} AS disputed
         FROM ledger_entries e
        WHERE ${pairFilter(scope.pairs)} AND e.entry_date >= $2::date AND e.entry_date <= $3::date
        GROUP BY 1, 2, 4`,
      [scope.organisationIds, days.from, days.to],
    );
  }

  async people(scope: MirrorSql, days: Days): Promise<PeopleFacts> {
    // One read of the period's participations in scope; `own`: by the scope's own people.
    const [row] = await this.db.query<PeopleFacts[]>(peopleSql(scope.pairs), [
      scope.organisationIds,
      days.from,
      days.to,
    ]);
    return row;
  }

  /** Participants per function (job title), for the small-number rule to filter. */
  async functions(scope: MirrorSql, days: Days): Promise<{ jobTitle: string; people: number }[]> {
    return this.db.query(
      `SELECT min(u.job_title) AS "jobTitle", count(DISTINCT u.id)::int AS people
         FROM ledger_entries e JOIN users u ON u.id = e.participant_id
        WHERE e.kind = 'original' AND ${ownPeople(scope.pairs)}
          AND e.entry_date >= $2::date AND e.entry_date <= $3::date AND u.job_title <> ''
        GROUP BY lower(u.job_title)
        ORDER BY people DESC, 1`,
      [scope.organisationIds, days.from, days.to],
    );
  }

  /** Skills of the klussen posted in the period and how many of the scope's employees have each. */
  async skills(
    scope: MirrorSql,
    days: Days,
  ): Promise<{ skill: string; skillEn: string | null; asked: number; available: number }[]> {
    // Availability in one pass over the scope's own people's skills (index by organisation first).
    return this.db.query(
      `WITH asked AS (
         SELECT ts.skill_id, count(*)::int AS asked
           FROM tasks t JOIN task_skills ts ON ts.task_id = t.id
          WHERE t.organisation_id = ANY($1::uuid[]) AND t.published_at >= ${LO} AND t.published_at < ${HI}
          GROUP BY ts.skill_id),
       available AS (
         SELECT h.skill_id, count(*)::int AS available
           FROM (SELECT DISTINCT us.skill_id, us.user_id FROM user_skills us
                  WHERE us.organisation_id = ANY($1::uuid[]) AND us.skill_id IN (SELECT skill_id FROM asked)) h
          GROUP BY h.skill_id)
       SELECT s.label_nl AS skill, s.label_en AS "skillEn", a.asked, COALESCE(v.available, 0) AS available
         FROM asked a JOIN skills s ON s.id = a.skill_id LEFT JOIN available v ON v.skill_id = a.skill_id`,
      [scope.organisationIds, days.from, days.to],
    );
  }

  private evaluationFilter(scope: MirrorSql): string {
    return scope.pairs === 'both'
      ? `v.author_organisation_id = ANY($1::uuid[]) AND v.subject_organisation_id = ANY($1::uuid[])`
      : `(v.author_organisation_id = ANY($1::uuid[]) OR v.subject_organisation_id = ANY($1::uuid[]))`;
  }

  async evaluations(scope: MirrorSql, days: Days): Promise<EvaluationFacts> {
    const [row] = await this.db.query<EvaluationFacts[]>(
      `SELECT count(*)::int AS evaluations, round(avg(v.score), 2)::float8 AS "averageScore"
         FROM evaluations v
        WHERE ${this.evaluationFilter(scope)} AND v.created_at >= ${LO} AND v.created_at < ${HI}`,
      [scope.organisationIds, days.from, days.to],
    );
    return row;
  }

  /** The period's free texts, oldest first, without author, subject or klus. */
  async evaluationTexts(
    scope: MirrorSql,
    days: Days,
    limit: number,
  ): Promise<{ score: number; wentWell: string | null; couldBeBetter: string | null }[]> {
    return this.db.query(
      `SELECT v.score, NULLIF(btrim(v.went_well), '') AS "wentWell",
              NULLIF(btrim(v.could_be_better), '') AS "couldBeBetter"
         FROM evaluations v
        WHERE ${this.evaluationFilter(scope)} AND v.created_at >= ${LO} AND v.created_at < ${HI}
          AND (NULLIF(btrim(v.went_well), '') IS NOT NULL OR NULLIF(btrim(v.could_be_better), '') IS NOT NULL)
        ORDER BY v.created_at, v.id
        LIMIT $4`,
      [scope.organisationIds, days.from, days.to, limit],
    );
  }

  async dossiers(scope: MirrorSql, days: Days): Promise<DossierFacts> {
    const [row] = await this.db.query<DossierFacts[]>(
      `SELECT count(*) FILTER (WHERE ${DOSSIER_RAN})::int AS "activeDossiers",
              count(*) FILTER (WHERE d.status = 'completed' AND ${DOSSIER_CLOSED_ON} BETWEEN $2::date AND $3::date)::int
                AS "completedDossiers",
              (SELECT count(*) FROM dossier_checkpoints c JOIN dossiers d ON d.id = c.dossier_id
                WHERE c.status = 'held' AND c.held_on BETWEEN $2::date AND $3::date AND ${DOSSIER_IN_SCOPE})::int
                AS "checkpointsHeld"
         FROM dossiers d WHERE ${DOSSIER_IN_SCOPE}`,
      [scope.organisationIds, days.from, days.to, scope.partnershipId],
    );
    return row;
  }

  /** The teams of the dossiers that ran in the period: active members per organisation. */
  async dossierTeams(
    scope: MirrorSql,
    days: Days,
  ): Promise<{ organisationId: string; organisation: string; dossiers: number; members: number }[]> {
    return this.db.query(
      `SELECT o.id AS "organisationId", o.name AS organisation,
              count(DISTINCT d.id)::int AS dossiers, count(DISTINCT dm.user_id)::int AS members
         FROM dossiers d
         JOIN dossier_members dm ON dm.dossier_id = d.id AND dm.status = 'active'
         JOIN users u ON u.id = dm.user_id
         JOIN organisations o ON o.id = u.organisation_id
        WHERE ${DOSSIER_IN_SCOPE} AND ${DOSSIER_RAN}
        GROUP BY o.id, o.name
        ORDER BY members DESC, o.name`,
      [scope.organisationIds, days.from, days.to, scope.partnershipId],
    );
  }
}
