import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { TASK_STATUSES, type TaskStatus } from '@klussenbank/domain';
import { DataSource, type EntityManager } from 'typeorm';
import type { Page } from '../common/pagination.js';
import { SqlParams } from '../common/sql-params.js';
import type { ListTasksQueryDto } from './dto/list-tasks-query.dto.js';
import type { CreateTaskDto, TaskFieldsDto, UpdateTaskDto } from './dto/task-input.dto.js';
import {
  draftsOnlyFor,
  isShared,
  isVisible,
  partnershipOnlyIds,
  SKILL_SEARCH_LOOKUP,
  SUMMARY_COLUMNS,
  SUMMARY_JOINS,
  SUMMARY_SOURCE_COLUMNS,
  viewerOrganisations,
  type ViewerPlaceholders,
  visibleTasksCte,
} from './task-queries.js';
import type { ClaimView, TaskDetail, TaskSummary, Viewer } from './task.types.js';

/** A connection or the transaction a service runs in. */
export type Queryable = EntityManager | DataSource;

/** A klus as its row, locked for a change. */
export interface LockedTask {
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

/** The detail of a klus as the database tells it; the service adds what depends on the viewer. */
export type TaskDetailRow = Omit<TaskDetail, 'descriptionHtml' | 'isPoster' | 'myClaim' | 'claims'> & {
  posterId: string;
};

export type PostedTask = TaskSummary & { applicants: number; participants: number; awaitingDecision: number };

/** The SQL of klussen: the service decides, this reads and writes. */
@Injectable()
export class TasksRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  transaction<T>(work: (tx: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }

  /**
   * One page, in a stable order, and the total, in one statement (one snapshot). Where an ordered
   * index serves the sort, the page stops after its rows and the total is counted only when the page
   * does not tell it. A skill filter first looks up the skill's ids and the viewer's organisations
   * (SKILL_SEARCH_LOOKUP).
   */
  async search(viewer: Viewer, query: ListTasksQueryDto): Promise<Page<TaskSummary>> {
    const params = new SqlParams();
    const add = (value: unknown) => params.add(value);
    const placeholders: OrganisationPlaceholder = { viewerOrganisation: add(viewer.organisationId) };
    const statuses = statusList(query.status ?? ['open', 'full']);
    const where = [isShared(placeholders), statusIn('t', statuses)];
    if (statuses.includes('draft')) where.push(draftsOnlyFor({ viewer: add(viewer.id) }));
    const q = query.q?.trim();
    let rank = 'NULL::real';
    if (q) {
      const tsquery = `kb_search_query(${add(q)})`;
      where.push(`t.search_vector @@ ${tsquery}`);
      rank = `ts_rank(t.search_vector, ${tsquery})`;
    }
    if (query.skill) {
      // The skill's ids and the viewer's organisations first, in a cheap query of their own: as
      // parameters of the search they let the planner see how many klussen each side holds. No such
      // skill, no klussen: the search is not sent.
      const [{ skills, organisations }] = await this.db.query<
        { skills: string[]; organisations: string[] }[]
      >(SKILL_SEARCH_LOOKUP, [query.skill, viewer.organisationId]);
      if (skills.length === 0) return { items: [], page: query.page, pageSize: query.pageSize, total: 0 };
      placeholders.viewerOrganisations = add(organisations);
      // Only live klussen asked for (the default): only their skills (live_task_skills, 3 % of them).
      const skillsOf = statuses.every(isLive) ? 'live_task_skills' : 'task_skills';
      where.push(
        `EXISTS (SELECT 1 FROM ${skillsOf} ts WHERE ts.task_id = t.id AND ts.skill_id = ANY (${add(skills)}::uuid[]))`,
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
    const narrow = statuses.every(isLive) ? '' : ` AND ${ofViewer(statuses, placeholders)}`;
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
      pageAndTotal = `matching AS (SELECT ARRAY(${matchingIds(matches, statuses, placeholders)}) AS ids),
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
                         ELSE (${countMatches(matches, statuses, placeholders)})
                    END::int AS total
               FROM page
           )`;
    }
    // One row per item, each with the total; a page past the end gets one row, with the total only.
    const rows = await this.db.query<(Omit<TaskSummary, 'id'> & { id: string | null; total: number })[]>(
      `WITH ${visibleTasksCte(placeholders)}, ${pageAndTotal}
       SELECT ${SUMMARY_COLUMNS}, n.total
         FROM total n LEFT JOIN (page t ${SUMMARY_JOINS}) ON true
        ORDER BY ${order}`,
      params.values,
    );
    return {
      items: rows.flatMap(({ total: _total, id, ...item }) => (id === null ? [] : [{ id, ...item }])),
      page: query.page,
      pageSize: query.pageSize,
      total: rows[0]?.total ?? 0,
    };
  }

  /** The klus, if the viewer may see it. */
  async findVisible(viewer: Viewer, id: string, db: Queryable = this.db): Promise<TaskDetailRow | undefined> {
    const params = new SqlParams();
    const placeholders: ViewerPlaceholders = {
      viewerOrganisation: params.add(viewer.organisationId),
      viewer: params.add(viewer.id),
    };
    const [row] = await db.query<TaskDetailRow[]>(
      `WITH ${visibleTasksCte(placeholders)}
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
        WHERE t.id = ${params.add(id)} AND ${isVisible(placeholders)}`,
      params.values,
    );
    return row;
  }

  /** The claims on a klus: all of them for its poster, otherwise only the viewer's own. */
  claimsOn(
    taskId: string,
    { allOf, viewerId }: { allOf: boolean; viewerId: string },
    db: Queryable = this.db,
  ): Promise<(ClaimView & { userId: string })[]> {
    return db.query<(ClaimView & { userId: string })[]>(
      `SELECT c.id, c.status, c.motivation, c.message, c.actual_hours::float8 AS "actualHours", c.created_at AS "createdAt",
              c.user_id AS "userId",
              json_build_object('id', u.id, 'name', u.display_name,
                                'organisation', json_build_object('id', o.id, 'name', o.name)) AS "user"
         FROM claims c JOIN users u ON u.id = c.user_id JOIN organisations o ON o.id = u.organisation_id
        WHERE c.task_id = $1 AND ($2 OR c.user_id = $3)
        ORDER BY c.created_at, c.id`,
      [taskId, allOf, viewerId],
    );
  }

  async insert(
    tx: EntityManager,
    actor: Viewer,
    dto: CreateTaskDto,
    { visibility, publish }: { visibility: NonNullable<CreateTaskDto['visibility']>; publish: boolean },
  ): Promise<string> {
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
    return id;
  }

  /** The klus's row, locked for this transaction. */
  async lock(tx: EntityManager, id: string): Promise<LockedTask | undefined> {
    const [task] = await tx.query<LockedTask[]>(`SELECT * FROM tasks WHERE id = $1 FOR UPDATE`, [id]);
    return task;
  }

  /** How many people applied, wait for consent or are on the klus. */
  async countLiveClaims(tx: EntityManager, id: string): Promise<number> {
    const [{ live }] = await tx.query<[{ live: number }]>(
      `SELECT count(*)::int AS live FROM claims WHERE task_id = $1 AND status IN ('applied', 'awaiting-consent', 'active')`,
      [id],
    );
    return live;
  }

  /** The fields an update is checked against, as a request would send them. */
  async fields(tx: EntityManager, id: string): Promise<TaskFieldsDto & { partnershipId: string | null }> {
    const [fields] = await tx.query<[TaskFieldsDto & { partnershipId: string | null }]>(
      `SELECT title, description, estimated_hours::float8 AS "estimatedHours",
              to_char(start_date, 'YYYY-MM-DD') AS "startDate", to_char(end_date, 'YYYY-MM-DD') AS "endDate",
              visibility, partnership_id AS "partnershipId"
         FROM tasks WHERE id = $1`,
      [id],
    );
    return fields;
  }

  /** Writes the fields the update carries (the others stay), the capacity and the status. */
  async update(
    tx: EntityManager,
    id: string,
    dto: UpdateTaskDto,
    { capacity, status }: { capacity: number; status: TaskStatus },
  ): Promise<void> {
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
  }

  /** The skills of a klus by their Dutch label, and whether each is required. */
  skillLabels(tx: EntityManager, id: string): Promise<{ id: string; name: string; required: boolean }[]> {
    return tx.query<{ id: string; name: string; required: boolean }[]>(
      `SELECT s.id, s.label_nl AS name, ts.required FROM task_skills ts JOIN skills s ON s.id = ts.skill_id
        WHERE ts.task_id = $1`,
      [id],
    );
  }

  async skillIds(tx: EntityManager, id: string): Promise<Set<string>> {
    const rows = await tx.query<{ skill_id: string }[]>(
      `SELECT skill_id FROM task_skills WHERE task_id = $1`,
      [id],
    );
    return new Set(rows.map((r) => r.skill_id));
  }

  async removeSkills(tx: EntityManager, id: string): Promise<void> {
    await tx.query(`DELETE FROM task_skills WHERE task_id = $1`, [id]);
  }

  async addSkills(tx: EntityManager, id: string, skills: { id: string; required: boolean }[]): Promise<void> {
    await tx.query(
      `INSERT INTO task_skills (task_id, skill_id, required)
       SELECT $1, skill_id, required FROM unnest($2::uuid[], $3::boolean[]) AS x(skill_id, required)
       ON CONFLICT DO NOTHING`,
      [id, skills.map((s) => s.id), skills.map((s) => s.required)],
    );
  }

  /** A new status; publishing sets the publication time once, cancelling keeps the reason. */
  async setStatus(tx: EntityManager, id: string, status: TaskStatus, reason: string | null): Promise<void> {
    await tx.query(
      `UPDATE tasks SET status = $2, updated_at = now(),
              published_at = CASE WHEN $2 IN ('open', 'full') AND published_at IS NULL THEN now() ELSE published_at END,
              cancel_reason = CASE WHEN $2 = 'cancelled' THEN $3 ELSE cancel_reason END
        WHERE id = $1`,
      [id, status, reason],
    );
  }

  /** Applications and consent requests of a cancelled klus end, saying why. */
  async withdrawPendingClaims(tx: EntityManager, id: string): Promise<void> {
    await tx.query(
      `UPDATE claims SET status = 'withdrawn', message = 'De klus is ingetrokken.', updated_at = now()
        WHERE task_id = $1 AND status IN ('applied', 'awaiting-consent')`,
      [id],
    );
  }

  async activeClaimIds(tx: EntityManager, id: string): Promise<string[]> {
    const rows = await tx.query<{ id: string }[]>(
      `SELECT id FROM claims WHERE task_id = $1 AND status = 'active'`,
      [id],
    );
    return rows.map((r) => r.id);
  }

  async completeClaim(tx: EntityManager, claimId: string, hours: number): Promise<void> {
    await tx.query(
      `UPDATE claims SET status = 'completed', actual_hours = $2, updated_at = now() WHERE id = $1`,
      [claimId, hours],
    );
  }

  /** Demonstrated skills, confirmed by the poster: at the level the person claims, or basis. */
  async recordDemonstratedSkills(
    tx: EntityManager,
    claimId: string,
    skillIds: string[],
    confirmedBy: string,
  ): Promise<void> {
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
      [claimId, skillIds, confirmedBy],
    );
  }

  postedBy(posterId: string): Promise<PostedTask[]> {
    return this.db.query<PostedTask[]>(
      `SELECT ${SUMMARY_COLUMNS},
              (SELECT count(*)::int FROM claims c WHERE c.task_id = t.id AND c.status IN ('applied', 'awaiting-consent')) AS applicants,
              (SELECT count(*)::int FROM claims c WHERE c.task_id = t.id AND c.status IN ('active', 'completed')) AS participants,
              (SELECT count(*)::int FROM claims c WHERE c.task_id = t.id AND c.status = 'applied') AS "awaitingDecision"
         FROM tasks t ${SUMMARY_JOINS}
        WHERE t.poster_id = $1
        ORDER BY t.created_at DESC, t.id DESC
        LIMIT 200`,
      [posterId],
    );
  }

  async dossierOf(tx: EntityManager, id: string): Promise<string | null> {
    const [task] = await tx.query<{ dossier_id: string | null }[]>(
      `SELECT dossier_id FROM tasks WHERE id = $1`,
      [id],
    );
    return task?.dossier_id ?? null;
  }

  /** The dossier's partnership and whether the user is in its team (undefined: no such dossier). */
  async dossierForPosting(
    tx: EntityManager,
    dossierId: string,
    userId: string,
  ): Promise<{ partnership_id: string; in_team: boolean } | undefined> {
    const [dossier] = await tx.query<{ partnership_id: string; in_team: boolean }[]>(
      `SELECT d.partnership_id,
              EXISTS (SELECT 1 FROM dossier_members m
                       WHERE m.dossier_id = d.id AND m.user_id = $2 AND m.status = 'active') AS in_team
         FROM dossiers d WHERE d.id = $1`,
      [dossierId, userId],
    );
    return dossier;
  }

  async isPartnershipMember(tx: EntityManager, partnershipId: string | undefined, organisationId: string) {
    const [member] = await tx.query<unknown[]>(
      `SELECT 1 FROM partnership_members WHERE partnership_id = $1 AND organisation_id = $2`,
      [partnershipId, organisationId],
    );
    return member !== undefined;
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

/** Open or full: a klus people can still find and take (the partial indexes' and live_task_skills' set). */
const isLive = (status: TaskStatus) => status === 'open' || status === 'full';

type OrganisationPlaceholder = Pick<ViewerPlaceholders, 'viewerOrganisation' | 'viewerOrganisations'>;

/**
 * Counts the matches of a list query (a sub-select, run only when the page does not tell the total)
 * in two parts that do not overlap: the klussen of the viewer's organisations (index-only on
 * tasks_visibility_idx when no other filter needs the row), and those meant for one of its
 * partnerships by an organisation that has left it.
 */
function countMatches(
  matches: string,
  statuses: readonly TaskStatus[],
  viewer: OrganisationPlaceholder,
): string {
  return `SELECT (SELECT count(*) FROM tasks t
                   WHERE ${matches} AND t.organisation_id = ANY (${viewerOrganisations(viewer)}))
               + (SELECT count(*) FROM tasks t
                   WHERE ${matches} AND t.id = ANY (${partnershipOnlyIds(statusIn('p', statuses), viewer)}))`;
}

/** The ids of a list query's matches, in the same two parts as countMatches. */
function matchingIds(
  matches: string,
  statuses: readonly TaskStatus[],
  viewer: OrganisationPlaceholder,
): string {
  return `SELECT t.id FROM tasks t WHERE ${matches} AND t.organisation_id = ANY (${viewerOrganisations(viewer)})
          UNION ALL
          SELECT t.id FROM tasks t WHERE ${matches} AND t.id = ANY (${partnershipOnlyIds(statusIn('p', statuses), viewer)})`;
}

/**
 * Implied by isShared, so adding it changes no result, but it can be an index condition where the
 * visibility rule cannot: the klussen of the viewer's organisations, and the few others meant for
 * one of its partnerships.
 */
function ofViewer(statuses: readonly TaskStatus[], viewer: OrganisationPlaceholder): string {
  return `(t.organisation_id = ANY (${viewerOrganisations(viewer)}) OR t.id = ANY (${partnershipOnlyIds(statusIn('p', statuses), viewer)}))`;
}
