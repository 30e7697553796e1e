import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  type Actor,
  hasRole,
  isFinal,
  TASK_STATUSES,
  taskDatesProblem,
  type TaskStatus,
  transition,
} from '@klussenbank/domain';
import { DataSource, type EntityManager } from 'typeorm';
import type { Page } from '../common/pagination.js';
import { problem, ProblemException } from '../common/problem/problem.js';
import type { ListTasksQueryDto } from './dto/list-tasks-query.dto.js';
import type { StatusChangeDto } from './dto/status-change.dto.js';
import type { CreateTaskDto, TaskFieldsDto, UpdateTaskDto } from './dto/task-input.dto.js';
import { OutboxService } from '../notifications/outbox.service.js';
import { SkillsService } from '../skills/skills.service.js';
import { recordDossierActivity } from '../dossiers/dossier-activity.js';
import { renderMarkdown } from '@klussenbank/domain/markdown';
import {
  draftsOnlyFor,
  IS_SHARED,
  IS_VISIBLE,
  SUMMARY_COLUMNS,
  SUMMARY_JOINS,
  SUMMARY_SOURCE_COLUMNS,
  partnershipOnlyIds,
  SKILL_IDS_BY_LABEL,
  VIEWER_ORGANISATIONS,
  VISIBLE_TASKS_CTE,
} from './task-queries.js';
import type { ClaimView, TaskDetail, TaskSummary, Viewer } from './task.types.js';

const STATUS_WORDS: Record<TaskStatus, string> = {
  draft: 'concept',
  open: 'open',
  full: 'vol',
  'in-progress': 'in uitvoering',
  completed: 'afgerond',
  cancelled: 'geannuleerd',
  expired: 'verlopen',
};

/** The statuses a change tells people about (the outbox event it writes). */
const STATUS_EVENTS: Partial<Record<TaskStatus, 'task.published' | 'task.cancelled' | 'task.completed'>> = {
  open: 'task.published',
  cancelled: 'task.cancelled',
  completed: 'task.completed',
};

interface LockedTask {
  id: string;
  status: TaskStatus;
  capacity: number;
  taken: number;
  poster_id: string;
  organisation_id: string;
  start_date: string;
  end_date: string;
  estimated_hours: number;
  location_type: string;
  location_municipality: string | null;
  location_address: string | null;
}

/** Material changes need the participants' renewed consent; we refuse them once people are on it. */
const MATERIAL_FIELDS = ['estimatedHours', 'startDate', 'endDate', 'location'] as const;

@Injectable()
export class TasksService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(SkillsService) private readonly skills: SkillsService,
    @Inject(OutboxService) private readonly outbox: OutboxService,
  ) {}

  /**
   * One page, in a stable order, and the total, in one statement (one snapshot). Where an ordered
   * index serves the sort, the page stops after its rows and the total is counted only when the page
   * does not tell it. A skill filter first looks up the skill's ids (SKILL_IDS_BY_LABEL).
   */
  async list(viewer: Viewer, query: ListTasksQueryDto): Promise<Page<TaskSummary>> {
    const params: unknown[] = [viewer.organisationId];
    const add = (value: unknown) => `$${params.push(value)}`;
    const statuses = statusList(query.status ?? ['open', 'full']);
    const where = [IS_SHARED, statusIn('t', statuses)];
    if (statuses.includes('draft')) where.push(draftsOnlyFor(add(viewer.id)));
    const q = query.q?.trim();
    let rank = 'NULL::real';
    if (q) {
      const tsquery = `kb_search_query(${add(q)})`;
      where.push(`t.search_vector @@ ${tsquery}`);
      rank = `ts_rank(t.search_vector, ${tsquery})`;
    }
    if (query.skill) {
      // The skill's ids first, in a cheap query of their own: as a parameter of the search they let
      // the planner see how common the skill is. No such skill, no klussen: the search is not sent.
      const skills = await this.db.query<{ id: string }[]>(SKILL_IDS_BY_LABEL, [query.skill]);
      if (skills.length === 0) return { items: [], page: query.page, pageSize: query.pageSize, total: 0 };
      where.push(
        `EXISTS (SELECT 1 FROM task_skills ts WHERE ts.task_id = t.id
                    AND ts.skill_id = ANY (${add(skills.map((s) => s.id))}::uuid[]))`,
      );
    }
    if (query.organisationId) where.push(`t.organisation_id = ${add(query.organisationId)}`);
    if (query.partnershipId) {
      // Klussen shared with that partnership: meant for it, or shared with all partnerships of a member.
      const p = add(query.partnershipId);
      where.push(`(t.partnership_id = ${p} OR (t.visibility = 'all-partnerships' AND t.organisation_id IN
        (SELECT organisation_id FROM partnership_members WHERE partnership_id = ${p})))`);
    }
    if (query.dossierId) where.push(`t.dossier_id = ${add(query.dossierId)}`);
    if (query.minHours !== undefined) where.push(`t.estimated_hours >= ${add(query.minHours)}`);
    if (query.maxHours !== undefined) where.push(`t.estimated_hours <= ${add(query.maxHours)}`);
    if (query.from) where.push(`t.end_date >= ${add(query.from)}::date`);
    if (query.to) where.push(`t.start_date <= ${add(query.to)}::date`);
    if (query.location) where.push(`t.location_type = ${add(query.location)}`);
    if (query.learningSuitable !== undefined)
      where.push(`t.learning_suitable = ${add(query.learningSuitable)}`);
    if (query.hasPlaces) where.push(`t.taken < t.capacity`);
    const matches = where.join(' AND ');

    const sort = query.sort ?? (q ? 'relevance' : 'newest');
    const order = {
      relevance: q
        ? `rank DESC, t.published_at DESC NULLS LAST, t.id`
        : `t.published_at DESC NULLS LAST, t.id DESC`,
      newest: `t.published_at DESC NULLS LAST, t.created_at DESC, t.id DESC`,
      endDate: `t.end_date ASC, t.id ASC`,
    }[sort];

    // Open and full klussen have partial indexes in every sort order, which stop after the page and
    // leave visibility a filter. For other statuses, narrow to the viewer's organisations first.
    const narrow = statuses.some((s) => s !== 'open' && s !== 'full') ? ` AND ${ofViewer(statuses)}` : '';
    const pageSize = add(query.pageSize);
    const offset = add((query.page - 1) * query.pageSize);
    const source = `SELECT ${SUMMARY_SOURCE_COLUMNS}, ${rank} AS rank FROM tasks t WHERE ${matches}${narrow}`;
    let pageAndTotal: string;
    if (sort === 'relevance' && q) {
      // Ranked by relevance, every match is read and ranked anyway: count them in passing.
      pageAndTotal = `matching AS (${source}),
           page AS (SELECT * FROM matching t ORDER BY ${order} LIMIT ${pageSize} OFFSET ${offset}),
           total AS (SELECT count(*)::int AS total FROM matching)`;
    } else if (query.skill) {
      // A skill's matches are found by id first, index-only where no other filter needs the row (the
      // viewer's klussen on tasks_visibility_idx against the skill's on task_skills), and counted;
      // then only those rows are read and sorted. A skill of middle frequency no longer walks
      // thousands of open klussen in order to fill a page.
      pageAndTotal = `matching AS (SELECT ARRAY(${matchingIds(matches, statuses)}) AS ids),
           page AS (SELECT ${SUMMARY_SOURCE_COLUMNS}, ${rank} AS rank FROM tasks t
                     WHERE t.id = ANY ((SELECT ids FROM matching)::uuid[])
                     ORDER BY ${order} LIMIT ${pageSize} OFFSET ${offset}),
           total AS (SELECT cardinality(ids) AS total FROM matching)`;
    } else {
      // Otherwise the page stops after its rows, and tells the total unless it is full or past the
      // end; only then the count runs (an uncorrelated sub-select runs when it is needed).
      pageAndTotal = `page AS (${source} ORDER BY ${order} LIMIT ${pageSize} OFFSET ${offset}),
           total AS (
             SELECT CASE WHEN count(*) > 0 AND count(*) < ${pageSize} THEN ${offset} + count(*)
                         WHEN count(*) = 0 AND ${offset} = 0 THEN 0
                         ELSE (${countMatches(matches, statuses)})
                    END::int AS total
               FROM page
           )`;
    }
    // One row per item, each with the total; a page past the end gets one row, with the total only.
    const rows = await this.db.query<(Omit<TaskSummary, 'id'> & { id: string | null; total: number })[]>(
      `WITH ${VISIBLE_TASKS_CTE}, ${pageAndTotal}
       SELECT ${SUMMARY_COLUMNS}, n.total
         FROM total n LEFT JOIN (page t ${SUMMARY_JOINS}) ON true
        ORDER BY ${order}`,
      params,
    );
    return {
      items: rows.flatMap(({ total: _total, id, ...item }) => (id === null ? [] : [{ id, ...item }])),
      page: query.page,
      pageSize: query.pageSize,
      total: rows[0]?.total ?? 0,
    };
  }

  async get(viewer: Viewer, id: string, db: EntityManager | DataSource = this.db): Promise<TaskDetail> {
    const [row] = await db.query<
      (Omit<TaskDetail, 'descriptionHtml' | 'isPoster' | 'myClaim' | 'claims'> & { posterId: string })[]
    >(
      `WITH ${VISIBLE_TASKS_CTE}
       SELECT ${SUMMARY_COLUMNS},
              t.description, t.poster_id AS "posterId",
              json_build_object('id', u.id, 'name', u.display_name) AS poster,
              json_build_object('name', coalesce(nullif(t.contact_name, ''), u.display_name),
                                'email', coalesce(nullif(t.contact_email, ''), u.email)) AS contact,
              json_build_object('type', t.location_type, 'municipality', t.location_municipality,
                                'address', t.location_address) AS location,
              t.visibility,
              CASE WHEN p.id IS NULL THEN NULL ELSE json_build_object('id', p.id, 'name', p.name) END AS partnership,
              t.dossier_id AS "dossierId", t.cancel_reason AS "cancelReason", t.created_at AS "createdAt",
              t.taken AS "placesTaken",
              coalesce((SELECT json_agg(json_build_object('id', sk.id, 'label', sk.label_nl, 'required', ts.required)
                                        ORDER BY ts.required DESC, sk.label_nl)
                          FROM task_skills ts JOIN skills sk ON sk.id = ts.skill_id WHERE ts.task_id = t.id), '[]') AS skills
         FROM tasks t ${SUMMARY_JOINS}
         JOIN users u ON u.id = t.poster_id
         LEFT JOIN partnerships p ON p.id = t.partnership_id
        WHERE t.id = $3 AND ${IS_VISIBLE}`,
      [viewer.organisationId, viewer.id, id],
    );
    if (!row) throw ProblemException.notFound('Deze klus bestaat niet of u kunt hem niet zien.');
    const { posterId, ...task } = row;
    const isPoster = posterId === viewer.id;
    const claims = await db.query<(ClaimView & { userId: string })[]>(
      `SELECT c.id, c.status, c.motivation, c.message, c.actual_hours::float8 AS "actualHours", c.created_at AS "createdAt",
              c.user_id AS "userId",
              json_build_object('id', u.id, 'name', u.display_name,
                                'organisation', json_build_object('id', o.id, 'name', o.name)) AS "user"
         FROM claims c JOIN users u ON u.id = c.user_id JOIN organisations o ON o.id = u.organisation_id
        WHERE c.task_id = $1 AND ($2 OR c.user_id = $3)
        ORDER BY c.created_at, c.id`,
      [id, isPoster, viewer.id],
    );
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
    if (!hasRole(actor, 'manager')) throw ProblemException.forbidden('Alleen managers plaatsen klussen.');
    const visibility = dto.visibility ?? 'all-partnerships';
    return this.db.transaction(async (tx) => {
      await this.assertValid(tx, actor, { ...dto, visibility }, dto.dossierId);
      const publish = dto.publish ?? true;
      const [{ id }] = await tx.query<[{ id: string }]>(
        `INSERT INTO tasks (organisation_id, poster_id, title, description, contact_name, contact_email, estimated_hours,
                            start_date, end_date, location_type, location_municipality, location_address, capacity,
                            claim_mode, visibility, partnership_id, learning_suitable, status, published_at, dossier_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18,
                 CASE WHEN $18 = 'open' THEN now() END, $19)
         RETURNING id`,
        [
          actor.organisationId,
          actor.id,
          dto.title,
          dto.description,
          dto.contactName ?? '',
          dto.contactEmail ?? '',
          dto.estimatedHours,
          dto.startDate,
          dto.endDate,
          dto.location.type,
          dto.location.type === 'remote' ? null : (dto.location.municipality ?? null),
          dto.location.address ?? null,
          dto.capacity ?? 1,
          dto.claimMode ?? 'instant',
          visibility,
          visibility === 'partnership' ? dto.partnershipId : null,
          dto.learningSuitable ?? false,
          publish ? 'open' : 'draft',
          dto.dossierId ?? null,
        ],
      );
      await this.saveSkills(tx, actor, id, dto.requiredSkills ?? [], dto.niceToHaveSkills ?? []);
      // In the same transaction: matching hears of the klus exactly when it exists.
      if (publish) await this.published(tx, actor, id);
      return this.get(actor, id, tx);
    });
  }

  async update(actor: Actor, id: string, dto: UpdateTaskDto): Promise<TaskDetail> {
    return this.db.transaction(async (tx) => {
      const task = await this.lockForPoster(tx, actor, id);
      if (isFinal(task.status)) {
        throw ProblemException.conflict(
          'task-closed',
          `Deze klus is ${STATUS_WORDS[task.status]} en kan niet meer worden gewijzigd.`,
        );
      }
      const [{ live }] = await tx.query<[{ live: number }]>(
        `SELECT count(*)::int AS live FROM claims WHERE task_id = $1 AND status IN ('applied', 'awaiting-consent', 'active')`,
        [id],
      );
      const material = MATERIAL_FIELDS.filter(
        (field) => dto[field] !== undefined && changed(task, field, dto),
      );
      if (live > 0 && (material.length > 0 || (dto.capacity !== undefined && dto.capacity < task.taken))) {
        throw ProblemException.conflict(
          'task-has-participants',
          'Er hebben zich al mensen voor deze klus gemeld. Uren, data, plaats en een lager aantal plekken dan er bezet zijn ' +
            'veranderen alleen in overleg: annuleer de klus of spreek het met de deelnemers af.',
        );
      }
      const merged = await tx.query<[TaskFieldsDto & { partnershipId: string | null }]>(
        `SELECT title, description, estimated_hours::float8 AS "estimatedHours",
                to_char(start_date, 'YYYY-MM-DD') AS "startDate", to_char(end_date, 'YYYY-MM-DD') AS "endDate",
                visibility, partnership_id AS "partnershipId"
           FROM tasks WHERE id = $1`,
        [id],
      );
      const next = { ...merged[0], ...stripUndefined(dto) } as TaskFieldsDto;
      if (dto.visibility && dto.visibility !== 'partnership') next.partnershipId = undefined;
      await this.assertValid(tx, actor, next);

      const capacity = dto.capacity ?? task.capacity;
      const status: TaskStatus =
        task.status === 'open' || task.status === 'full'
          ? task.taken >= capacity
            ? 'full'
            : 'open'
          : task.status;
      await tx.query(
        `UPDATE tasks SET
           title = coalesce($2, title), description = coalesce($3, description),
           contact_name = coalesce($4, contact_name), contact_email = coalesce($5, contact_email),
           estimated_hours = coalesce($6, estimated_hours), start_date = coalesce($7, start_date),
           end_date = coalesce($8, end_date),
           location_type = coalesce($9, location_type),
           location_municipality = CASE WHEN $9::text IS NULL THEN location_municipality
                                        WHEN $9 = 'remote' THEN NULL ELSE $10 END,
           location_address = CASE WHEN $9::text IS NULL THEN location_address ELSE $11 END,
           capacity = $12, status = $13,
           claim_mode = coalesce($14, claim_mode),
           visibility = coalesce($15, visibility),
           partnership_id = CASE WHEN coalesce($15, visibility) = 'partnership' THEN coalesce($16, partnership_id) END,
           learning_suitable = coalesce($17, learning_suitable),
           updated_at = now()
         WHERE id = $1`,
        [
          id,
          dto.title ?? null,
          dto.description ?? null,
          dto.contactName ?? null,
          dto.contactEmail ?? null,
          dto.estimatedHours ?? null,
          dto.startDate ?? null,
          dto.endDate ?? null,
          dto.location?.type ?? null,
          dto.location?.municipality ?? null,
          dto.location?.address ?? null,
          capacity,
          status,
          dto.claimMode ?? null,
          dto.visibility ?? null,
          dto.partnershipId ?? null,
          dto.learningSuitable ?? null,
        ],
      );
      if (dto.requiredSkills !== undefined || dto.niceToHaveSkills !== undefined) {
        const current = await tx.query<{ name: string; required: boolean }[]>(
          `SELECT s.label_nl AS name, ts.required FROM task_skills ts JOIN skills s ON s.id = ts.skill_id
            WHERE ts.task_id = $1`,
          [id],
        );
        await tx.query(`DELETE FROM task_skills WHERE task_id = $1`, [id]);
        await this.saveSkills(
          tx,
          actor,
          id,
          dto.requiredSkills ?? current.filter((s) => s.required).map((s) => s.name),
          dto.niceToHaveSkills ?? current.filter((s) => !s.required).map((s) => s.name),
        );
      }
      if (live > 0) await this.outbox.record(tx, { type: 'task.changed', taskId: id });
      return this.get(actor, id, tx);
    });
  }

  async changeStatus(actor: Actor, id: string, dto: StatusChangeDto): Promise<TaskDetail> {
    return this.db.transaction(async (tx) => {
      const task = await this.lockForPoster(tx, actor, id);
      const result = transition(task, dto.action, dto.reason);
      if (!result.ok) {
        if (result.reason === 'reason-required') {
          throw ProblemException.badRequest('Geef een reden om de klus te annuleren.', [
            { name: 'reason', code: 'required', reason: 'Geef een reden om de klus te annuleren.' },
          ]);
        }
        throw new ProblemException(
          problem(409, {
            code: result.reason,
            detail:
              result.reason === 'nobody-on-it'
                ? 'Er staat nog niemand op deze klus; starten kan pas als iemand meedoet.'
                : `Dat kan niet: deze klus is ${STATUS_WORDS[task.status]}.`,
            currentStatus: task.status,
          }),
        );
      }
      if (dto.action === 'complete') await this.recordHours(tx, actor, id, dto);
      await tx.query(
        `UPDATE tasks SET status = $2, updated_at = now(),
                published_at = CASE WHEN $2 IN ('open', 'full') AND published_at IS NULL THEN now() ELSE published_at END,
                cancel_reason = CASE WHEN $2 = 'cancelled' THEN $3 ELSE cancel_reason END
          WHERE id = $1`,
        [id, result.status, dto.reason?.trim() ?? null],
      );
      if (result.status === 'cancelled') {
        await tx.query(
          `UPDATE claims SET status = 'withdrawn', message = 'De klus is geannuleerd.', updated_at = now()
            WHERE task_id = $1 AND status IN ('applied', 'awaiting-consent')`,
          [id],
        );
      }
      const event = STATUS_EVENTS[result.status];
      if (event === 'task.published') await this.published(tx, actor, id);
      else if (event) await this.outbox.record(tx, { type: event, taskId: id });
      if (result.status === 'completed') await this.toDossierFeed(tx, actor.id, id, 'task-completed');
      return this.get(actor, id, tx);
    });
  }

  async postedBy(
    viewer: Viewer,
  ): Promise<{ items: (TaskSummary & { applicants: number; participants: number })[] }> {
    const items = await this.db.query<(TaskSummary & { applicants: number; participants: number })[]>(
      `SELECT ${SUMMARY_COLUMNS},
              (SELECT count(*)::int FROM claims c WHERE c.task_id = t.id AND c.status IN ('applied', 'awaiting-consent')) AS applicants,
              (SELECT count(*)::int FROM claims c WHERE c.task_id = t.id AND c.status IN ('active', 'completed')) AS participants
         FROM tasks t ${SUMMARY_JOINS}
        WHERE t.poster_id = $1
        ORDER BY t.created_at DESC, t.id DESC
        LIMIT 200`,
      [viewer.id],
    );
    return { items };
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
    const [task] = await tx.query<{ dossier_id: string | null }[]>(
      `SELECT dossier_id FROM tasks WHERE id = $1`,
      [id],
    );
    if (!task?.dossier_id) return null;
    await recordDossierActivity(tx, { dossierId: task.dossier_id, type, actorId, taskId: id });
    return task.dossier_id;
  }

  /** The poster's own klus, locked for this transaction; anybody else gets what a stranger gets. */
  private async lockForPoster(tx: EntityManager, actor: Viewer, id: string): Promise<LockedTask> {
    const [task] = await tx.query<LockedTask[]>(`SELECT * FROM tasks WHERE id = $1 FOR UPDATE`, [id]);
    if (!task) throw ProblemException.notFound('Deze klus bestaat niet of u kunt hem niet zien.');
    if (task.poster_id !== actor.id) {
      await this.get(actor, id, tx); // 404 when invisible, so existence does not leak
      throw ProblemException.forbidden('Alleen wie de klus plaatste, kan dit doen.');
    }
    return task;
  }

  private async recordHours(
    tx: EntityManager,
    actor: Actor,
    id: string,
    dto: StatusChangeDto,
  ): Promise<void> {
    const active = await tx.query<{ id: string }[]>(
      `SELECT id FROM claims WHERE task_id = $1 AND status = 'active'`,
      [id],
    );
    const hours = new Map((dto.actualHours ?? []).map((h) => [h.claimId, h.hours]));
    const unknown = [...hours.keys()].filter((claimId) => !active.some((c) => c.id === claimId));
    const missing = active.filter((c) => !hours.has(c.id));
    if (unknown.length > 0 || missing.length > 0) {
      throw ProblemException.badRequest('Vul de gewerkte uren in voor elke deelnemer, en alleen voor hen.', [
        ...missing.map((c) => ({
          name: 'actualHours',
          code: 'missing',
          reason: `Uren ontbreken voor inschrijving ${c.id}.`,
        })),
        ...unknown.map((claimId) => ({
          name: 'actualHours',
          code: 'unknownClaim',
          reason: `${claimId} is geen deelnemer.`,
        })),
      ]);
    }
    const taskSkills = new Set(
      (
        await tx.query<{ skill_id: string }[]>(`SELECT skill_id FROM task_skills WHERE task_id = $1`, [id])
      ).map((r) => r.skill_id),
    );
    const foreign = (dto.actualHours ?? []).flatMap((entry, i) =>
      (entry.demonstratedSkillIds ?? []).some((skillId) => !taskSkills.has(skillId))
        ? [
            {
              name: `actualHours[${i}].demonstratedSkillIds`,
              code: 'not-a-skill-of-this-task',
              reason: 'Bevestig alleen vaardigheden die deze klus vraagt.',
            },
          ]
        : [],
    );
    if (foreign.length > 0)
      throw ProblemException.badRequest('Niet alle velden zijn goed ingevuld.', foreign);
    for (const [claimId, value] of hours) {
      await tx.query(
        `UPDATE claims SET status = 'completed', actual_hours = $2, updated_at = now() WHERE id = $1`,
        [claimId, value],
      );
    }
    // Demonstrated skills, confirmed by the poster: at the level the person claims, or basic.
    for (const entry of dto.actualHours ?? []) {
      if (!entry.demonstratedSkillIds?.length) continue;
      await tx.query(
        `INSERT INTO user_skills (user_id, skill_id, source, level, task_id, confirmed_by)
         SELECT c.user_id, s.skill_id, 'demonstrated',
                coalesce((SELECT own.level FROM user_skills own
                           WHERE own.user_id = c.user_id AND own.skill_id = s.skill_id AND own.source = 'self'), 'basic'),
                c.task_id, $3
           FROM claims c CROSS JOIN unnest($2::uuid[]) AS s(skill_id)
          WHERE c.id = $1
         ON CONFLICT (user_id, skill_id, source)
           DO UPDATE SET task_id = EXCLUDED.task_id, confirmed_by = EXCLUDED.confirmed_by`,
        [entry.claimId, [...new Set(entry.demonstratedSkillIds)], actor.id],
      );
    }
  }

  private async assertValid(
    tx: EntityManager,
    actor: Actor,
    dto: Partial<TaskFieldsDto>,
    dossierId?: string,
  ): Promise<void> {
    const invalid = [];
    if (dossierId) {
      // A klus of a dossier is posted by someone in its team, for the dossier's partnership to see.
      const [dossier] = await tx.query<{ partnership_id: string; in_team: boolean }[]>(
        `SELECT d.partnership_id,
                EXISTS (SELECT 1 FROM dossier_members m
                         WHERE m.dossier_id = d.id AND m.user_id = $2 AND m.status = 'active') AS in_team
           FROM dossiers d WHERE d.id = $1`,
        [dossierId, actor.id],
      );
      if (!dossier?.in_team) {
        invalid.push({
          name: 'dossierId',
          code: 'notInTeam',
          reason: 'U kunt alleen klussen plaatsen in een dossier waarvan u in het team zit.',
        });
      } else if (
        dto.visibility === 'organisation' ||
        (dto.visibility === 'partnership' && dto.partnershipId !== dossier.partnership_id)
      ) {
        invalid.push({
          name: 'visibility',
          code: 'dossierPartnership',
          reason: 'Een klus van een dossier is zichtbaar voor het samenwerkingsverband van dat dossier.',
        });
      }
    }
    if (dto.startDate && dto.endDate) {
      const dates = taskDatesProblem(dto.startDate, dto.endDate);
      if (dates) {
        invalid.push({
          name: 'endDate',
          code: dates,
          reason:
            dates === 'too-long'
              ? 'Een klus duurt hoogstens een jaar.'
              : 'De einddatum ligt voor de begindatum.',
        });
      }
    }
    if (dto.visibility === 'partnership') {
      const [member] = await tx.query<unknown[]>(
        `SELECT 1 FROM partnership_members WHERE partnership_id = $1 AND organisation_id = $2`,
        [dto.partnershipId, actor.organisationId],
      );
      if (!member) {
        invalid.push({
          name: 'partnershipId',
          code: 'notAMember',
          reason: 'Uw organisatie is geen lid van dit samenwerkingsverband.',
        });
      }
    }
    if (invalid.length) throw ProblemException.badRequest('Niet alle velden zijn goed ingevuld.', invalid);
  }

  /** Free names become taxonomy skills (known labels link, new names become unverified skills). */
  private async saveSkills(
    tx: EntityManager,
    actor: Actor,
    taskId: string,
    required: string[],
    nice: string[],
  ): Promise<void> {
    if (required.length + nice.length === 0) return;
    const ids = await this.skills.resolveNames(tx, [...required, ...nice], 'nl', actor.id);
    const requiredIds = new Set(required.flatMap((name) => ids.get(name) ?? []));
    const niceIds = new Set(nice.flatMap((name) => ids.get(name) ?? []).filter((id) => !requiredIds.has(id)));
    await tx.query(
      `INSERT INTO task_skills (task_id, skill_id, required)
       SELECT $1, skill_id, required FROM unnest($2::uuid[], $3::boolean[]) AS x(skill_id, required)
       ON CONFLICT DO NOTHING`,
      [
        taskId,
        [...requiredIds, ...niceIds],
        [...requiredIds].map(() => true).concat([...niceIds].map(() => false)),
      ],
    );
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

/** The statuses asked for, checked and in a fixed order: they are written into the SQL. */
function statusList(statuses: readonly TaskStatus[]): TaskStatus[] {
  const unknown = statuses.filter((s) => !TASK_STATUSES.includes(s));
  if (unknown.length > 0) throw new Error(`Unknown task status: ${unknown.join(', ')}`);
  return TASK_STATUSES.filter((s) => statuses.includes(s));
}

/**
 * `alias.status IN (…)`, the statuses written out rather than a parameter, so that the planner can
 * use the partial indexes on status IN ('open', 'full') for any subset of those two.
 */
function statusIn(alias: string, statuses: readonly TaskStatus[]): string {
  if (statuses.length === 0) return 'false';
  return `${alias}.status IN (${statuses.map((s) => `'${s}'`).join(', ')})`;
}

/**
 * Counts the matches of a list query (a sub-select, run only when the page does not tell the total)
 * in two parts that do not overlap: the klussen of the viewer's organisations (index-only on
 * tasks_visibility_idx when no other filter needs the row), and those meant for one of its
 * partnerships by an organisation that has left it.
 */
function countMatches(matches: string, statuses: readonly TaskStatus[]): string {
  return `SELECT (SELECT count(*) FROM tasks t
                   WHERE ${matches} AND t.organisation_id = ANY (${VIEWER_ORGANISATIONS}))
               + (SELECT count(*) FROM tasks t
                   WHERE ${matches} AND t.id = ANY (${partnershipOnlyIds(statusIn('p', statuses))}))`;
}

/** The ids of a list query's matches, in the same two parts as countMatches. */
function matchingIds(matches: string, statuses: readonly TaskStatus[]): string {
  return `SELECT t.id FROM tasks t WHERE ${matches} AND t.organisation_id = ANY (${VIEWER_ORGANISATIONS})
          UNION ALL
          SELECT t.id FROM tasks t WHERE ${matches} AND t.id = ANY (${partnershipOnlyIds(statusIn('p', statuses))})`;
}

/**
 * Implied by IS_SHARED, so adding it changes no result, but it can be an index condition where the
 * visibility rule cannot: the klussen of the viewer's organisations, and the few others meant for
 * one of its partnerships.
 */
function ofViewer(statuses: readonly TaskStatus[]): string {
  return `(t.organisation_id = ANY (${VIEWER_ORGANISATIONS}) OR t.id = ANY (${partnershipOnlyIds(statusIn('p', statuses))}))`;
}
