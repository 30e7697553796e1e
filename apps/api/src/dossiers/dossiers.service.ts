import { Inject, Injectable } from '@nestjs/common';
import {
  type Actor,
  canChangeDossierStatus,
  canLeadDossier,
  checkpointHeldTooEarly,
  checkpointReflectionMissing,
  dayInAmsterdam,
  DOSSIER_STATUSES,
  isPlatformAdmin,
  teamCapProblem,
} from '@klussenbank/domain';
import type { EntityManager } from 'typeorm';
import type { Page, PageQueryDto } from '../common/pagination.js';
import { type FieldError, ProblemException } from '../common/problem/problem.js';
import { OutboxService } from '../notifications/outbox.service.js';
import { SkillsService } from '../skills/skills.service.js';
import { renderMarkdown } from '@klussenbank/domain/markdown';
import { recordDossierActivity } from './dossier-activity.js';
import type { Activity, Checkpoint, DossierDetail, DossierSummary } from './dossier.types.js';
import {
  type DossierViewer,
  DossiersRepository,
  type LockedDossier,
  type Queryable,
} from './dossiers.repository.js';
import type { CreateCheckpointDto, UpdateCheckpointDto } from './dto/checkpoint.dto.js';
import type { CreateDossierDto, UpdateDossierDto } from './dto/dossier-input.dto.js';
import type { ListDossiersQueryDto } from './dto/list-dossiers-query.dto.js';

export type { LockedDossier } from './dossiers.repository.js';

export const NOT_FOUND = () => ProblemException.notFound('not-found.dossier');
export const LEAD_ONLY = () => ProblemException.forbidden('forbidden.dossier-lead-only');

/** Dossiers: finding, starting and editing them, their checkpoints and their activity feed. */
@Injectable()
export class DossiersService {
  constructor(
    @Inject(DossiersRepository) private readonly dossiers: DossiersRepository,
    @Inject(SkillsService) private readonly skills: SkillsService,
    @Inject(OutboxService) private readonly outbox: OutboxService,
  ) {}

  async list(viewer: Actor, query: ListDossiersQueryDto): Promise<Page<DossierSummary>> {
    const statuses = DOSSIER_STATUSES.filter((s) => (query.status ?? ['exploring', 'active']).includes(s));
    const { items, total } = await this.dossiers.search(asViewer(viewer), query, statuses);
    return {
      items,
      page: query.page,
      pageSize: query.pageSize,
      total,
    };
  }

  async get(viewer: Actor, id: string, db?: Queryable): Promise<DossierDetail> {
    const row = await this.dossiers.findVisible(asViewer(viewer), id, db);
    if (!row) throw NOT_FOUND();
    const canEdit = canLeadDossier({
      isTrekker: row.myRole === 'trekker' && row.myStatus === 'active',
      isPlatformAdmin: isPlatformAdmin(viewer),
    });
    // Requests and invitations are for the trekkers' eyes, and for the person they concern.
    const team = await this.dossiers.team(id, { withPending: canEdit, viewerId: viewer.id }, db);
    return { ...row, descriptionHtml: renderMarkdown(row.description), team, canEdit };
  }

  async create(actor: Actor, dto: CreateDossierDto): Promise<DossierDetail> {
    return this.dossiers.transaction(async (tx) => {
      const member = await this.dossiers.isPartnershipMember(tx, dto.partnershipId, actor.organisationId);
      const invalid = await this.skills.skillIdProblems(tx, { skillIds: dto.skillIds }, actor.organisationId);
      if (!member) invalid.unshift({ name: 'partnershipId', key: 'not-a-member' });
      if (invalid.length) throw ProblemException.badRequest(invalid);
      const id = await this.dossiers.insert(tx, actor.id, dto);
      await this.saveSkills(tx, actor, id, dto.skills ?? [], dto.skillIds ?? []);
      await recordDossierActivity(tx, { dossierId: id, type: 'dossier-created', actorId: actor.id });
      await this.outbox.record(tx, { type: 'dossier.created', dossierId: id });
      return this.get(actor, id, tx);
    });
  }

  async update(actor: Actor, id: string, dto: UpdateDossierDto): Promise<DossierDetail> {
    return this.dossiers.transaction(async (tx) => {
      const dossier = await this.lock(tx, actor, id);
      if (!dossier.canLead) throw LEAD_ONLY();
      if (dto.status !== undefined && dto.status !== dossier.status) {
        if (!canChangeDossierStatus(dossier.status, dto.status)) {
          throw ProblemException.conflict(
            'illegal-transition.dossier',
            { status: dossier.status },
            { currentStatus: dossier.status },
          );
        }
      }
      const current = await this.dossiers.dates(tx, id);
      const invalid: FieldError[] = [];
      const startDate = dto.startDate ?? current.startDate;
      const endDate = dto.endDate === undefined ? current.endDate : dto.endDate;
      if (endDate !== null && endDate < startDate) {
        invalid.push({ name: 'endDate', key: 'end-before-start' });
      }
      if (dto.teamCap !== undefined && teamCapProblem(dto.teamCap, dossier.teamSize)) {
        invalid.push({ name: 'teamCap', key: 'below-team-size', params: { teamSize: dossier.teamSize } });
      }
      invalid.push(
        ...(await this.skills.skillIdProblems(
          tx,
          { skillIds: dto.skillIds ?? undefined },
          actor.organisationId,
        )),
      );
      if (invalid.length) throw ProblemException.badRequest(invalid);

      await this.dossiers.update(tx, id, dto, { startDate, endDate });
      // null, as for every field of an edit, leaves them as they are; names or ids given replace the list.
      if (Array.isArray(dto.skills) || Array.isArray(dto.skillIds)) {
        await this.dossiers.removeSkills(tx, id);
        await this.saveSkills(tx, actor, id, dto.skills ?? [], dto.skillIds ?? []);
      }
      if (dto.status !== undefined && dto.status !== dossier.status) {
        await recordDossierActivity(tx, {
          dossierId: id,
          type: 'status-changed',
          actorId: actor.id,
          data: { status: dto.status },
        });
      }
      return this.get(actor, id, tx);
    });
  }

  /**
   * The dossier row locked for this transaction (changes to one dossier's team queue here, so the
   * cap and "never without a trekker" hold under concurrent requests), or 404 when not visible.
   */
  async lock(tx: EntityManager, actor: Actor, id: string): Promise<LockedDossier> {
    const row = await this.dossiers.lockVisible(tx, asViewer(actor), id);
    if (!row) throw NOT_FOUND();
    // Counted after the lock, so every earlier change to this team is seen.
    const counts = await this.dossiers.teamCounts(tx, id);
    return {
      ...row,
      ...counts,
      canLead: canLeadDossier({
        isTrekker: row.myRole === 'trekker' && row.myStatus === 'active',
        isPlatformAdmin: isPlatformAdmin(actor),
      }),
    };
  }

  async checkpoints(viewer: Actor, id: string): Promise<{ items: Checkpoint[] }> {
    await this.assertVisible(viewer, id);
    const items = await this.dossiers.checkpoints(id);
    return { items };
  }

  async planCheckpoint(actor: Actor, id: string, dto: CreateCheckpointDto): Promise<Checkpoint> {
    return this.dossiers.transaction(async (tx) => {
      const dossier = await this.lock(tx, actor, id);
      if (!dossier.canLead) throw LEAD_ONLY();
      const checkpointId = await this.dossiers.insertCheckpoint(tx, id, dto);
      await recordDossierActivity(tx, {
        dossierId: id,
        type: 'checkpoint-planned',
        actorId: actor.id,
        checkpointId,
      });
      return this.checkpoint(tx, id, checkpointId);
    });
  }

  async updateCheckpoint(
    actor: Actor,
    id: string,
    checkpointId: string,
    dto: UpdateCheckpointDto,
  ): Promise<Checkpoint> {
    return this.dossiers.transaction(async (tx) => {
      const dossier = await this.lock(tx, actor, id);
      const current = await this.checkpoint(tx, id, checkpointId);
      if (!dossier.canLead) throw LEAD_ONLY();
      const next = {
        wentWell: dto.wentWell ?? current.wentWell,
        chafed: dto.chafed ?? current.chafed,
        changes: dto.changes ?? current.changes,
      };
      const holding = dto.held === true && current.status === 'planned';
      if ((holding || current.status === 'held') && checkpointReflectionMissing(next)) {
        throw ProblemException.badRequest(
          (['wentWell', 'chafed', 'changes'] as const).map((name) => ({ name, key: 'reflection-required' })),
        );
      }
      const plannedOn = dto.plannedOn ?? current.plannedOn;
      if (holding && checkpointHeldTooEarly(plannedOn, dayInAmsterdam(new Date()))) {
        const [year, month, day] = plannedOn.split('-').map(Number);
        throw ProblemException.conflict(
          'checkpoint-not-due',
          { day, monthNumber: month, year },
          { plannedOn },
        );
      }
      await this.dossiers.updateCheckpoint(tx, id, checkpointId, dto, {
        reflection: next,
        holding,
        writerId: actor.id,
      });
      if (holding) {
        await recordDossierActivity(tx, {
          dossierId: id,
          type: 'checkpoint-held',
          actorId: actor.id,
          checkpointId,
        });
      }
      return this.checkpoint(tx, id, checkpointId);
    });
  }

  async activity(viewer: Actor, id: string, page: PageQueryDto): Promise<Page<Activity>> {
    await this.assertVisible(viewer, id);
    const { items, total } = await this.dossiers.activity(asViewer(viewer), id, page);
    return {
      items,
      page: page.page,
      pageSize: page.pageSize,
      total,
    };
  }

  /** 404 unless the viewer may see the dossier. */
  async assertVisible(viewer: Actor, id: string, db?: Queryable): Promise<void> {
    if (!(await this.dossiers.isVisible(asViewer(viewer), id, db))) throw NOT_FOUND();
  }

  private async checkpoint(tx: EntityManager, id: string, checkpointId: string): Promise<Checkpoint> {
    const row = await this.dossiers.checkpoint(tx, id, checkpointId);
    if (!row) throw ProblemException.notFound('not-found.checkpoint');
    return row;
  }

  /** Free names become taxonomy skills as for klussen: a new name is a proposal private to the writer's organisation. */
  private async saveSkills(
    tx: EntityManager,
    actor: Actor,
    id: string,
    names: string[],
    chosen: string[],
  ): Promise<void> {
    if (names.length + chosen.length === 0) return;
    const ids =
      names.length > 0 ? await this.skills.resolveNames(tx, names, 'nl', actor) : new Map<string, string>();
    await this.dossiers.addSkills(tx, id, [...new Set([...chosen, ...ids.values()])]);
  }
}

/** The viewer as dossier visibility needs them: platform admins see every dossier. */
function asViewer(actor: Actor): DossierViewer {
  return { id: actor.id, organisationId: actor.organisationId, platformAdmin: isPlatformAdmin(actor) };
}
