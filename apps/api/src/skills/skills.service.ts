import { Inject, Injectable } from '@nestjs/common';
import {
  type Actor,
  canSeeSkill,
  cleanLabel,
  isPlatformAdmin,
  normaliseLabel,
  type SkillLabel,
  skillLabels,
  type SkillLanguage,
  type SkillMergeProblem,
  skillMergeProblem,
  skillReviewProblem,
} from '@klussenbank/domain';
import type { EntityManager } from 'typeorm';
import type { Page, PageQueryDto } from '../common/pagination.js';
import { type FieldError, ProblemException } from '../common/problem/problem.js';
import type {
  CreateSkillDto,
  ListSkillsQueryDto,
  SkillDetailDto,
  SkillSearchHitDto,
  SkillMergeDto,
  SkillProposalDto,
} from './dto/skill.dto.js';
import { SkillsRepository, type SkillWithOwner } from './skills.repository.js';

const MERGE_PROBLEMS = {
  'same-skill': 'skill-merge-same',
  'source-merged': 'skill-merged',
  'target-merged': 'skill-merge-target-merged',
  'target-inactive': 'skill-merge-target-inactive',
  'target-private': 'skill-merge-target-private',
} as const satisfies Record<SkillMergeProblem, string>;

/** Carries a preview's result out of the transaction it rolls back. */
class MergePreview extends Error {
  constructor(readonly result: SkillMergeDto) {
    super('merge preview');
  }
}

@Injectable()
export class SkillsService {
  constructor(@Inject(SkillsRepository) private readonly skills: SkillsRepository) {}

  /**
   * Live skills (active, not merged) with a label in either language — preferred, alternative or
   * hidden — in which every word of q starts a word. Best first: the whole label, then its start,
   * then a word inside it; a preferred label before a synonym.
   */
  async search(query: ListSkillsQueryDto): Promise<Page<SkillSearchHitDto>> {
    const { page, pageSize, lang } = query;
    const words = normaliseLabel(query.q ?? '')
      .split(/[^a-z0-9]+/)
      .filter(Boolean);
    const rows =
      words.length === 0
        ? await this.skills.listLive(lang, pageSize, (page - 1) * pageSize)
        : await this.skills.searchLive(words, lang, pageSize, (page - 1) * pageSize);
    // Past the last page the window count has no row to ride on; only then count separately.
    const total = rows[0]?.total ?? (page > 1 ? await this.skills.countLive(words) : 0);
    return { items: rows.map(({ total: _, ...skill }) => skill), page, pageSize, total };
  }

  /**
   * One skill, merged or not (a merged one says where it went). With a viewer: a private name of
   * another organisation is not found (the domain's canSeeSkill).
   */
  async get(
    id: string,
    lang: SkillLanguage = 'nl',
    manager?: EntityManager,
    viewer?: Actor,
  ): Promise<SkillDetailDto> {
    const row = await this.skills.find(id, lang, manager);
    if (!row || (viewer && !canSeeSkill(viewer, row))) throw ProblemException.notFound('not-found.skill');
    return withoutOwner(row);
  }

  /** Free names waiting for an admin: an org-admin's own organisation's, all for a platform admin. */
  async proposals(actor: Actor, query: PageQueryDto): Promise<Page<SkillProposalDto>> {
    const { page, pageSize } = query;
    const rows = await this.skills.listProposals(
      isPlatformAdmin(actor) ? null : actor.organisationId,
      pageSize,
      (page - 1) * pageSize,
    );
    return {
      items: rows.map(({ total: _, createdAt, ...row }) => ({ ...row, createdAt: createdAt.toISOString() })),
      page,
      pageSize,
      total: rows[0]?.total ?? 0,
    };
  }

  /**
   * An admin of the proposing organisation accepts a free name into the shared taxonomy (then lists,
   * search and matching use it) or rejects it (it stays private on the klussen and dossiers that name
   * it). Accepting is refused while a shared skill already has one of its names: merge it into that one.
   */
  async review(actor: Actor, id: string, decision: 'accept' | 'reject'): Promise<SkillDetailDto> {
    return this.skills.transaction(async (tx) => {
      const skill = await this.skills.lockForReview(tx, id);
      if (!skill || !canSeeSkill(actor, skill)) throw ProblemException.notFound('not-found.skill');
      const problem = skill.active ? skillReviewProblem(actor, skill, decision) : 'not-a-proposal';
      if (problem === 'not-your-organisation') throw ProblemException.forbidden('forbidden.skill-review');
      if (problem === 'not-a-proposal') throw ProblemException.conflict('skill-not-a-proposal');
      if (decision === 'accept') {
        const keys = await this.skills.normalisedLabels(tx, id);
        await this.skills.lockNames(tx, keys);
        const existing = await this.skills.findLiveByLabel(tx, keys, null, id);
        if (existing) {
          throw ProblemException.conflict(
            'skill-exists',
            { matched: existing.matched, label: existing.label },
            { existingSkillId: existing.id, existingLabel: existing.label },
          );
        }
      }
      await this.skills.setStatus(tx, id, decision === 'accept' ? 'accepted' : 'rejected');
      return this.get(id, 'nl', tx);
    });
  }

  /**
   * An org-admin proposes a skill (unverified until a platform admin looks at it); a platform admin
   * adds one (verified). Refused when any of its names is already a label of a live skill.
   */
  async create(actor: Actor, dto: CreateSkillDto): Promise<SkillDetailDto> {
    const labels: Record<SkillLanguage, SkillLabel[]> = {
      nl: skillLabels(dto.labelNl, dto.altLabels ?? []),
      en: dto.labelEn ? skillLabels(dto.labelEn) : [],
    };
    const keys = [...labels.nl, ...labels.en].map((l) => normaliseLabel(l.label));
    return this.skills.transaction(async (tx) => {
      await this.skills.lockNames(tx, keys);
      const existing = await this.skills.findLiveByLabel(tx, keys, actor.organisationId);
      if (existing) {
        throw ProblemException.conflict(
          'skill-exists',
          { matched: existing.matched, label: existing.label },
          { existingSkillId: existing.id, existingLabel: existing.label },
        );
      }
      const id = await this.skills.insert(tx, {
        labelNl: dto.labelNl,
        labelEn: dto.labelEn ?? null,
        category: dto.category ?? null,
        verified: isPlatformAdmin(actor),
        createdBy: actor.id,
      });
      await this.skills.insertLabels(tx, id, labels);
      return this.get(id, 'nl', tx);
    });
  }

  /**
   * Merges a duplicate into the skill that stays, in one transaction: every reference is re-pointed
   * (a row that would then exist twice is dropped: the target's own row wins), the duplicate's labels
   * become synonyms of the target, and the duplicate is switched off, pointing at the target.
   */
  async merge(sourceId: string, targetId: string): Promise<SkillMergeDto> {
    return this.skills.transaction((tx) => this.mergeIn(tx, sourceId, targetId));
  }

  /**
   * What a merge would move, counted by doing it and rolling it back: the same statements, so the
   * preview an admin confirms is exactly what the merge does at that moment.
   */
  async previewMerge(sourceId: string, targetId: string): Promise<SkillMergeDto> {
    try {
      await this.skills.transaction(async (tx) => {
        throw new MergePreview(await this.mergeIn(tx, sourceId, targetId));
      });
    } catch (error) {
      if (error instanceof MergePreview) return error.result;
      throw error;
    }
    throw new Error('A merge preview always rolls back.');
  }

  private async mergeIn(tx: EntityManager, sourceId: string, targetId: string): Promise<SkillMergeDto> {
    const locked = await this.skills.lockPair(tx, sourceId, targetId);
    const source = locked.find((s) => s.id === sourceId);
    const target = locked.find((s) => s.id === targetId);
    if (!source) throw ProblemException.notFound('not-found.skill');
    if (!target) {
      throw ProblemException.badRequest([{ name: 'targetId', key: 'unknown-skill' }]);
    }
    const refusal = skillMergeProblem(source, target);
    if (refusal) {
      throw ProblemException.conflict(MERGE_PROBLEMS[refusal]);
    }

    const referencesMoved: Record<string, number> = {};
    for (const reference of await this.skills.references(tx)) {
      const moved = await this.skills.repoint(tx, reference, sourceId, targetId);
      referencesMoved[reference.table] = (referencesMoved[reference.table] ?? 0) + moved;
    }
    // Skills merged into the duplicate earlier follow it, so no merge chain is ever longer than one.
    await this.skills.followMerge(tx, sourceId, targetId);
    const labelsMoved = await this.skills.moveLabels(tx, sourceId, targetId);
    await this.skills.retire(tx, sourceId, targetId);
    return {
      target: await this.get(targetId, 'nl', tx),
      labelsMoved,
      referencesMoved,
    };
  }

  /**
   * Field errors (`field[i]`, unknown-skill) for chosen skill ids that are not a live skill the
   * organisation may use: a shared skill, or one of its own private names (the domain's canReuseSkillName).
   */
  async skillIdProblems(
    manager: EntityManager,
    fields: Record<string, readonly string[] | undefined>,
    organisationId: string,
  ): Promise<FieldError[]> {
    const all = Object.values(fields).flatMap((ids) => ids ?? []);
    if (all.length === 0) return [];
    const usable = await this.skills.usableIds(manager, all, organisationId);
    return Object.entries(fields).flatMap(([field, ids]) =>
      (ids ?? []).flatMap((id, i) =>
        usable.has(id) ? [] : [{ name: `${field}[${i}]`, key: 'unknown-skill' as const }],
      ),
    );
  }

  /**
   * Free names (as klussen and profiles had them) to skills: a name is the skill whose label, in
   * either language, equals it after normalising — a preferred label before a synonym, one in `lang`
   * before one in the other language, a verified skill before a proposal. Only shared skills and the
   * proposer's organisation's own private names count (the domain's canReuseSkillName); an unknown
   * name becomes a proposal private to that organisation, which its admins accept or reject. Runs in
   * the caller's transaction; keys of the map are the names as given.
   */
  async resolveNames(
    manager: EntityManager,
    names: readonly string[],
    lang: SkillLanguage,
    proposer: { id: string | null; organisationId: string },
  ): Promise<Map<string, string>> {
    const byKey = new Map<string, string>();
    for (const name of names) {
      const key = normaliseLabel(name);
      if (key !== '' && !byKey.has(key)) byKey.set(key, cleanLabel(name));
    }
    const found = await this.skills.findByNames(manager, [...byKey.keys()], lang, proposer.organisationId);
    const missing = [...byKey.keys()].filter((key) => !found.has(key));
    if (missing.length > 0) {
      // Two transactions creating the same name would make two skills; the second waits and finds the first.
      await this.skills.lockNames(manager, missing);
      for (const [key, id] of await this.skills.findByNames(
        manager,
        missing,
        lang,
        proposer.organisationId,
      )) {
        found.set(key, id);
      }
      for (const key of missing.filter((k) => !found.has(k))) {
        const label = byKey.get(key) ?? key;
        const id = await this.skills.insertProposed(manager, label, lang, proposer);
        const preferred: SkillLabel[] = [{ label, kind: 'preferred' }];
        await this.skills.insertLabels(
          manager,
          id,
          lang === 'nl' ? { nl: preferred, en: [] } : { nl: [], en: preferred },
        );
        found.set(key, id);
      }
    }
    const result = new Map<string, string>();
    for (const name of names) {
      const id = found.get(normaliseLabel(name));
      if (id) result.set(name, id);
    }
    return result;
  }
}

const withoutOwner = ({ organisationId: _, ...skill }: SkillWithOwner): SkillDetailDto => skill;
