import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  type Actor,
  type MatchCandidate,
  type MatchTask,
  rankMatches,
  scoreMatch,
  type SkillLevel,
} from '@klussenbank/domain';
import { DataSource } from 'typeorm';
import { personJson } from './dossier-queries.js';
import type { Person, SkillGapEntry } from './dossier.types.js';
import { DossiersService } from './dossiers.service.js';

/** How many people with a missing skill are read per skill (best level first) before scoring. */
const CANDIDATES_PER_SKILL = 25;
const SUGGESTIONS_PER_SKILL = 5;

interface HeldSkill {
  skillId: string;
  user: Person;
  level: SkillLevel;
  demonstrated: boolean;
}

interface Candidate {
  userId: string;
  user: Person;
  hoursPerMonth: number | null;
  skills: { skillId: string; level: SkillLevel; demonstrated: boolean }[];
  goals: string[];
}

/**
 * The dossier's needed skills against the team's (self-declared and demonstrated): which the team
 * lacks, and for each gap people of the partnership who have it, ranked by the matching function —
 * suggestions to invite, never automatic.
 */
@Injectable()
export class DossierSkillGapService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(DossiersService) private readonly dossiers: DossiersService,
  ) {}

  async of(viewer: Actor, id: string): Promise<{ items: SkillGapEntry[] }> {
    await this.dossiers.assertVisible(viewer, id);
    const needed = await this.db.query<{ id: string; label: string }[]>(
      `SELECT s.id, s.label_nl AS label FROM dossier_skills ds JOIN skills s ON s.id = ds.skill_id
        WHERE ds.dossier_id = $1 ORDER BY s.label_nl`,
      [id],
    );
    if (needed.length === 0) return { items: [] };
    // The team's holdings of the needed skills; demonstrated wins over self-declared for one person.
    const held = await this.db.query<HeldSkill[]>(
      `SELECT DISTINCT ON (us.skill_id, u.id)
              us.skill_id AS "skillId", ${personJson('u', 'o')} AS "user", us.level,
              us.source = 'demonstrated' AS demonstrated
         FROM dossier_members m
         JOIN user_skills us ON us.user_id = m.user_id
         JOIN dossier_skills ds ON ds.dossier_id = m.dossier_id AND ds.skill_id = us.skill_id
         JOIN users u ON u.id = m.user_id JOIN organisations o ON o.id = u.organisation_id
        WHERE m.dossier_id = $1 AND m.status = 'active'
        ORDER BY us.skill_id, u.id, (us.source = 'demonstrated') DESC`,
      [id],
    );
    const gaps = needed.filter((skill) => !held.some((h) => h.skillId === skill.id));
    const suggestions = gaps.length > 0 ? await this.suggest(id, gaps) : new Map<string, never[]>();
    return {
      items: needed.map((skill) => ({
        skill,
        covered: held.some((h) => h.skillId === skill.id),
        team: held
          .filter((h) => h.skillId === skill.id)
          .map(({ user, level, demonstrated }) => ({ user, level, demonstrated })),
        suggestions: suggestions.get(skill.id) ?? [],
      })),
    };
  }

  /**
   * People of the partnership, outside the team, who have a missing skill: per skill the best
   * CANDIDATES_PER_SKILL by level (one statement, index on user_skills (skill_id, user_id)), then
   * scored as for a klus that requires that skill and would like the other gaps.
   */
  private async suggest(
    id: string,
    gaps: { id: string; label: string }[],
  ): Promise<Map<string, SkillGapEntry['suggestions']>> {
    const gapIds = gaps.map((g) => g.id);
    const candidates = await this.db.query<(Candidate & { forSkill: string })[]>(
      `WITH dossier AS (SELECT partnership_id FROM dossiers WHERE id = $1),
       ranked AS (
         SELECT us.skill_id, us.user_id,
                row_number() OVER (PARTITION BY us.skill_id
                                   ORDER BY CASE us.level WHEN 'expert' THEN 0 WHEN 'advanced' THEN 1 ELSE 2 END,
                                            (us.source = 'demonstrated') DESC, us.user_id) AS n
           FROM user_skills us
           JOIN users u ON u.id = us.user_id
           JOIN partnership_members pm ON pm.organisation_id = u.organisation_id
                                      AND pm.partnership_id = (SELECT partnership_id FROM dossier)
          WHERE us.skill_id = ANY ($2::uuid[])
            AND NOT EXISTS (SELECT 1 FROM dossier_members m WHERE m.dossier_id = $1 AND m.user_id = us.user_id)
       )
       SELECT r.skill_id AS "forSkill", u.id AS "userId", ${personJson('u', 'o')} AS "user",
              p.hours_per_month AS "hoursPerMonth",
              coalesce((SELECT json_agg(json_build_object('skillId', s.skill_id, 'level', s.level,
                                                          'demonstrated', s.source = 'demonstrated'))
                          FROM user_skills s WHERE s.user_id = u.id AND s.skill_id = ANY ($2::uuid[])), '[]') AS skills,
              coalesce((SELECT json_agg(g.skill_id) FROM learning_goals g
                         WHERE g.user_id = u.id AND g.skill_id = ANY ($2::uuid[])), '[]') AS goals
         FROM ranked r
         JOIN users u ON u.id = r.user_id JOIN organisations o ON o.id = u.organisation_id
         LEFT JOIN profiles p ON p.user_id = u.id
        WHERE r.n <= $3`,
      [id, gapIds, CANDIDATES_PER_SKILL],
    );
    const result = new Map<string, SkillGapEntry['suggestions']>();
    for (const gap of gaps) {
      const task: MatchTask = {
        posterId: '',
        requiredSkills: [gap],
        niceToHaveSkills: gaps.filter((g) => g.id !== gap.id),
        learningSuitable: false,
        // A dossier asks no hours of its own: any availability fits.
        estimatedHours: 1,
        startDate: '2000-01-01',
        endDate: '2000-01-31',
        location: { type: 'remote' },
      };
      const scored = candidates
        .filter((c) => c.forSkill === gap.id)
        .flatMap((c) => {
          const match = scoreMatch(task, toMatchCandidate(c));
          return match ? [{ id: c.userId, candidate: c, match }] : [];
        });
      result.set(
        gap.id,
        rankMatches(scored)
          .slice(0, SUGGESTIONS_PER_SKILL)
          .map(({ candidate, match }) => {
            const own = candidate.skills.find((s) => s.skillId === gap.id);
            return {
              user: candidate.user,
              level: own?.level ?? 'basic',
              demonstrated: own?.demonstrated ?? false,
              score: match.score,
              reasons: [...match.reasons],
            };
          }),
      );
    }
    return result;
  }
}

function toMatchCandidate(c: Candidate): MatchCandidate {
  const skills = new Map<string, { level: SkillLevel; demonstrated: boolean }>();
  for (const s of c.skills) {
    const known = skills.get(s.skillId);
    if (!known || s.demonstrated) skills.set(s.skillId, { level: s.level, demonstrated: s.demonstrated });
  }
  return {
    userId: c.userId,
    skills,
    learningGoals: new Set(c.goals),
    hoursPerMonth: c.hoursPerMonth,
    locationPreference: 'any',
    maxDistanceKm: null,
    distanceKm: null,
    canSee: true,
    alreadyOn: false,
  };
}
