import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  type LocationPreference,
  type LocationType,
  type MatchCandidate,
  type MatchReason,
  type MatchTask,
  rankMatches,
  scoreMatch,
  type SkillLevel,
} from '@klussenbank/domain';
import { DataSource } from 'typeorm';
import type {
  MatchCandidatesProvider,
  MatchCandidate as Offer,
} from '../notifications/match-candidates.provider.js';
import { IS_VISIBLE, SUMMARY_COLUMNS, SUMMARY_JOINS, VISIBLE_TASKS_CTE } from '../tasks/task-queries.js';
import type { TaskSummary } from '../tasks/task.types.js';

/** How many people one candidates query returns; the fan-out handles one batch at a time. */
const BATCH_SIZE = 2_000;
/** How many open klussen that share a skill with you are scored for "Aanbevolen voor jou". */
const RECOMMENDATION_POOL = 300;
const LIVE_CLAIMS = `('applied', 'awaiting-consent', 'active')`;

interface TaskSkillRow {
  id: string;
  label: string;
  required: boolean;
}

interface CandidateRow {
  userId: string;
  skills: [skillId: string, level: SkillLevel, source: 'self' | 'demonstrated'][] | null;
  goals: string[] | null;
  hoursPerMonth: number | null;
  locationPreference: LocationPreference;
  maxDistanceKm: number | null;
  distanceKm: number | null;
}

/** Great-circle distance in km between the municipalities `a` and `b` (rows of `municipalities`). */
const DISTANCE_KM = (a: string, b: string) => `
  2 * 6371 * asin(sqrt(power(sin(radians(${b}.latitude - ${a}.latitude) / 2), 2)
    + cos(radians(${a}.latitude)) * cos(radians(${b}.latitude)) * power(sin(radians(${b}.longitude - ${a}.longitude) / 2), 2)))`;

/**
 * Who fits a klus, and which klussen fit a person. SQL finds the candidates set-based and
 * index-backed (by skill, then by organisation); the domain's scoreMatch ranks and explains them.
 */
@Injectable()
export class MatchingService implements MatchCandidatesProvider {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * Everybody who may see the klus, is not its poster, is not on it, and has one of its skills (or,
   * when it is suitable to learn, a learning goal among them); in batches ordered by user id.
   */
  async *candidates(taskId: string): AsyncIterable<Offer[]> {
    const task = await this.matchTask(taskId);
    if (!task) return;
    let after = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const rows = await this.db.query<CandidateRow[]>(CANDIDATES_SQL, [taskId, after, BATCH_SIZE]);
      if (rows.length === 0) return;
      after = rows[rows.length - 1].userId;
      const offers: Offer[] = [];
      for (const row of rows) {
        const match = scoreMatch(task, toCandidate(row));
        if (match) offers.push({ userId: row.userId, score: match.score, reasons: match.reasons });
      }
      if (offers.length > 0) yield offers;
      if (rows.length < BATCH_SIZE) return;
    }
  }

  /** "Aanbevolen voor jou": open klussen you may take that share a skill or learning goal with you. */
  async recommendedFor(
    viewer: { id: string; organisationId: string },
    limit = 10,
  ): Promise<{ task: TaskSummary; score: number; reasons: readonly MatchReason[] }[]> {
    const rows = await this.db.query<(TaskSummary & { skillRefs: TaskSkillRow[]; posterId: string })[]>(
      `WITH ${VISIBLE_TASKS_CTE},
       mine AS (
         SELECT skill_id FROM user_skills WHERE user_id = $2
         UNION SELECT skill_id FROM learning_goals WHERE user_id = $2
       ),
       pool AS (
         SELECT t.* FROM tasks t
          WHERE t.status = 'open' AND t.poster_id <> $2 AND ${IS_VISIBLE}
            AND EXISTS (SELECT 1 FROM task_skills ts WHERE ts.task_id = t.id AND ts.skill_id IN (SELECT skill_id FROM mine))
            AND NOT EXISTS (SELECT 1 FROM claims c WHERE c.task_id = t.id AND c.user_id = $2 AND c.status IN ${LIVE_CLAIMS})
          ORDER BY t.published_at DESC NULLS LAST, t.id DESC
          LIMIT $3
       )
       SELECT ${SUMMARY_COLUMNS}, t.poster_id AS "posterId",
              (SELECT json_agg(json_build_object('id', sk.id, 'label', sk.label_nl, 'required', ts.required))
                 FROM task_skills ts JOIN skills sk ON sk.id = ts.skill_id WHERE ts.task_id = t.id) AS "skillRefs"
         FROM pool t ${SUMMARY_JOINS}`,
      [viewer.organisationId, viewer.id, RECOMMENDATION_POOL],
    );
    if (rows.length === 0) return [];
    const me = await this.candidateRow(
      viewer.id,
      rows.map((r) => r.id),
    );
    const scored = rows.flatMap(({ skillRefs, posterId, ...task }) => {
      const match = scoreMatch(
        toMatchTask(task, skillRefs, posterId),
        toCandidate(me.get(task.id) ?? emptyCandidate(viewer.id)),
      );
      return match ? [{ id: task.id, task, match }] : [];
    });
    return rankMatches(scored)
      .slice(0, limit)
      .map(({ task, match }) => ({ task, score: match.score, reasons: match.reasons }));
  }

  private async matchTask(taskId: string): Promise<MatchTask | null> {
    const [row] = await this.db.query<
      {
        posterId: string;
        learningSuitable: boolean;
        estimatedHours: number;
        startDate: string;
        endDate: string;
        locationType: LocationType;
        skills: TaskSkillRow[] | null;
      }[]
    >(
      `SELECT t.poster_id AS "posterId", t.learning_suitable AS "learningSuitable",
              t.estimated_hours::float8 AS "estimatedHours",
              to_char(t.start_date, 'YYYY-MM-DD') AS "startDate", to_char(t.end_date, 'YYYY-MM-DD') AS "endDate",
              t.location_type AS "locationType",
              (SELECT json_agg(json_build_object('id', s.id, 'label', s.label_nl, 'required', ts.required))
                 FROM task_skills ts JOIN skills s ON s.id = ts.skill_id WHERE ts.task_id = t.id) AS skills
         FROM tasks t WHERE t.id = $1`,
      [taskId],
    );
    if (!row) return null;
    return {
      posterId: row.posterId,
      requiredSkills: (row.skills ?? []).filter((s) => s.required),
      niceToHaveSkills: (row.skills ?? []).filter((s) => !s.required),
      learningSuitable: row.learningSuitable,
      estimatedHours: row.estimatedHours,
      startDate: row.startDate,
      endDate: row.endDate,
      location: { type: row.locationType },
    };
  }

  /** The viewer's skills, goals and profile, with the distance to each of the given klussen. */
  private async candidateRow(userId: string, taskIds: string[]): Promise<Map<string, CandidateRow>> {
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
 * Candidates of one klus ($1), user ids after $2, at most $3. Set-based: people are found from the
 * klus's skills through user_skills (skill_id, user_id) and learning_goals (skill_id, user_id), then
 * kept when their organisation may see the klus.
 */
const CANDIDATES_SQL = `
  WITH task AS (
    SELECT t.id, t.organisation_id, t.poster_id, t.visibility, t.partnership_id, t.learning_suitable,
           t.location_municipality
      FROM tasks t WHERE t.id = $1
  ),
  task_skill AS (SELECT skill_id FROM task_skills WHERE task_id = $1),
  audience AS (
    SELECT organisation_id FROM task
    UNION
    SELECT pm.organisation_id FROM partnership_members pm JOIN task ON task.visibility = 'partnership'
     WHERE pm.partnership_id = task.partnership_id
    UNION
    SELECT pm.organisation_id FROM partnership_members pm JOIN task ON task.visibility = 'all-partnerships'
     WHERE pm.partnership_id IN (SELECT partnership_id FROM partnership_members WHERE organisation_id = task.organisation_id)
  ),
  held AS (
    SELECT us.user_id, json_agg(json_build_array(us.skill_id, us.level, us.source)) AS skills
      FROM user_skills us
     WHERE us.skill_id IN (SELECT skill_id FROM task_skill) AND us.user_id > $2
     GROUP BY us.user_id
  ),
  wanted AS (
    SELECT g.user_id, array_agg(g.skill_id) AS goals
      FROM learning_goals g
     WHERE (SELECT learning_suitable FROM task) AND g.skill_id IN (SELECT skill_id FROM task_skill) AND g.user_id > $2
     GROUP BY g.user_id
  ),
  people AS (
    SELECT coalesce(h.user_id, w.user_id) AS user_id, h.skills, w.goals
      FROM held h FULL JOIN wanted w ON w.user_id = h.user_id
  )
  SELECT u.id AS "userId", x.skills, x.goals,
         p.hours_per_month AS "hoursPerMonth", coalesce(p.location_preference, 'any') AS "locationPreference",
         p.max_distance_km AS "maxDistanceKm", ${DISTANCE_KM('um', 'tm')} AS "distanceKm"
    FROM people x
    JOIN users u ON u.id = x.user_id
    JOIN organisations o ON o.id = u.organisation_id
    LEFT JOIN profiles p ON p.user_id = u.id
    LEFT JOIN municipalities um ON um.name = o.municipality
    LEFT JOIN municipalities tm ON lower(tm.name) = lower((SELECT location_municipality FROM task))
   WHERE u.organisation_id IN (SELECT organisation_id FROM audience)
     AND u.id <> (SELECT poster_id FROM task)
     AND NOT EXISTS (SELECT 1 FROM claims c WHERE c.task_id = $1 AND c.user_id = u.id AND c.status IN ${LIVE_CLAIMS})
   ORDER BY u.id
   LIMIT $3`;

function toCandidate(row: CandidateRow): MatchCandidate {
  const skills = new Map<string, { level: SkillLevel; demonstrated: boolean }>();
  for (const [skillId, level, source] of row.skills ?? []) {
    const known = skills.get(skillId);
    const demonstrated = source === 'demonstrated' || (known?.demonstrated ?? false);
    const best = known && rank(known.level) > rank(level) ? known.level : level;
    skills.set(skillId, { level: best, demonstrated });
  }
  return {
    userId: row.userId,
    skills,
    learningGoals: new Set(row.goals ?? []),
    hoursPerMonth: row.hoursPerMonth,
    locationPreference: row.locationPreference,
    maxDistanceKm: row.maxDistanceKm,
    distanceKm: row.distanceKm,
    // The SQL only returns people who can see the klus and are not on it.
    canSee: true,
    alreadyOn: false,
  };
}

const rank = (level: SkillLevel) => ['basis', 'gevorderd', 'expert'].indexOf(level);

function emptyCandidate(userId: string): CandidateRow {
  return {
    userId,
    skills: null,
    goals: null,
    hoursPerMonth: null,
    locationPreference: 'any',
    maxDistanceKm: null,
    distanceKm: null,
  };
}

function toMatchTask(task: TaskSummary, skills: TaskSkillRow[] | null, posterId: string): MatchTask {
  return {
    posterId,
    requiredSkills: (skills ?? []).filter((s) => s.required),
    niceToHaveSkills: (skills ?? []).filter((s) => !s.required),
    learningSuitable: task.learningSuitable,
    estimatedHours: task.estimatedHours,
    startDate: task.startDate,
    endDate: task.endDate,
    location: { type: task.location.type },
  };
}
