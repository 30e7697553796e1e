import { Inject, Injectable } from '@nestjs/common';
import {
  type Actor,
  isFindableFor,
  countsForMatching,
  type MatchCandidate,
  mayNameSuggestions,
  type MatchTask,
  rankMatches,
  scoreMatch,
  type SkillLevel,
  type SuggestionViewer,
} from '@klussenbank/domain';
import type { SkillGapEntry } from './dossier.types.js';
import { DossiersRepository, type SkillCandidate } from './dossiers.repository.js';
import { DossiersService } from './dossiers.service.js';

/** How many people with a missing skill are read per skill (best level first) before scoring. */
const CANDIDATES_PER_SKILL = 25;
const SUGGESTIONS_PER_SKILL = 5;

/**
 * The dossier's needed skills against the team's (self-declared and demonstrated): which the team
 * lacks, and for each gap how many people of the partnership have it. Trekkers (who invite) also see
 * the people findable for them by name, ranked by the matching function — suggestions to invite,
 * never automatic; people decide whether they can be found (isFindableFor).
 */
@Injectable()
export class DossierSkillGapService {
  constructor(
    @Inject(DossiersService) private readonly dossierService: DossiersService,
    @Inject(DossiersRepository) private readonly dossiers: DossiersRepository,
  ) {}

  async of(viewer: Actor, id: string): Promise<{ items: SkillGapEntry[]; namedSuggestions: boolean }> {
    await this.dossierService.assertVisible(viewer, id);
    const looker = {
      organisationId: viewer.organisationId,
      isTrekker: await this.dossiers.isTrekker(id, viewer.id),
    };
    const namedSuggestions = mayNameSuggestions(looker);
    const needed = await this.dossiers.neededSkills(id);
    if (needed.length === 0) return { items: [], namedSuggestions };
    // The team's holdings of the needed skills; demonstrated wins over self-declared for one person.
    const held = await this.dossiers.heldSkills(id);
    // People are suggested for shared skills only: a private name matches nobody.
    const gaps = needed
      .filter((skill) => !held.some((h) => h.skillId === skill.id) && countsForMatching(skill))
      .map(({ id: skillId, label }) => ({ id: skillId, label }));
    const counts =
      gaps.length > 0
        ? await this.dossiers.candidateCounts(
            id,
            gaps.map((g) => g.id),
            viewer.organisationId,
          )
        : new Map<string, never>();
    const suggestions =
      namedSuggestions && gaps.length > 0 ? await this.suggest(id, gaps, looker) : new Map<string, never[]>();
    return {
      namedSuggestions,
      items: needed.map(({ status: _, ...skill }) => ({
        skill,
        covered: held.some((h) => h.skillId === skill.id),
        team: held
          .filter((h) => h.skillId === skill.id)
          .map(({ user, level, demonstrated }) => ({ user, level, demonstrated })),
        suggestions: suggestions.get(skill.id) ?? [],
        candidateCount: counts.get(skill.id)?.candidateCount ?? 0,
        findableCount: namedSuggestions ? (counts.get(skill.id)?.findableCount ?? 0) : 0,
      })),
    };
  }

  /**
   * People of the partnership, outside the team and findable for the trekker, who have a missing
   * skill: per skill the best CANDIDATES_PER_SKILL by level (one statement, index on user_skills
   * (skill_id, user_id)), then scored as for a klus that requires that skill and would like the
   * other gaps.
   */
  private async suggest(
    id: string,
    gaps: { id: string; label: string }[],
    looker: SuggestionViewer,
  ): Promise<Map<string, SkillGapEntry['suggestions']>> {
    const gapIds = gaps.map((g) => g.id);
    const found = await this.dossiers.findableCandidates(
      id,
      gapIds,
      CANDIDATES_PER_SKILL,
      looker.organisationId,
    );
    // The query chose by the same rule; the domain decides, so a drift between the two never names anyone.
    const candidates = found.filter((c) => isFindableFor(looker, c.findable));
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

function toMatchCandidate(c: SkillCandidate): MatchCandidate {
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
