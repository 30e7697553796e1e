import { Inject, Injectable } from '@nestjs/common';
import {
  type Actor,
  hasRole,
  isFinal,
  taskDatesProblem,
  type TaskStatus,
  transition,
} from '@klussenbank/domain';
import type { EntityManager } from 'typeorm';
import type { Page } from '../common/pagination.js';
import { selector } from '../common/problem/messages.js';
import { type FieldError, ProblemException } from '../common/problem/problem.js';
import type { ListTasksQueryDto } from './dto/list-tasks-query.dto.js';
import type { StatusChangeDto } from './dto/status-change.dto.js';
import type { CreateTaskDto, TaskFieldsDto, UpdateTaskDto } from './dto/task-input.dto.js';
import { OutboxService } from '../notifications/outbox.service.js';
import { SkillsService } from '../skills/skills.service.js';
import { LedgerService } from '../ledger/ledger.service.js';
import { EvaluationRequests } from '../evaluations/evaluation-requests.service.js';
import { recordDossierActivity } from '../dossiers/dossier-activity.js';
import { renderMarkdown } from '@klussenbank/domain/markdown';
import { type LockedTask, type PostedTask, type Queryable, TasksRepository } from './tasks.repository.js';
import type { TaskDetail, TaskSummary, Viewer } from './task.types.js';

/** The statuses a change tells people about (the outbox event it writes). */
const STATUS_EVENTS: Partial<Record<TaskStatus, 'task.published' | 'task.cancelled' | 'task.completed'>> = {
  open: 'task.published',
  cancelled: 'task.cancelled',
  completed: 'task.completed',
};

/** Material changes need the participants' renewed consent; we refuse them once people are on it. */
const MATERIAL_FIELDS = ['estimatedHours', 'startDate', 'endDate', 'location'] as const;

@Injectable()
export class TasksService {
  constructor(
    @Inject(TasksRepository) private readonly tasks: TasksRepository,
    @Inject(SkillsService) private readonly skills: SkillsService,
    @Inject(OutboxService) private readonly outbox: OutboxService,
    @Inject(LedgerService) private readonly ledger: LedgerService,
    @Inject(EvaluationRequests) private readonly evaluationRequests: EvaluationRequests,
  ) {}

  list(viewer: Viewer, query: ListTasksQueryDto): Promise<Page<TaskSummary>> {
    return this.tasks.search(viewer, query);
  }

  async get(viewer: Viewer, id: string, db?: Queryable): Promise<TaskDetail> {
    const row = await this.tasks.findVisible(viewer, id, db);
    if (!row) throw ProblemException.notFound('not-found.task');
    const { posterId, ...task } = row;
    const isPoster = posterId === viewer.id;
    const claims = await this.tasks.claimsOn(id, { allOf: isPoster, viewerId: viewer.id }, db);
    const mine = claims.filter((c) => c.userId === viewer.id).at(-1);
    return {
      ...task,
      descriptionHtml: renderMarkdown(task.description),
      isPoster,
      myClaim: mine ? { id: mine.id, status: mine.status, motivation: mine.motivation } : null,
      claims: isPoster ? claims.map(({ userId: _userId, ...claim }) => claim) : [],
    };
  }

  async create(actor: Actor, dto: CreateTaskDto): Promise<TaskDetail> {
    if (!hasRole(actor, 'manager')) throw ProblemException.forbidden('forbidden.manager-only');
    const visibility = dto.visibility ?? 'all-partnerships';
    return this.tasks.transaction(async (tx) => {
      await this.assertValid(tx, actor, { ...dto, visibility }, dto.dossierId);
      const publish = dto.publish ?? true;
      const id = await this.tasks.insert(tx, actor, dto, { visibility, publish });
      await this.saveSkills(tx, actor, id, {
        requiredNames: dto.requiredSkills ?? [],
        niceNames: dto.niceToHaveSkills ?? [],
        requiredIds: dto.requiredSkillIds ?? [],
        niceIds: dto.niceToHaveSkillIds ?? [],
      });
      // In the same transaction: matching hears of the klus exactly when it exists.
      if (publish) await this.published(tx, actor, id);
      return this.get(actor, id, tx);
    });
  }

  async update(actor: Actor, id: string, dto: UpdateTaskDto): Promise<TaskDetail> {
    return this.tasks.transaction(async (tx) => {
      const task = await this.lockForPoster(tx, actor, id);
      if (isFinal(task.status)) {
        throw ProblemException.conflict('task-closed', { status: selector(task.status) });
      }
      const live = await this.tasks.countLiveClaims(tx, id);
      const material = MATERIAL_FIELDS.filter(
        (field) => dto[field] !== undefined && changed(task, field, dto),
      );
      if (live > 0 && (material.length > 0 || (dto.capacity !== undefined && dto.capacity < task.taken))) {
        throw ProblemException.conflict('task-has-participants');
      }
      const next = { ...(await this.tasks.fields(tx, id)), ...stripUndefined(dto) } as TaskFieldsDto;
      if (dto.visibility && dto.visibility !== 'partnership') next.partnershipId = undefined;
      await this.assertValid(tx, actor, next);

      const capacity = dto.capacity ?? task.capacity;
      const status: TaskStatus =
        task.status === 'open' || task.status === 'full'
          ? task.taken >= capacity
            ? 'full'
            : 'open'
          : task.status;
      await this.tasks.update(tx, id, dto, { capacity, status });
      // A list given by name or by id replaces that list; a list not given at all stays as it was.
      const keepRequired = dto.requiredSkills === undefined && dto.requiredSkillIds === undefined;
      const keepNice = dto.niceToHaveSkills === undefined && dto.niceToHaveSkillIds === undefined;
      if (!keepRequired || !keepNice) {
        const current = await this.tasks.skillLabels(tx, id);
        const currentIds = (required: boolean) =>
          current.filter((s) => s.required === required).map((s) => s.id);
        await this.tasks.removeSkills(tx, id);
        await this.saveSkills(tx, actor, id, {
          requiredNames: dto.requiredSkills ?? [],
          niceNames: dto.niceToHaveSkills ?? [],
          requiredIds: keepRequired ? currentIds(true) : (dto.requiredSkillIds ?? []),
          niceIds: keepNice ? currentIds(false) : (dto.niceToHaveSkillIds ?? []),
        });
      }
      if (live > 0) await this.outbox.record(tx, { type: 'task.changed', taskId: id });
      return this.get(actor, id, tx);
    });
  }

  async changeStatus(actor: Actor, id: string, dto: StatusChangeDto): Promise<TaskDetail> {
    return this.tasks.transaction(async (tx) => {
      const task = await this.lockForPoster(tx, actor, id);
      const result = transition(task, dto.action, dto.reason);
      if (!result.ok) {
        if (result.reason === 'reason-required') {
          throw ProblemException.badRequest([{ name: 'reason', key: 'required.cancel-reason' }]);
        }
        throw ProblemException.conflict(
          result.reason,
          { status: selector(task.status) },
          { currentStatus: task.status },
        );
      }
      if (dto.action === 'complete') await this.recordHours(tx, actor, id, dto);
      await this.tasks.setStatus(tx, id, result.status, dto.reason?.trim() ?? null);
      if (result.status === 'cancelled') await this.tasks.withdrawPendingClaims(tx, id);
      const event = STATUS_EVENTS[result.status];
      if (event === 'task.published') await this.published(tx, actor, id);
      else if (event) await this.outbox.record(tx, { type: event, taskId: id });
      if (result.status === 'completed') {
        await this.toDossierFeed(tx, actor.id, id, 'task-completed');
        // The poster and each participant are asked how it went, in this transaction.
        await this.evaluationRequests.recordCompletion(tx, id);
      }
      return this.get(actor, id, tx);
    });
  }

  async postedBy(viewer: Viewer): Promise<{ items: PostedTask[] }> {
    return { items: await this.tasks.postedBy(viewer.id) };
  }

  /** Matching hears of a published klus; a klus in a dossier is news for its team and feed too. */
  private async published(tx: EntityManager, actor: Actor, id: string): Promise<void> {
    await this.outbox.record(tx, { type: 'task.published', taskId: id });
    const dossierId = await this.toDossierFeed(tx, actor.id, id, 'task-posted');
    if (dossierId) await this.outbox.record(tx, { type: 'dossier.task-posted', dossierId, taskId: id });
  }

  /** Writes the klus's news in its dossier's feed, if it has a dossier; returns that dossier. */
  async toDossierFeed(
    tx: EntityManager,
    actorId: string,
    id: string,
    type: 'task-posted' | 'task-claimed' | 'task-completed',
  ): Promise<string | null> {
    const dossierId = await this.tasks.dossierOf(tx, id);
    if (!dossierId) return null;
    await recordDossierActivity(tx, { dossierId, type, actorId, taskId: id });
    return dossierId;
  }

  /** The poster's own klus, locked for this transaction; anybody else gets what a stranger gets. */
  private async lockForPoster(tx: EntityManager, actor: Viewer, id: string): Promise<LockedTask> {
    const task = await this.tasks.lock(tx, id);
    if (!task) throw ProblemException.notFound('not-found.task');
    if (task.poster_id !== actor.id) {
      await this.get(actor, id, tx); // 404 when invisible, so existence does not leak
      throw ProblemException.forbidden('forbidden.poster-only');
    }
    return task;
  }

  private async recordHours(
    tx: EntityManager,
    actor: Actor,
    id: string,
    dto: StatusChangeDto,
  ): Promise<void> {
    const active = await this.tasks.activeClaimIds(tx, id);
    const hours = new Map((dto.actualHours ?? []).map((h) => [h.claimId, h.hours]));
    const unknown = [...hours.keys()].filter((claimId) => !active.includes(claimId));
    const missing = active.filter((claimId) => !hours.has(claimId));
    if (unknown.length > 0 || missing.length > 0) {
      throw ProblemException.badRequest([
        ...missing.map((claimId): FieldError => ({
          name: 'actualHours',
          key: 'missing',
          params: { claimId },
        })),
        ...unknown.map((claimId): FieldError => ({
          name: 'actualHours',
          key: 'unknown-claim',
          params: { claimId },
        })),
      ]);
    }
    const taskSkills = await this.tasks.skillIds(tx, id);
    const foreign = (dto.actualHours ?? []).flatMap((entry, i) =>
      (entry.demonstratedSkillIds ?? []).some((skillId) => !taskSkills.has(skillId))
        ? [{ name: `actualHours[${i}].demonstratedSkillIds`, key: 'not-a-skill-of-this-task' as const }]
        : [],
    );
    if (foreign.length > 0) throw ProblemException.badRequest(foreign);
    for (const [claimId, value] of hours) await this.tasks.completeClaim(tx, claimId, value);
    // The hours become ledger entries in this transaction: given by each participant's organisation.
    await this.ledger.recordCompletion(tx, id, actor.id);
    // Demonstrated skills, confirmed by the poster: at the level the person claims, or basic.
    for (const entry of dto.actualHours ?? []) {
      if (!entry.demonstratedSkillIds?.length) continue;
      await this.tasks.recordDemonstratedSkills(
        tx,
        entry.claimId,
        [...new Set(entry.demonstratedSkillIds)],
        actor.id,
      );
    }
  }

  private async assertValid(
    tx: EntityManager,
    actor: Actor,
    dto: Partial<TaskFieldsDto>,
    dossierId?: string,
  ): Promise<void> {
    const invalid: FieldError[] = [];
    if (dossierId) {
      // A klus of a dossier is posted by someone in its team, for the dossier's partnership to see.
      const dossier = await this.tasks.dossierForPosting(tx, dossierId, actor.id);
      if (!dossier?.in_team) {
        invalid.push({ name: 'dossierId', key: 'not-in-team' });
      } else if (
        dto.visibility === 'organisation' ||
        (dto.visibility === 'partnership' && dto.partnershipId !== dossier.partnership_id)
      ) {
        invalid.push({ name: 'visibility', key: 'dossier-partnership' });
      }
    }
    if (dto.startDate && dto.endDate) {
      const dates = taskDatesProblem(dto.startDate, dto.endDate);
      if (dates) {
        invalid.push({ name: 'endDate', key: dates === 'too-long' ? 'too-long.task-duration' : dates });
      }
    }
    if (dto.visibility === 'partnership') {
      const member = await this.tasks.isPartnershipMember(tx, dto.partnershipId, actor.organisationId);
      if (!member) {
        invalid.push({ name: 'partnershipId', key: 'not-a-member' });
      }
    }
    invalid.push(
      ...(await this.skills.skillIdProblems(
        tx,
        { requiredSkillIds: dto.requiredSkillIds, niceToHaveSkillIds: dto.niceToHaveSkillIds },
        actor.organisationId,
      )),
    );
    if (invalid.length) throw ProblemException.badRequest(invalid);
  }

  /**
   * Free names become taxonomy skills: known shared labels link; a new name becomes a proposal private to
   * the poster's organisation (shown on the klus, never matched) until an admin there accepts it.
   */
  private async saveSkills(
    tx: EntityManager,
    actor: Actor,
    taskId: string,
    skills: { requiredNames: string[]; niceNames: string[]; requiredIds: string[]; niceIds: string[] },
  ): Promise<void> {
    const { requiredNames, niceNames } = skills;
    if (requiredNames.length + niceNames.length + skills.requiredIds.length + skills.niceIds.length === 0)
      return;
    const ids = await this.skills.resolveNames(tx, [...requiredNames, ...niceNames], 'nl', actor);
    const requiredIds = new Set([
      ...skills.requiredIds,
      ...requiredNames.flatMap((name) => ids.get(name) ?? []),
    ]);
    const niceIds = new Set(
      [...skills.niceIds, ...niceNames.flatMap((name) => ids.get(name) ?? [])].filter(
        (id) => !requiredIds.has(id),
      ),
    );
    await this.tasks.addSkills(tx, taskId, [
      ...[...requiredIds].map((id) => ({ id, required: true })),
      ...[...niceIds].map((id) => ({ id, required: false })),
    ]);
  }
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

function changed(task: LockedTask, field: (typeof MATERIAL_FIELDS)[number], dto: UpdateTaskDto): boolean {
  switch (field) {
    case 'estimatedHours':
      return Number(task.estimated_hours) !== dto.estimatedHours;
    case 'startDate':
      return String(task.start_date) !== dto.startDate;
    case 'endDate':
      return String(task.end_date) !== dto.endDate;
    case 'location':
      return (
        task.location_type !== dto.location?.type ||
        (task.location_municipality ?? undefined) !== (dto.location?.municipality ?? undefined) ||
        (task.location_address ?? undefined) !== (dto.location?.address ?? undefined)
      );
  }
}
