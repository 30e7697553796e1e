import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { LocationPreference, LocationType, SkillLevel, SkillStatus } from '@klussenbank/domain';
import { DataSource, type QueryRunner } from 'typeorm';
import { SqlParams } from '../common/sql-params.js';
import { SHARED_SKILL } from '../skills/skills.repository.js';
import { isVisible, SUMMARY_COLUMNS, SUMMARY_JOINS, visibleTasksCte } from '../tasks/task-queries.js';
import type { TaskSummary } from '../tasks/task.types.js';

const LIVE_CLAIMS = `('applied', 'awaiting-consent', 'active')`;

export interface TaskSkillRow {
  id: string;
  label: string;
  required: boolean;
  status: SkillStatus;
}

export type SkillRef = [skillId: string, level: SkillLevel, source: 'self' | 'demonstrated'];

/** A person with their skills and goals (JSON), as the recommendations read them. */
export interface CandidateRow {
  userId: string;
  skills: SkillRef[] | null;
  goals: string[] | null;
  hoursPerMonth: number | null;
  locationPreference: LocationPreference;
  maxDistanceKm: number | null;
  distanceKm: number | null;
}

/** A candidate of a klus as CANDIDATES_SQL returns it: what the klus asks is packed in `codes`. */
export interface PackedCandidateRow extends Omit<CandidateRow, 'skills' | 'goals'> {
  /** Space-separated codes (see CANDIDATES_SQL): 8 × the skill's index + 0–5 (level, demonstrated) or 6 (goal). */
  codes: string;
}

/** A klus as matching reads it. */
export interface MatchTaskRow {
  posterId: string;
  learningSuitable: boolean;
  estimatedHours: number;
  startDate: string;
  endDate: string;
  locationType: LocationType;
  skills: TaskSkillRow[] | null;
}

export type RecommendationRow = TaskSummary & { skillRefs: TaskSkillRow[]; posterId: string };

/** Great-circle distance in km between the municipalities `a` and `b` (rows of `municipalities`). */
const DISTANCE_KM = (a: string, b: string) => `
  2 * 6371 * asin(sqrt(power(sin(radians(${b}.latitude - ${a}.latitude) / 2), 2)
    + cos(radians(${a}.latitude)) * cos(radians(${b}.latitude)) * power(sin(radians(${b}.longitude - ${a}.longitude) / 2), 2)))`;

/** The SQL of matching: the candidates of a klus (through a cursor) and the klussen for a person. */
@Injectable()
export class MatchingRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** A connection of its own, for the candidates cursor and its transaction. */
  async connect(): Promise<QueryRunner> {
    const runner = this.db.createQueryRunner();
    await runner.connect();
    return runner;
  }

  async matchTask(runner: QueryRunner, taskId: string): Promise<MatchTaskRow | undefined> {
    const [row] = (await runner.query(
      `SELECT t.poster_id AS "posterId", t.learning_suitable AS "learningSuitable",
              t.estimated_hours::float8 AS "estimatedHours",
              to_char(t.start_date, 'YYYY-MM-DD') AS "startDate", to_char(t.end_date, 'YYYY-MM-DD') AS "endDate",
              t.location_type AS "locationType",
              (SELECT json_agg(json_build_object('id', s.id, 'label', s.label_nl, 'required', ts.required,
                                                 'status', s.status))
                 FROM task_skills ts JOIN skills s ON s.id = ts.skill_id WHERE ts.task_id = t.id) AS skills
         FROM tasks t WHERE t.id = $1`,
      [taskId],
    )) as MatchTaskRow[];
    return row;
  }

  /**
   * Declares the cursor `match_candidates` over CANDIDATES_SQL in the runner's transaction, planned
   * for all its rows: a cursor is planned for its first 10 % by default (fast start: nested loops
   * over everything), and the fan-out takes every row.
   */
  async declareCandidates(
    runner: QueryRunner,
    taskId: string,
    skillIds: readonly string[],
    learningSuitable: boolean,
  ): Promise<void> {
    await runner.query(`SET LOCAL cursor_tuple_fraction = 1`);
    await runner.query(`DECLARE match_candidates NO SCROLL CURSOR FOR ${CANDIDATES_SQL}`, [
      taskId,
      skillIds,
      learningSuitable,
    ]);
  }

  /** The next `count` rows of the cursor `declareCandidates` opened. */
  async fetchCandidates(runner: QueryRunner, count: number): Promise<PackedCandidateRow[]> {
    return (await runner.query(`FETCH ${count} FROM match_candidates`)) as PackedCandidateRow[];
  }

  /**
   * Up to `poolSize` open klussen the viewer may see, did not post, is not on, and that share a
   * skill or learning goal with them, newest first, each with its skills and poster.
   */
  recommendationPool(
    viewer: { id: string; organisationId: string },
    poolSize: number,
  ): Promise<RecommendationRow[]> {
    const params = new SqlParams();
    const placeholders = {
      viewerOrganisation: params.add(viewer.organisationId),
      viewer: params.add(viewer.id),
    };
    const pool = params.add(poolSize);
    return this.db.query<RecommendationRow[]>(
      `WITH ${visibleTasksCte(placeholders)},
       mine AS (
         SELECT skill_id FROM user_skills WHERE user_id = ${placeholders.viewer}
         UNION SELECT skill_id FROM learning_goals WHERE user_id = ${placeholders.viewer}
       ),
       pool AS (
         SELECT t.* FROM tasks t
          WHERE t.status = 'open' AND t.poster_id <> ${placeholders.viewer} AND ${isVisible(placeholders)}
            AND EXISTS (SELECT 1 FROM task_skills ts JOIN skills sk ON sk.id = ts.skill_id
                         WHERE ts.task_id = t.id AND ts.skill_id IN (SELECT skill_id FROM mine) AND ${SHARED_SKILL('sk')})
            AND NOT EXISTS (SELECT 1 FROM claims c WHERE c.task_id = t.id AND c.user_id = ${placeholders.viewer} AND c.status IN ${LIVE_CLAIMS})
          ORDER BY t.published_at DESC NULLS LAST, t.id DESC
          LIMIT ${pool}
       )
       SELECT ${SUMMARY_COLUMNS}, t.poster_id AS "posterId",
              (SELECT json_agg(json_build_object('id', sk.id, 'label', sk.label_nl, 'required', ts.required,
                                                 'status', sk.status))
                 FROM task_skills ts JOIN skills sk ON sk.id = ts.skill_id WHERE ts.task_id = t.id) AS "skillRefs"
         FROM pool t ${SUMMARY_JOINS}`,
      params.values,
    );
  }

  /** The person's skills, goals and profile, with the distance to each of the given klussen. */
  async candidateRows(userId: string, taskIds: string[]): Promise<Map<string, CandidateRow>> {
    const rows = await this.db.query<(CandidateRow & { taskId: string })[]>(
      `SELECT t.id AS "taskId", u.id AS "userId",
              (SELECT json_agg(json_build_array(us.skill_id, us.level, us.source)) FROM user_skills us
                WHERE us.user_id = u.id) AS skills,
              (SELECT array_agg(g.skill_id) FROM learning_goals g WHERE g.user_id = u.id) AS goals,
              p.hours_per_month AS "hoursPerMonth", coalesce(p.location_preference, 'any') AS "locationPreference",
              p.max_distance_km AS "maxDistanceKm", ${DISTANCE_KM('um', 'tm')} AS "distanceKm"
         FROM users u
         JOIN organisations o ON o.id = u.organisation_id
         LEFT JOIN profiles p ON p.user_id = u.id
         LEFT JOIN municipalities um ON um.name = o.municipality
         CROSS JOIN tasks t
         LEFT JOIN municipalities tm ON lower(tm.name) = lower(t.location_municipality)
        WHERE u.id = $1 AND t.id = ANY($2::uuid[])`,
      [userId, taskIds],
    );
    return new Map(rows.map((row) => [row.taskId, row]));
  }
}

/**
 * Candidates of one klus ($1) with its skills ($2, in the order the codes refer to) and whether it is
 * suitable to learn ($3), in one statement: the audience first (the organisations that may see the
 * klus, each with its distance to the klus, computed once), then the rows of user_skills and
 * learning_goals of its skills in those organisations — one index-only scan each on (skill_id,
 * organisation_id, user_id), since skills and goals carry their person's organisation — each packed
 * into a small code, grouped per person, then their profile. People who were switched off keep their
 * skills (they may come back) but are never candidates (users_deactivated_idx finds them).
 * `= ANY($2)` rather than a join with task_skills, so the planner sees how popular each skill is.
 * A code is 8 × the skill's index in $2 plus 2 × the level (basic 0, advanced 1, expert 2) plus 1
 * when demonstrated (0–5), or 8 × the index + 6 for a learning goal.
 */
const CANDIDATES_SQL = `
  WITH task AS MATERIALIZED (
    SELECT t.organisation_id, t.poster_id, t.visibility, t.partnership_id, t.location_municipality
      FROM tasks t WHERE t.id = $1
  ),
  audience AS MATERIALIZED (
    SELECT o.id, ${DISTANCE_KM('um', 'tm')} AS distance_km
      FROM (
        SELECT organisation_id FROM task
        UNION
        SELECT pm.organisation_id FROM partnership_members pm JOIN task ON task.visibility = 'partnership'
         WHERE pm.partnership_id = task.partnership_id
        UNION
        SELECT pm.organisation_id FROM partnership_members pm JOIN task ON task.visibility = 'all-partnerships'
         WHERE pm.partnership_id IN (SELECT partnership_id FROM partnership_members WHERE organisation_id = task.organisation_id)
      ) seen
      JOIN organisations o ON o.id = seen.organisation_id
      LEFT JOIN municipalities um ON um.name = o.municipality
      LEFT JOIN municipalities tm ON lower(tm.name) = lower((SELECT location_municipality FROM task))
  ),
  asked AS (
    SELECT us.user_id, us.organisation_id, 8 * (array_position($2::uuid[], us.skill_id) - 1)
             + CASE us.level WHEN 'basic' THEN 0 WHEN 'advanced' THEN 2 ELSE 4 END
             + CASE us.source WHEN 'demonstrated' THEN 1 ELSE 0 END AS code
      FROM user_skills us
     WHERE us.skill_id = ANY($2::uuid[]) AND us.organisation_id = ANY (ARRAY(SELECT id FROM audience))
    UNION ALL
    SELECT g.user_id, g.organisation_id, 8 * (array_position($2::uuid[], g.skill_id) - 1) + 6
      FROM learning_goals g
     WHERE $3 AND g.skill_id = ANY($2::uuid[]) AND g.organisation_id = ANY (ARRAY(SELECT id FROM audience))
  ),
  people AS (
    SELECT asked.user_id AS id, string_agg(asked.code::text, ' ') AS codes, min(a.distance_km) AS distance_km
      FROM asked
      JOIN audience a ON a.id = asked.organisation_id
     WHERE asked.user_id <> (SELECT poster_id FROM task)
     GROUP BY asked.user_id
  )
  SELECT x.id AS "userId", x.codes,
         p.hours_per_month AS "hoursPerMonth", coalesce(p.location_preference, 'any') AS "locationPreference",
         p.max_distance_km AS "maxDistanceKm", x.distance_km AS "distanceKm"
    FROM people x
    LEFT JOIN profiles p ON p.user_id = x.id
   WHERE x.id NOT IN (SELECT c.user_id FROM claims c WHERE c.task_id = $1 AND c.status IN ${LIVE_CLAIMS})
     AND x.id NOT IN (SELECT u.id FROM users u
                       WHERE u.deactivated_at IS NOT NULL AND u.organisation_id = ANY (ARRAY(SELECT id FROM audience)))`;
