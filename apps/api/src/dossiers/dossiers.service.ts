import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  type Actor,
  canChangeDossierStatus,
  canLeadDossier,
  checkpointReflectionMissing,
  DOSSIER_STATUSES,
  type DossierRole,
  type DossierStatus,
  isPlatformAdmin,
  type MembershipStatus,
  teamCapProblem,
} from '@klussenbank/domain';
import { DataSource, type EntityManager } from 'typeorm';
import type { Page, PageQueryDto } from '../common/pagination.js';
import { problem, ProblemException } from '../common/problem/problem.js';
import { OutboxService } from '../notifications/outbox.service.js';
import { SkillsService } from '../skills/skills.service.js';
import { renderMarkdown } from '@klussenbank/domain/markdown';
import { recordDossierActivity } from './dossier-activity.js';
import {
  IS_VISIBLE,
  personJson,
  SUMMARY_COLUMNS,
  SUMMARY_JOINS,
  TEAM_MEMBER_COLUMNS,
  TEAM_MEMBER_JOINS,
  visibleTo,
} from './dossier-queries.js';
import type { Activity, Checkpoint, DossierDetail, DossierSummary, TeamMember } from './dossier.types.js';
import type { CreateCheckpointDto, UpdateCheckpointDto } from './dto/checkpoint.dto.js';
import type { CreateDossierDto, UpdateDossierDto } from './dto/dossier-input.dto.js';
import type { ListDossiersQueryDto } from './dto/list-dossiers-query.dto.js';

export const NOT_FOUND = () => ProblemException.notFound('Dit dossier bestaat niet of u kunt het niet zien.');
export const LEAD_ONLY = () =>
  ProblemException.forbidden('Alleen de trekkers van dit dossier kunnen dit doen.');

const STATUS_WORDS: Record<DossierStatus, string> = {
  exploring: 'verkennend',
  active: 'actief',
  completed: 'afgerond',
  stopped: 'gestopt',
};

/** A dossier locked for a change, with the viewer's place in it and the team's counts. */
export interface LockedDossier {
  id: string;
  partnershipId: string;
  status: DossierStatus;
  teamCap: number | null;
  joinPolicy: 'open' | 'on-request';
  teamSize: number;
  trekkers: number;
  myRole: DossierRole | null;
  myStatus: MembershipStatus | null;
  /** Trekker (active) or platform admin. */
  canLead: boolean;
}

const CHECKPOINT_COLUMNS = `
  c.id, c.title, to_char(c.planned_on, 'YYYY-MM-DD') AS "plannedOn", c.status,
  c.went_well AS "wentWell", c.chafed, c.changes, to_char(c.held_on, 'YYYY-MM-DD') AS "heldOn",
  CASE WHEN w.id IS NULL THEN NULL ELSE json_build_object('id', w.id, 'name', w.display_name) END AS "writtenBy"`;

/** Dossiers: finding, starting and editing them, their checkpoints and their activity feed. */
@Injectable()
export class DossiersService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(SkillsService) private readonly skills: SkillsService,
    @Inject(OutboxService) private readonly outbox: OutboxService,
  ) {}

  async list(viewer: Actor, query: ListDossiersQueryDto): Promise<Page<DossierSummary>> {
    const params: unknown[] = [viewer.organisationId, viewer.id, isPlatformAdmin(viewer)];
    const add = (value: unknown) => `$${params.push(value)}`;
    const statuses = DOSSIER_STATUSES.filter((s) => (query.status ?? ['exploring', 'active']).includes(s));
    const where = [IS_VISIBLE, `d.status = ANY (${add(statuses)}::text[])`];
    const q = query.q?.trim();
    let order = 'd.updated_at DESC, d.id DESC';
    if (q) {
      const tsquery = `kb_search_query(${add(q)})`;
      where.push(`d.search_vector @@ ${tsquery}`);
      order = `ts_rank(d.search_vector, ${tsquery}) DESC, ${order}`;
    }
    if (query.partnershipId) where.push(`d.partnership_id = ${add(query.partnershipId)}`);
    if (query.skill) {
      where.push(`EXISTS (SELECT 1 FROM dossier_skills ds JOIN skill_labels sl ON sl.skill_id = ds.skill_id
                           WHERE ds.dossier_id = d.id AND sl.normalised = kb_normalise_label(${add(query.skill)}))`);
    }
    if (query.mine) where.push(`me.user_id IS NOT NULL`);
    const rows = await this.db.query<(DossierSummary & { total: number })[]>(
      `WITH page AS (
         SELECT d.*, count(*) OVER () AS total FROM dossiers d
           LEFT JOIN dossier_members me ON me.dossier_id = d.id AND me.user_id = $2
          WHERE ${where.join(' AND ')}
          ORDER BY ${order}
          LIMIT ${add(query.pageSize)} OFFSET ${add((query.page - 1) * query.pageSize)}
       )
       SELECT ${SUMMARY_COLUMNS}, d.total::int AS total FROM page d ${SUMMARY_JOINS} ORDER BY ${order}`,
      params,
    );
    let total = rows[0]?.total;
    if (total === undefined) {
      // A page past the end: count separately so the client can still tell how many there are.
      const [{ count }] = await this.db.query<[{ count: number }]>(
        `SELECT count(*)::int AS count FROM dossiers d
           LEFT JOIN dossier_members me ON me.dossier_id = d.id AND me.user_id = $2
          WHERE ${where.join(' AND ')}`,
        params.slice(0, params.length - 2),
      );
      total = count;
    }
    return {
      items: rows.map(({ total: _total, ...item }) => item),
      page: query.page,
      pageSize: query.pageSize,
      total,
    };
  }

  async get(viewer: Actor, id: string, db: EntityManager | DataSource = this.db): Promise<DossierDetail> {
    const [row] = await db.query<
      (DossierSummary & { description: string; createdBy: DossierDetail['createdBy'] })[]
    >(
      `SELECT ${SUMMARY_COLUMNS}, d.description, ${personJson('cu', 'cuo')} AS "createdBy"
         FROM dossiers d ${SUMMARY_JOINS}
         JOIN users cu ON cu.id = d.created_by JOIN organisations cuo ON cuo.id = cu.organisation_id
        WHERE d.id = $4 AND ${IS_VISIBLE}`,
      [viewer.organisationId, viewer.id, isPlatformAdmin(viewer), id],
    );
    if (!row) throw NOT_FOUND();
    const canEdit = canLeadDossier({
      isTrekker: row.myRole === 'trekker' && row.myStatus === 'active',
      isPlatformAdmin: isPlatformAdmin(viewer),
    });
    // Requests and invitations are for the trekkers' eyes, and for the person they concern.
    const team = await db.query<TeamMember[]>(
      `SELECT ${TEAM_MEMBER_COLUMNS}
         FROM dossier_members m ${TEAM_MEMBER_JOINS}
        WHERE m.dossier_id = $1 AND (m.status = 'active' OR $2 OR m.user_id = $3)
        ORDER BY o.name, CASE m.role WHEN 'trekker' THEN 0 WHEN 'member' THEN 1 ELSE 2 END, u.display_name`,
      [id, canEdit, viewer.id],
    );
    return { ...row, descriptionHtml: renderMarkdown(row.description), team, canEdit };
  }

  async create(actor: Actor, dto: CreateDossierDto): Promise<DossierDetail> {
    return this.db.transaction(async (tx) => {
      const [member] = await tx.query<unknown[]>(
        `SELECT 1 FROM partnership_members WHERE partnership_id = $1 AND organisation_id = $2`,
        [dto.partnershipId, actor.organisationId],
      );
      if (!member) {
        throw ProblemException.badRequest('Niet alle velden zijn goed ingevuld.', [
          {
            name: 'partnershipId',
            code: 'notAMember',
            reason: 'Uw organisatie is geen lid van dit samenwerkingsverband.',
          },
        ]);
      }
      const [{ id }] = await tx.query<[{ id: string }]>(
        `INSERT INTO dossiers (partnership_id, title, goal, description, status, start_date, end_date, team_cap,
                               join_policy, created_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
        [
          dto.partnershipId,
          dto.title,
          dto.goal,
          dto.description ?? '',
          dto.status ?? 'exploring',
          dto.startDate,
          dto.endDate ?? null,
          dto.teamCap ?? null,
          dto.joinPolicy ?? 'open',
          actor.id,
        ],
      );
      await tx.query(
        `INSERT INTO dossier_members (dossier_id, user_id, role, status) VALUES ($1, $2, 'trekker', 'active')`,
        [id, actor.id],
      );
      await this.saveSkills(tx, actor, id, dto.skills ?? []);
      await recordDossierActivity(tx, { dossierId: id, type: 'dossier-created', actorId: actor.id });
      await this.outbox.record(tx, { type: 'dossier.created', dossierId: id });
      return this.get(actor, id, tx);
    });
  }

  async update(actor: Actor, id: string, dto: UpdateDossierDto): Promise<DossierDetail> {
    return this.db.transaction(async (tx) => {
      const dossier = await this.lock(tx, actor, id);
      if (!dossier.canLead) throw LEAD_ONLY();
      if (dto.status !== undefined && dto.status !== dossier.status) {
        if (!canChangeDossierStatus(dossier.status, dto.status)) {
          throw new ProblemException(
            problem(409, {
              code: 'illegal-transition',
              detail: `Dat kan niet: dit dossier is ${STATUS_WORDS[dossier.status]}.`,
              currentStatus: dossier.status,
            }),
          );
        }
      }
      const [current] = await tx.query<[{ startDate: string; endDate: string | null }]>(
        `SELECT to_char(start_date, 'YYYY-MM-DD') AS "startDate", to_char(end_date, 'YYYY-MM-DD') AS "endDate"
           FROM dossiers WHERE id = $1`,
        [id],
      );
      const invalid = [];
      const startDate = dto.startDate ?? current.startDate;
      const endDate = dto.endDate === undefined ? current.endDate : dto.endDate;
      if (endDate !== null && endDate < startDate) {
        invalid.push({
          name: 'endDate',
          code: 'end-before-start',
          reason: 'De einddatum ligt voor de begindatum.',
        });
      }
      if (dto.teamCap !== undefined && teamCapProblem(dto.teamCap, dossier.teamSize)) {
        invalid.push({
          name: 'teamCap',
          code: 'below-team-size',
          reason: `Er zitten al ${dossier.teamSize} mensen in het team; kies minstens ${dossier.teamSize}.`,
        });
      }
      if (invalid.length) throw ProblemException.badRequest('Niet alle velden zijn goed ingevuld.', invalid);

      await tx.query(
        `UPDATE dossiers SET
           title = coalesce($2, title), goal = coalesce($3, goal), description = coalesce($4, description),
           status = coalesce($5, status), start_date = $6, end_date = $7,
           team_cap = CASE WHEN $8 THEN $9 ELSE team_cap END,
           join_policy = coalesce($10, join_policy), updated_at = now()
         WHERE id = $1`,
        [
          id,
          dto.title ?? null,
          dto.goal ?? null,
          dto.description ?? null,
          dto.status ?? null,
          startDate,
          endDate,
          dto.teamCap !== undefined,
          dto.teamCap ?? null,
          dto.joinPolicy ?? null,
        ],
      );
      if (dto.skills !== undefined) {
        await tx.query(`DELETE FROM dossier_skills WHERE dossier_id = $1`, [id]);
        await this.saveSkills(tx, actor, id, dto.skills);
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
    const [row] = await tx.query<Omit<LockedDossier, 'teamSize' | 'trekkers' | 'canLead'>[]>(
      `SELECT d.id, d.partnership_id AS "partnershipId", d.status, d.team_cap AS "teamCap",
              d.join_policy AS "joinPolicy", me.role AS "myRole", me.status AS "myStatus"
         FROM dossiers d LEFT JOIN dossier_members me ON me.dossier_id = d.id AND me.user_id = $2
        WHERE d.id = $4 AND ${IS_VISIBLE}
          FOR UPDATE OF d`,
      [actor.organisationId, actor.id, isPlatformAdmin(actor), id],
    );
    if (!row) throw NOT_FOUND();
    // Counted after the lock, so every earlier change to this team is seen.
    const [counts] = await tx.query<[{ teamSize: number; trekkers: number }]>(
      `SELECT count(*)::int AS "teamSize", count(*) FILTER (WHERE role = 'trekker')::int AS trekkers
         FROM dossier_members WHERE dossier_id = $1 AND status = 'active'`,
      [id],
    );
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
    const items = await this.db.query<Checkpoint[]>(
      `SELECT ${CHECKPOINT_COLUMNS} FROM dossier_checkpoints c LEFT JOIN users w ON w.id = c.written_by
        WHERE c.dossier_id = $1 ORDER BY c.planned_on, c.created_at`,
      [id],
    );
    return { items };
  }

  async planCheckpoint(actor: Actor, id: string, dto: CreateCheckpointDto): Promise<Checkpoint> {
    return this.db.transaction(async (tx) => {
      const dossier = await this.lock(tx, actor, id);
      if (!dossier.canLead) throw LEAD_ONLY();
      const [{ id: checkpointId }] = await tx.query<[{ id: string }]>(
        `INSERT INTO dossier_checkpoints (dossier_id, title, planned_on) VALUES ($1, $2, $3) RETURNING id`,
        [id, dto.title, dto.plannedOn],
      );
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
    return this.db.transaction(async (tx) => {
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
        const reason = 'Beantwoord minstens één vraag: wat ging goed, wat schuurde of wat veranderen we?';
        throw ProblemException.badRequest(
          reason,
          (['wentWell', 'chafed', 'changes'] as const).map((name) => ({
            name,
            code: 'reflection-required',
            reason,
          })),
        );
      }
      await tx.query(
        `UPDATE dossier_checkpoints SET
           title = coalesce($3, title), planned_on = coalesce($4, planned_on),
           went_well = nullif($5, ''), chafed = nullif($6, ''), changes = nullif($7, ''),
           status = CASE WHEN $8 THEN 'held' ELSE status END,
           held_on = CASE WHEN $8 THEN (now() AT TIME ZONE 'Europe/Amsterdam')::date ELSE held_on END,
           written_by = CASE WHEN $8 OR status = 'held' THEN $9::uuid ELSE written_by END,
           updated_at = now()
         WHERE id = $2 AND dossier_id = $1`,
        [
          id,
          checkpointId,
          dto.title ?? null,
          dto.plannedOn ?? null,
          next.wentWell,
          next.chafed,
          next.changes,
          holding,
          actor.id,
        ],
      );
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
    const items = await this.db.query<(Activity & { total: number })[]>(
      `SELECT a.id::text, a.type, a.created_at AS at, a.data,
              CASE WHEN au.id IS NULL THEN NULL ELSE ${personJson('au', 'auo')} END AS actor,
              CASE WHEN su.id IS NULL THEN NULL ELSE ${personJson('su', 'suo')} END AS subject,
              CASE WHEN t.id IS NULL THEN NULL ELSE json_build_object('id', t.id, 'title', t.title) END AS task,
              CASE WHEN c.id IS NULL THEN NULL ELSE json_build_object('id', c.id, 'title', c.title) END AS checkpoint,
              count(*) OVER ()::int AS total
         FROM dossier_activity a
         LEFT JOIN users au ON au.id = a.actor_id LEFT JOIN organisations auo ON auo.id = au.organisation_id
         LEFT JOIN users su ON su.id = a.subject_id LEFT JOIN organisations suo ON suo.id = su.organisation_id
         LEFT JOIN tasks t ON t.id = a.task_id
         LEFT JOIN dossier_checkpoints c ON c.id = a.checkpoint_id
        WHERE a.dossier_id = $1
        ORDER BY a.id DESC
        LIMIT $2 OFFSET $3`,
      [id, page.pageSize, (page.page - 1) * page.pageSize],
    );
    let total = items[0]?.total;
    if (total === undefined) {
      const [{ count }] = await this.db.query<[{ count: number }]>(
        `SELECT count(*)::int AS count FROM dossier_activity WHERE dossier_id = $1`,
        [id],
      );
      total = count;
    }
    return {
      items: items.map(({ total: _total, ...item }) => item),
      page: page.page,
      pageSize: page.pageSize,
      total,
    };
  }

  /** 404 unless the viewer may see the dossier. */
  async assertVisible(viewer: Actor, id: string, db: EntityManager | DataSource = this.db): Promise<void> {
    const [row] = await db.query<unknown[]>(
      `SELECT 1 FROM dossiers d WHERE d.id = $3 AND ${visibleTo('$1', '$2')}`,
      [viewer.organisationId, isPlatformAdmin(viewer), id],
    );
    if (!row) throw NOT_FOUND();
  }

  private async checkpoint(tx: EntityManager, id: string, checkpointId: string): Promise<Checkpoint> {
    const [row] = await tx.query<Checkpoint[]>(
      `SELECT ${CHECKPOINT_COLUMNS} FROM dossier_checkpoints c LEFT JOIN users w ON w.id = c.written_by
        WHERE c.id = $2 AND c.dossier_id = $1`,
      [id, checkpointId],
    );
    if (!row) throw ProblemException.notFound('Dit ijkmoment bestaat niet.');
    return row;
  }

  /** Free names become taxonomy skills, as for klussen (known labels link, new names become unverified skills). */
  private async saveSkills(tx: EntityManager, actor: Actor, id: string, names: string[]): Promise<void> {
    if (names.length === 0) return;
    const ids = await this.skills.resolveNames(tx, names, 'nl', actor.id);
    await tx.query(
      `INSERT INTO dossier_skills (dossier_id, skill_id) SELECT $1, unnest($2::uuid[]) ON CONFLICT DO NOTHING`,
      [id, [...new Set(ids.values())]],
    );
  }
}
