import { Inject, Injectable } from '@nestjs/common';
import {
  countsForMatching,
  type MatchCandidate,
  type MatchReason,
  type MatchTask,
  rankMatches,
  scoreMatch,
  type SkillLevel,
} from '@klussenbank/domain';
import type {
  MatchCandidatesProvider,
  MatchCandidate as Offer,
} from '../notifications/match-candidates.provider.js';
import type { QueryRunner } from 'typeorm';
import type { TaskSummary } from '../tasks/task.types.js';
import {
  type CandidateRow,
  MatchingRepository,
  type PackedCandidateRow,
  type SkillRef,
  type TaskSkillRow,
} from './matching.repository.js';

/**
 * How many candidates the fan-out gets at a time (one FETCH of the candidates cursor): each batch is
 * one insert of notifications and deliveries and one bulk add of e-mail jobs.
 */
const BATCH_SIZE = 2_000;
/** How many open klussen that share a skill with you are scored for "Aanbevolen voor jou". */
const RECOMMENDATION_POOL = 300;

/**
 * Who fits a klus, and which klussen fit a person. SQL finds the candidates set-based and
 * index-backed (by skill, then by organisation); the domain's scoreMatch ranks and explains them.
 */
@Injectable()
export class MatchingService implements MatchCandidatesProvider {
  constructor(@Inject(MatchingRepository) private readonly matching: MatchingRepository) {}

  /**
   * Everybody who may see the klus, is not its poster, is not on it, and has one of its skills (or,
   * when it is suitable to learn, a learning goal among them), in batches of BATCH_SIZE. One
   * statement computes them all once, through a cursor that the batches FETCH from, so memory does
   * not depend on how many match; the cursor's transaction (it only reads) holds one connection until
   * the last batch is taken, the caller stops early, or a batch fails. In no particular order: a rerun
   * after a crash recomputes them all, and the fan-out's unique keys skip those already notified.
   */
  async *candidates(taskId: string): AsyncIterable<Offer[]> {
    const runner = await this.matching.connect();
    try {
      await runner.startTransaction();
      const task = await this.matchTask(taskId, runner);
      if (!task) return;
      const skills = [...task.requiredSkills, ...task.niceToHaveSkills];
      if (skills.length === 0) return;
      await this.matching.declareCandidates(
        runner,
        taskId,
        skills.map((skill) => skill.id),
        task.learningSuitable,
      );
      const candidate = unpacker(skills);
      for (;;) {
        const rows = await this.matching.fetchCandidates(runner, BATCH_SIZE);
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
    const rows = await this.matching.recommendationPool(viewer, RECOMMENDATION_POOL);
    if (rows.length === 0) return [];
    const me = await this.matching.candidateRows(
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
    const row = await this.matching.matchTask(runner, taskId);
    if (!row) return null;
    return {
      posterId: row.posterId,
      ...matchedSkills(row.skills),
      learningSuitable: row.learningSuitable,
      estimatedHours: row.estimatedHours,
      startDate: row.startDate,
      endDate: row.endDate,
      location: { type: row.locationType },
    };
  }
}

const LEVELS: readonly SkillLevel[] = ['basic', 'advanced', 'expert'];
/** Distinct codes a klus's unpacker keeps (a few hundred for the benchmark klus's 19,763 people). */
const UNPACKED_KEPT = 10_000;

/**
 * The rows of CANDIDATES_SQL (matching.repository.ts) as the domain's MatchCandidate. `codes` (the
 * skills and goals a person has of the klus's, `skills` in the order of $2) repeat a lot, so each distinct one is parsed once
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

/** A klus's skills as matching sees them: its private (unaccepted) names match nobody. */
function matchedSkills(
  skills: TaskSkillRow[] | null,
): Pick<MatchTask, 'requiredSkills' | 'niceToHaveSkills'> {
  const shared = (skills ?? [])
    .filter(countsForMatching)
    .map(({ id, label, required }) => ({ id, label, required }));
  return {
    requiredSkills: shared.filter((s) => s.required),
    niceToHaveSkills: shared.filter((s) => !s.required),
  };
}

function toMatchTask(task: TaskSummary, skills: TaskSkillRow[] | null, posterId: string): MatchTask {
  return {
    posterId,
    ...matchedSkills(skills),
    learningSuitable: task.learningSuitable,
    estimatedHours: task.estimatedHours,
    startDate: task.startDate,
    endDate: task.endDate,
    location: { type: task.location.type },
  };
}
