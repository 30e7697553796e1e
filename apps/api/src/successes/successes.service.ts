import { Inject, Injectable } from '@nestjs/common';
import {
  type Actor,
  answerNaming,
  canHideComment,
  canSeeSuccess,
  canShareSuccess,
  isPlatformAdmin,
  type NamingState,
  type SuccessAudience,
  type SuccessMilestone,
  successMilestone,
  taskSuccessAudience,
} from '@klussenbank/domain';
import { renderMarkdown } from '@klussenbank/domain/markdown';
import type { EntityManager } from 'typeorm';
import type { Page } from '../common/pagination.js';
import { ProblemException } from '../common/problem/problem.js';
import { OutboxService } from '../notifications/outbox.service.js';
import { TasksService } from '../tasks/tasks.service.js';
import type { ListSuccessesQueryDto, ShareSuccessDto } from './dto/success-input.dto.js';
import type { ApplauseDto, SuccessCommentDto, SuccessDetailDto, SuccessDto } from './dto/success.dto.js';
import { type CommentRow, type SuccessRow, SuccessesRepository } from './successes.repository.js';

/** What a share resolves to before it is stored. */
interface ShareSource {
  milestone: SuccessMilestone;
  taskId: string | null;
  dossierId: string | null;
  checkpointId: string | null;
  title: string;
  audience: SuccessAudience;
  peopleIds: string[];
  organisationIds: string[];
  skillIds: string[];
}

/**
 * The successes wall (libs/domain/src/successes.ts): a poster or trekker shares a milestone; the
 * people involved are asked whether they may be named; the partnership applauds and comments.
 */
@Injectable()
export class SuccessesService {
  constructor(
    @Inject(SuccessesRepository) private readonly successes: SuccessesRepository,
    @Inject(TasksService) private readonly tasks: TasksService,
    @Inject(OutboxService) private readonly outbox: OutboxService,
  ) {}

  async list(actor: Actor, query: ListSuccessesQueryDto): Promise<Page<SuccessDto>> {
    const { page, pageSize, ...filters } = query;
    const result = await this.successes.page(
      { id: actor.id, organisationId: actor.organisationId, platformAdmin: isPlatformAdmin(actor) },
      filters,
      page,
      pageSize,
    );
    return { ...result, items: result.items.map(toDto) };
  }

  async get(actor: Actor, id: string): Promise<SuccessDetailDto> {
    const success = await this.visible(actor, id);
    const organisationIds = await this.successes.organisationsOf(id);
    const comments = await this.successes.comments(id);
    return { ...toDto(success), comments: comments.map((c) => commentDto(actor, c, organisationIds)) };
  }

  async share(actor: Actor, dto: ShareSuccessDto): Promise<SuccessDetailDto> {
    if (!dto.taskId === !dto.dossierId) {
      throw ProblemException.badRequest([
        { name: 'taskId', key: 'task-or-dossier' },
        { name: 'dossierId', key: 'task-or-dossier' },
      ]);
    }
    if (dto.taskId && dto.checkpointId) {
      throw ProblemException.badRequest([{ name: 'checkpointId', key: 'task-or-dossier' }]);
    }
    const id = await this.successes.transaction(async (tx) => {
      const source = dto.taskId
        ? await this.taskSource(tx, actor, dto.taskId)
        : await this.dossierSource(tx, actor, dto.dossierId ?? '', dto.checkpointId ?? null);
      const people = source.peopleIds.map((userId) => {
        const naming: NamingState = userId === actor.id && dto.nameMe ? 'agreed' : 'asked';
        return { userId, naming };
      });
      const successId = await this.successes.insert(tx, {
        milestone: source.milestone,
        taskId: source.taskId,
        dossierId: source.dossierId,
        checkpointId: source.checkpointId,
        title: source.title,
        story: dto.story,
        storyHtml: renderMarkdown(dto.story),
        organisationId: source.audience.organisationId,
        sharedBy: actor.id,
        partnershipIds: [...source.audience.partnershipIds],
        organisationIds: source.organisationIds,
        skillIds: source.skillIds,
        people,
      });
      if (!successId) throw ProblemException.conflict('success-shared');
      await this.outbox.record(tx, { type: 'success.shared', successId });
      for (const { userId } of people.filter((p) => p.userId !== actor.id)) {
        await this.outbox.record(tx, { type: 'success.naming-requested', successId, userId });
      }
      return successId;
    });
    return this.get(actor, id);
  }

  async answerNaming(actor: Actor, id: string, agree: boolean): Promise<SuccessDto> {
    const success = await this.visible(actor, id);
    const naming = answerNaming(success.myNaming ?? 'asked', agree);
    if (!(await this.successes.answerNaming(id, actor.id, naming))) {
      throw ProblemException.forbidden('forbidden.success-naming');
    }
    return this.getSummary(actor, id);
  }

  async applaud(actor: Actor, id: string, applaud: boolean): Promise<ApplauseDto> {
    await this.visible(actor, id);
    if (applaud) await this.successes.applaud(id, actor.id);
    else await this.successes.withdrawApplause(id, actor.id);
    return this.successes.applause(id, actor.id);
  }

  async comment(actor: Actor, id: string, body: string): Promise<SuccessCommentDto> {
    await this.visible(actor, id);
    const commentId = await this.successes.addComment(id, actor.id, body);
    const [row] = await this.successes.comments(id, commentId);
    if (!row) throw new Error(`comment ${commentId} vanished`);
    return commentDto(actor, row, await this.successes.organisationsOf(id));
  }

  async hideComment(actor: Actor, id: string, commentId: string): Promise<void> {
    await this.visible(actor, id);
    const [row] = await this.successes.comments(id, commentId);
    if (!row) throw ProblemException.notFound('not-found.success-comment');
    if (!canHideComment(actor, row, await this.successes.organisationsOf(id))) {
      throw ProblemException.forbidden('forbidden.success-comment-hide');
    }
    await this.successes.hideComment(commentId, actor.id);
  }

  private async getSummary(actor: Actor, id: string): Promise<SuccessDto> {
    return toDto(await this.visible(actor, id));
  }

  /** The success if the actor may see it; 404 otherwise, so its existence does not leak. */
  private async visible(actor: Actor, id: string) {
    const success = await this.successes.find(actor.id, id);
    if (!success) throw ProblemException.notFound('not-found.success');
    const partnershipIds = new Set(await this.successes.partnershipsOf(actor.organisationId));
    if (!canSeeSuccess({ ...actor, partnershipIds }, success.audience)) {
      throw ProblemException.notFound('not-found.success');
    }
    return success;
  }

  private async taskSource(tx: EntityManager, actor: Actor, taskId: string): Promise<ShareSource> {
    await this.tasks.get(actor, taskId, tx); // 404 when the klus is hidden from the actor
    const task = await this.successes.taskSource(taskId, tx);
    if (!task) throw ProblemException.notFound('not-found.task');
    const source = { kind: 'task', status: task.status, posterId: task.posterId } as const;
    if (!canShareSuccess(actor, source)) throw ProblemException.forbidden('forbidden.success-share');
    const milestone = successMilestone(source);
    if (!milestone) throw ProblemException.conflict('success-not-reached');
    return {
      milestone,
      taskId,
      dossierId: task.dossierId,
      checkpointId: null,
      title: task.title,
      audience: taskSuccessAudience(task, task.partnershipsOfOrganisation),
      peopleIds: task.peopleIds,
      organisationIds: task.organisationIds,
      skillIds: task.skillIds,
    };
  }

  private async dossierSource(
    tx: EntityManager,
    actor: Actor,
    dossierId: string,
    checkpointId: string | null,
  ): Promise<ShareSource> {
    const dossier = await this.successes.dossierSource(
      dossierId,
      checkpointId,
      { organisationId: actor.organisationId, platformAdmin: isPlatformAdmin(actor) },
      tx,
    );
    if (!dossier) throw ProblemException.notFound('not-found.dossier');
    if (checkpointId && !dossier.checkpoint) throw ProblemException.notFound('not-found.checkpoint');
    const source = {
      kind: 'dossier',
      status: dossier.status,
      trekkerIds: dossier.trekkerIds,
      ...(dossier.checkpoint ? { checkpoint: { status: dossier.checkpoint.status } } : {}),
    } as const;
    if (!canShareSuccess(actor, source)) throw ProblemException.forbidden('forbidden.success-share');
    const milestone = successMilestone(source);
    if (!milestone) throw ProblemException.conflict('success-not-reached');
    return {
      milestone,
      taskId: null,
      dossierId,
      checkpointId: dossier.checkpoint?.id ?? null,
      title: dossier.checkpoint ? `${dossier.title}: ${dossier.checkpoint.title}` : dossier.title,
      audience: { organisationId: null, partnershipIds: [dossier.partnershipId] },
      peopleIds: dossier.peopleIds,
      organisationIds: dossier.organisationIds,
      skillIds: dossier.skillIds,
    };
  }
}

function toDto(row: SuccessRow): SuccessDto {
  return {
    id: row.id,
    milestone: row.milestone,
    title: row.title,
    story: row.story,
    storyHtml: row.storyHtml,
    createdAt: new Date(row.createdAt).toISOString(),
    task: row.task,
    dossier: row.dossier,
    checkpoint: row.checkpoint,
    organisations: row.organisations,
    partnerships: row.partnerships,
    skills: row.skills,
    hours: Number(row.hours),
    named: row.named,
    unnamedCount: row.unnamedCount,
    applause: row.applause,
    commentCount: row.commentCount,
    myNaming: row.myNaming,
  };
}

function commentDto(actor: Actor, row: CommentRow, organisationIds: string[]): SuccessCommentDto {
  return {
    id: row.id,
    author: row.author,
    body: row.body,
    createdAt: new Date(row.createdAt).toISOString(),
    canHide: canHideComment(actor, row, organisationIds),
  };
}
