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
import { DataSource, type QueryRunner } from 'typeorm';
import type {
  MatchCandidatesProvider,
  MatchCandidate as Offer,
} from '../notifications/match-candidates.provider.js';
import { SqlParams } from '../common/sql-params.js';
import { isVisible, SUMMARY_COLUMNS, SUMMARY_JOINS, visibleTasksCte } from '../tasks/task-queries.js';
import type { TaskSummary } from '../tasks/task.types.js';

/**
 * How many candidates the fan-out gets at a time (one FETCH of the candidates cursor): each batch is
 * one insert of notifications and deliveries and one bulk add of e-mail jobs.
 */
const BATCH_SIZE = 2_000;
/** How many open klussen that share a skill with you are scored for "Aanbevolen voor jou". */
const RECOMMENDATION_POOL = 300;
const LIVE_CLAIMS = `('applied', 'awaiting-consent', 'active')`;

interface TaskSkillRow {
  id: string;
  label: string;
  required: boolean;
}

/** A person with their skills and goals (JSON), as the recommendations read them. */
interface CandidateRow {
  userId: string;
  skills: SkillRef[] | null;
  goals: string[] | null;
  hoursPerMonth: number | null;
  locationPreference: LocationPreference;
  maxDistanceKm: number | null;
  distanceKm: number | null;
}

/** A candidate of a klus as CANDIDATES_SQL returns it: what the klus asks is packed in `codes`. */
interface PackedCandidateRow extends Omit<CandidateRow, 'skills' | 'goals'> {
  /** Space-separated codes (see CANDIDATES_SQL): 8 × the skill's index + 0–5 (level, demonstrated) or 6 (goal). */
  codes: string;
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
   * when it is suitable to learn, a learning goal among them), in batches of BATCH_SIZE. One
   * statement computes them all once, through a cursor that the batches FETCH from, so memory does
   * not depend on how many match; the cursor's transaction (it only reads) holds one connection until
   * the last batch is taken, the caller stops early, or a batch fails. In no particular order: a rerun
   * after a crash recomputes them all, and the fan-out's unique keys skip those already notified.
   */
  async *candidates(taskId: string): AsyncIterable<Offer[]> {
    const runner = this.db.createQueryRunner();
    await runner.connect();
    try {
      await runner.startTransaction();
      const task = await this.matchTask(taskId, runner);
      if (!task) return;
      const skills = [...task.requiredSkills, ...task.niceToHaveSkills];
      if (skills.length === 0) return;
      // A cursor is planned for its first 10 % by default (fast start: nested loops over everything);
      // the fan-out takes every row, so plan it like the one statement it is.
      await runner.query(`SET LOCAL cursor_tuple_fraction = 1`);
      await runner.query(`DECLARE match_candidates NO SCROLL CURSOR FOR ${CANDIDATES_SQL}`, [
        taskId,
        skills.map((skill) => skill.id),
        task.learningSuitable,
      ]);
      const candidate = unpacker(skills);
      for (;;) {
        const rows = (await runner.query(
          `FETCH ${BATCH_SIZE} FROM match_candidates`,
        )) as PackedCandidateRow[];
        const offers: Offer[] = [];
        for (const row of rows) {
          const match = scoreMatch(task, candidate(row));
          if (match) offers.push({ userId: row.userId, score: match.score, reasons: match.reasons });
        }
        if (offers.length > 0) yield offers;
        if (rows.length < BATCH_SIZE) return;
      }
    } finally {
      // Read-only: nothing to keep. Also when the caller stopped early or a batch failed.
      if (runner.isTransactionActive) await runner.rollbackTransaction().catch(() => undefined);
      await runner.release();
    }
  }

  /** "Aanbevolen voor jou": open klussen you may take that share a skill or learning goal with you. */
  async recommendedFor(
    viewer: { id: string; organisationId: string },
    limit = 10,
  ): Promise<{ task: TaskSummary; score: number; reasons: readonly MatchReason[] }[]> {
    const params = new SqlParams();
    const placeholders = {
      viewerOrganisation: params.add(viewer.organisationId),
      viewer: params.add(viewer.id),
    };
    const poolSize = params.add(RECOMMENDATION_POOL);
    const rows = await this.db.query<(TaskSummary & { skillRefs: TaskSkillRow[]; posterId: string })[]>(
      `WITH ${visibleTasksCte(placeholders)},
       mine AS (
         SELECT skill_id FROM user_skills WHERE user_id = ${placeholders.viewer}
         UNION SELECT skill_id FROM learning_goals WHERE user_id = ${placeholders.viewer}
       ),
       pool AS (
         SELECT t.* FROM tasks t
          WHERE t.status = 'open' AND t.poster_id <> ${placeholders.viewer} AND ${isVisible(placeholders)}
            AND EXISTS (SELECT 1 FROM task_skills ts WHERE ts.task_id = t.id AND ts.skill_id IN (SELECT skill_id FROM mine))
            AND NOT EXISTS (SELECT 1 FROM claims c WHERE c.task_id = t.id AND c.user_id = ${placeholders.viewer} AND c.status IN ${LIVE_CLAIMS})
          ORDER BY t.published_at DESC NULLS LAST, t.id DESC
          LIMIT ${poolSize}
       )
       SELECT ${SUMMARY_COLUMNS}, t.poster_id AS "posterId",
              (SELECT json_agg(json_build_object('id', sk.id, 'label', sk.label_nl, 'required', ts.required))
                 FROM task_skills ts JOIN skills sk ON sk.id = ts.skill_id WHERE ts.task_id = t.id) AS "skillRefs"
         FROM pool t ${SUMMARY_JOINS}`,
      params.values,
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

  private async matchTask(taskId: string, runner: QueryRunner): Promise<MatchTask | null> {
    const [row] = (await runner.query(
      `SELECT t.poster_id AS "posterId", t.learning_suitable AS "learningSuitable",
              t.estimated_hours::float8 AS "estimatedHours",
              to_char(t.start_date, 'YYYY-MM-DD') AS "startDate", to_char(t.end_date, 'YYYY-MM-DD') AS "endDate",
              t.location_type AS "locationType",
              (SELECT json_agg(json_build_object('id', s.id, 'label', s.label_nl, 'required', ts.required))
                 FROM task_skills ts JOIN skills s ON s.id = ts.skill_id WHERE ts.task_id = t.id) AS skills
         FROM tasks t WHERE t.id = $1`,
      [taskId],
    )) as {
      posterId: string;
      learningSuitable: boolean;
      estimatedHours: number;
      startDate: string;
      endDate: string;
      locationType: LocationType;
      skills: TaskSkillRow[] | null;
    }[];
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
 * Candidates of one klus ($1) with its skills ($2, in the order the codes refer to) and whether it is
 * suitable to learn ($3), in one statement: the audience first (the organisations that may see the
 * klus, each with its distance to the klus, computed once), then the rows of user_skills and
 * learning_goals of its skills in those organisations — one index-only scan each on (skill_id,
 * organisation_id, user_id), since skills and goals carry their person's organisation — each packed
 * into a small code, grouped per person, then their profile.
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
   WHERE x.id NOT IN (SELECT c.user_id FROM claims c WHERE c.task_id = $1 AND c.status IN ${LIVE_CLAIMS})`;

const LEVELS: readonly SkillLevel[] = ['basic', 'advanced', 'expert'];
/** Distinct codes a klus's unpacker keeps (a few hundred for the benchmark klus's 19,763 people). */
const UNPACKED_KEPT = 10_000;

type SkillRef = [skillId: string, level: SkillLevel, source: 'self' | 'demonstrated'];

/**
 * The rows of CANDIDATES_SQL as the domain's MatchCandidate. `codes` (the skills and goals a person
 * has of the klus's, `skills` in the order of $2) repeat a lot, so each distinct one is parsed once
 * and its Map and Set are shared: scoreMatch only reads them. Building them anew for every person
 * cost ten times as much as scoring.
 */
function unpacker(skills: readonly { id: string }[]): (row: PackedCandidateRow) => MatchCandidate {
  const seen = new Map<string, Pick<MatchCandidate, 'skills' | 'learningGoals'>>();
  return (row) => {
    let asked = seen.get(row.codes);
    if (!asked) {
      const held: SkillRef[] = [];
      const goals = new Set<string>();
      for (const part of row.codes.split(' ')) {
        const code = Number(part);
        const skillId = skills[code >> 3]?.id;
        if (skillId === undefined) continue;
        const kind = code & 7;
        if (kind === 6) goals.add(skillId);
        else held.push([skillId, LEVELS[kind >> 1] ?? 'basic', kind & 1 ? 'demonstrated' : 'self']);
      }
      asked = { skills: heldSkills(held), learningGoals: goals };
      if (seen.size >= UNPACKED_KEPT) seen.clear();
      seen.set(row.codes, asked);
    }
    return {
      userId: row.userId,
      skills: asked.skills,
      learningGoals: asked.learningGoals,
      hoursPerMonth: row.hoursPerMonth,
      locationPreference: row.locationPreference,
      maxDistanceKm: row.maxDistanceKm,
      distanceKm: row.distanceKm,
      // The SQL only returns people who can see the klus and are not on it.
      canSee: true,
      alreadyOn: false,
    };
  };
}

/** A skill held twice (self-declared and demonstrated) counts at the better level, demonstrated if either is. */
function heldSkills(rows: readonly SkillRef[]): Map<string, { level: SkillLevel; demonstrated: boolean }> {
  const skills = new Map<string, { level: SkillLevel; demonstrated: boolean }>();
  for (const [skillId, level, source] of rows) {
    const known = skills.get(skillId);
    const demonstrated = source === 'demonstrated' || (known?.demonstrated ?? false);
    const best = known && rank(known.level) > rank(level) ? known.level : level;
    skills.set(skillId, { level: best, demonstrated });
  }
  return skills;
}

function toCandidate(row: CandidateRow): MatchCandidate {
  return {
    userId: row.userId,
    skills: heldSkills(row.skills ?? []),
    learningGoals: new Set(row.goals ?? []),
    hoursPerMonth: row.hoursPerMonth,
    locationPreference: row.locationPreference,
    maxDistanceKm: row.maxDistanceKm,
    distanceKm: row.distanceKm,
    // The SQL only returns klussen the person can see and is not on.
    canSee: true,
    alreadyOn: false,
  };
}

const rank = (level: SkillLevel) => LEVELS.indexOf(level);

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
