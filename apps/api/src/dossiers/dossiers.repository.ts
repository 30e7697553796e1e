import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type {
  DossierRole,
  DossierStatus,
  FindableCandidate,
  MembershipStatus,
  SkillLevel,
  SkillStatus,
} from '@klussenbank/domain';
import { DataSource, type EntityManager } from 'typeorm';
import type { PageQueryDto } from '../common/pagination.js';
import { SqlParams } from '../common/sql-params.js';
import {
  personJson,
  SUMMARY_COLUMNS,
  summaryJoins,
  TEAM_MEMBER_COLUMNS,
  TEAM_MEMBER_JOINS,
  visibleTo,
} from './dossier-queries.js';
import type {
  Activity,
  Checkpoint,
  DossierDetail,
  DossierSummary,
  Person,
  TeamMember,
} from './dossier.types.js';
import {
  isVisible as isVisibleTask,
  type ViewerPlaceholders,
  visibleTasksCte,
} from '../tasks/task-queries.js';
import type { CreateCheckpointDto, UpdateCheckpointDto } from './dto/checkpoint.dto.js';
import type { CreateDossierDto, UpdateDossierDto } from './dto/dossier-input.dto.js';
import type { ListDossiersQueryDto } from './dto/list-dossiers-query.dto.js';

/** A connection or the transaction a service runs in. */
export type Queryable = EntityManager | DataSource;

/** Who looks: what dossier visibility depends on. */
export interface DossierViewer {
  id: string;
  organisationId: string;
  platformAdmin: boolean;
}

export interface HeldSkill {
  skillId: string;
  user: Person;
  level: SkillLevel;
  demonstrated: boolean;
}

/** Someone who has a skill a dossier's team lacks (`forSkill`), with what matching needs to know. */
export interface SkillCandidate {
  forSkill: string;
  userId: string;
  user: Person;
  hoursPerMonth: number | null;
  skills: { skillId: string; level: SkillLevel; demonstrated: boolean }[];
  goals: string[];
  /** What findability was decided on. */
  findable: FindableCandidate;
}

/**
 * The domain's isFindableFor for a trekker of the organisation in `viewerOrganisation`, as SQL on a
 * candidate `u` with organisation `o` and (left-joined) profile `p`: a colleague as the organisation
 * allows, anyone else only when they chose to be findable (no profile: not findable).
 */
const FINDABLE_FOR = (viewerOrganisation: string) => `
  CASE WHEN u.organisation_id = ${viewerOrganisation}::uuid THEN o.findable_within_organisation
       ELSE coalesce(p.findable_by_partners, false) END`;

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

export type DossierDetailRow = DossierSummary & {
  description: string;
  createdBy: DossierDetail['createdBy'];
};

const CHECKPOINT_COLUMNS = `
  c.id, c.title, to_char(c.planned_on, 'YYYY-MM-DD') AS "plannedOn", c.status,
  c.went_well AS "wentWell", c.chafed, c.changes, to_char(c.held_on, 'YYYY-MM-DD') AS "heldOn",
  CASE WHEN w.id IS NULL THEN NULL ELSE json_build_object('id', w.id, 'name', w.display_name) END AS "writtenBy"`;

/** The placeholders of a viewer, in the order the dossier queries have always numbered them. */
function viewerParams(params: SqlParams, viewer: DossierViewer) {
  const viewerOrganisation = params.add(viewer.organisationId);
  const id = params.add(viewer.id);
  const platformAdmin = params.add(viewer.platformAdmin);
  return {
    visible: visibleTo({ viewerOrganisation, platformAdmin }),
    joins: summaryJoins({ viewer: id }),
    id,
  };
}

/** The SQL of dossiers and their checkpoints and feed: the services decide, this reads and writes. */
@Injectable()
export class DossiersRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  transaction<T>(work: (tx: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }

  /** One page of the dossiers the viewer may see, and their total. */
  async search(
    viewer: DossierViewer,
    query: ListDossiersQueryDto,
    statuses: DossierStatus[],
  ): Promise<{ items: DossierSummary[]; total: number }> {
    const params = new SqlParams();
    const me = viewerParams(params, viewer);
    const add = (value: unknown) => params.add(value);
    const where = [me.visible, `d.status = ANY (${add(statuses)}::text[])`];
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
    const filterValues = [...params.values];
    const rows = await this.db.query<(DossierSummary & { total: number })[]>(
      `WITH page AS (
         SELECT d.*, count(*) OVER () AS total FROM dossiers d
           LEFT JOIN dossier_members me ON me.dossier_id = d.id AND me.user_id = ${me.id}
          WHERE ${where.join(' AND ')}
          ORDER BY ${order}
          LIMIT ${add(query.pageSize)} OFFSET ${add((query.page - 1) * query.pageSize)}
       )
       SELECT ${SUMMARY_COLUMNS}, d.total::int AS total FROM page d ${me.joins} ORDER BY ${order}`,
      params.values,
    );
    let total = rows[0]?.total;
    if (total === undefined) {
      // A page past the end: count separately so the client can still tell how many there are.
      const [{ count }] = await this.db.query<[{ count: number }]>(
        `SELECT count(*)::int AS count FROM dossiers d
           LEFT JOIN dossier_members me ON me.dossier_id = d.id AND me.user_id = ${me.id}
          WHERE ${where.join(' AND ')}`,
        filterValues,
      );
      total = count;
    }
    return { items: rows.map(({ total: _total, ...item }) => item), total };
  }

  /** The dossier, if the viewer may see it. */
  async findVisible(
    viewer: DossierViewer,
    id: string,
    db: Queryable = this.db,
  ): Promise<DossierDetailRow | undefined> {
    const params = new SqlParams();
    const me = viewerParams(params, viewer);
    const [row] = await db.query<DossierDetailRow[]>(
      `SELECT ${SUMMARY_COLUMNS}, d.description, ${personJson('cu', 'cuo')} AS "createdBy"
         FROM dossiers d ${me.joins}
         JOIN users cu ON cu.id = d.created_by JOIN organisations cuo ON cuo.id = cu.organisation_id
        WHERE d.id = ${params.add(id)} AND ${me.visible}`,
      params.values,
    );
    return row;
  }

  async isVisible(viewer: DossierViewer, id: string, db: Queryable = this.db): Promise<boolean> {
    const params = new SqlParams();
    const viewerOrganisation = params.add(viewer.organisationId);
    const platformAdmin = params.add(viewer.platformAdmin);
    const [row] = await db.query<unknown[]>(
      `SELECT 1 FROM dossiers d WHERE d.id = ${params.add(id)} AND ${visibleTo({ viewerOrganisation, platformAdmin })}`,
      params.values,
    );
    return row !== undefined;
  }

  /** The team: active members, plus requests and invitations when `withPending` or for the viewer's own. */
  team(
    id: string,
    { withPending, viewerId }: { withPending: boolean; viewerId: string },
    db: Queryable = this.db,
  ) {
    return db.query<TeamMember[]>(
      `SELECT ${TEAM_MEMBER_COLUMNS}
         FROM dossier_members m ${TEAM_MEMBER_JOINS}
        WHERE m.dossier_id = $1 AND (m.status = 'active' OR $2 OR m.user_id = $3)
        ORDER BY o.name, CASE m.role WHEN 'trekker' THEN 0 WHEN 'member' THEN 1 ELSE 2 END, u.display_name`,
      [id, withPending, viewerId],
    );
  }

  async isPartnershipMember(
    tx: EntityManager,
    partnershipId: string,
    organisationId: string,
  ): Promise<boolean> {
    const [member] = await tx.query<unknown[]>(
      `SELECT 1 FROM partnership_members WHERE partnership_id = $1 AND organisation_id = $2`,
      [partnershipId, organisationId],
    );
    return member !== undefined;
  }

  /** A new dossier with its creator as its first trekker. */
  async insert(tx: EntityManager, creatorId: string, dto: CreateDossierDto): Promise<string> {
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
        creatorId,
      ],
    );
    await tx.query(
      `INSERT INTO dossier_members (dossier_id, user_id, role, status) VALUES ($1, $2, 'trekker', 'active')`,
      [id, creatorId],
    );
    return id;
  }

  async dates(tx: EntityManager, id: string): Promise<{ startDate: string; endDate: string | null }> {
    const [current] = await tx.query<[{ startDate: string; endDate: string | null }]>(
      `SELECT to_char(start_date, 'YYYY-MM-DD') AS "startDate", to_char(end_date, 'YYYY-MM-DD') AS "endDate"
         FROM dossiers WHERE id = $1`,
      [id],
    );
    return current;
  }

  /** Writes the fields the update carries (the others stay) and the dates as decided. */
  async update(
    tx: EntityManager,
    id: string,
    dto: UpdateDossierDto,
    { startDate, endDate }: { startDate: string; endDate: string | null },
  ): Promise<void> {
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
  }

  async removeSkills(tx: EntityManager, id: string): Promise<void> {
    await tx.query(`DELETE FROM dossier_skills WHERE dossier_id = $1`, [id]);
  }

  async addSkills(tx: EntityManager, id: string, skillIds: string[]): Promise<void> {
    await tx.query(
      `INSERT INTO dossier_skills (dossier_id, skill_id) SELECT $1, unnest($2::uuid[]) ON CONFLICT DO NOTHING`,
      [id, skillIds],
    );
  }

  /** The dossier row, if visible, locked for this transaction, with the viewer's place in its team. */
  async lockVisible(
    tx: EntityManager,
    viewer: DossierViewer,
    id: string,
  ): Promise<Omit<LockedDossier, 'teamSize' | 'trekkers' | 'canLead'> | undefined> {
    const params = new SqlParams();
    const me = viewerParams(params, viewer);
    const [row] = await tx.query<Omit<LockedDossier, 'teamSize' | 'trekkers' | 'canLead'>[]>(
      `SELECT d.id, d.partnership_id AS "partnershipId", d.status, d.team_cap AS "teamCap",
              d.join_policy AS "joinPolicy", me.role AS "myRole", me.status AS "myStatus"
         FROM dossiers d LEFT JOIN dossier_members me ON me.dossier_id = d.id AND me.user_id = ${me.id}
        WHERE d.id = ${params.add(id)} AND ${me.visible}
          FOR UPDATE OF d`,
      params.values,
    );
    return row;
  }

  /** The active team's size and its number of trekkers. */
  async teamCounts(tx: EntityManager, id: string): Promise<{ teamSize: number; trekkers: number }> {
    const [counts] = await tx.query<[{ teamSize: number; trekkers: number }]>(
      `SELECT count(*)::int AS "teamSize", count(*) FILTER (WHERE role = 'trekker')::int AS trekkers
         FROM dossier_members WHERE dossier_id = $1 AND status = 'active'`,
      [id],
    );
    return counts;
  }

  checkpoints(id: string): Promise<Checkpoint[]> {
    return this.db.query<Checkpoint[]>(
      `SELECT ${CHECKPOINT_COLUMNS} FROM dossier_checkpoints c LEFT JOIN users w ON w.id = c.written_by
        WHERE c.dossier_id = $1 ORDER BY c.planned_on, c.created_at`,
      [id],
    );
  }

  async checkpoint(tx: EntityManager, id: string, checkpointId: string): Promise<Checkpoint | undefined> {
    const [row] = await tx.query<Checkpoint[]>(
      `SELECT ${CHECKPOINT_COLUMNS} FROM dossier_checkpoints c LEFT JOIN users w ON w.id = c.written_by
        WHERE c.id = $2 AND c.dossier_id = $1`,
      [id, checkpointId],
    );
    return row;
  }

  async insertCheckpoint(tx: EntityManager, id: string, dto: CreateCheckpointDto): Promise<string> {
    const [{ id: checkpointId }] = await tx.query<[{ id: string }]>(
      `INSERT INTO dossier_checkpoints (dossier_id, title, planned_on) VALUES ($1, $2, $3) RETURNING id`,
      [id, dto.title, dto.plannedOn],
    );
    return checkpointId;
  }

  /** Writes a checkpoint's fields and reflection; `holding` marks it held today, by `writerId`. */
  async updateCheckpoint(
    tx: EntityManager,
    id: string,
    checkpointId: string,
    dto: UpdateCheckpointDto,
    {
      reflection,
      holding,
      writerId,
    }: {
      reflection: { wentWell: string | null; chafed: string | null; changes: string | null };
      holding: boolean;
      writerId: string;
    },
  ): Promise<void> {
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
        reflection.wentWell,
        reflection.chafed,
        reflection.changes,
        holding,
        writerId,
      ],
    );
  }

  /**
   * One page of the feed, newest first, and its total. A klus shows only to a viewer who may see it
   * now (the task list's own predicate): its visibility may have been narrowed since the line was
   * written, so for others `task` is null (the line stays: someone posted "een klus").
   */
  async activity(
    viewer: DossierViewer,
    id: string,
    page: PageQueryDto,
  ): Promise<{ items: Activity[]; total: number }> {
    const params = new SqlParams();
    const placeholders: ViewerPlaceholders = {
      viewerOrganisation: params.add(viewer.organisationId),
      viewer: params.add(viewer.id),
    };
    const items = await this.db.query<(Activity & { total: number })[]>(
      `WITH ${visibleTasksCte(placeholders)}
       SELECT a.id::text, a.type, a.created_at AS at, a.data,
              CASE WHEN au.id IS NULL THEN NULL ELSE ${personJson('au', 'auo')} END AS actor,
              CASE WHEN su.id IS NULL THEN NULL ELSE ${personJson('su', 'suo')} END AS subject,
              CASE WHEN t.id IS NOT NULL AND ${isVisibleTask(placeholders)}
                   THEN json_build_object('id', t.id, 'title', t.title) END AS task,
              CASE WHEN c.id IS NULL THEN NULL ELSE json_build_object('id', c.id, 'title', c.title) END AS checkpoint,
              count(*) OVER ()::int AS total
         FROM dossier_activity a
         LEFT JOIN users au ON au.id = a.actor_id LEFT JOIN organisations auo ON auo.id = au.organisation_id
         LEFT JOIN users su ON su.id = a.subject_id LEFT JOIN organisations suo ON suo.id = su.organisation_id
         LEFT JOIN tasks t ON t.id = a.task_id
         LEFT JOIN dossier_checkpoints c ON c.id = a.checkpoint_id
        WHERE a.dossier_id = ${params.add(id)}
        ORDER BY a.id DESC
        LIMIT ${params.add(page.pageSize)} OFFSET ${params.add((page.page - 1) * page.pageSize)}`,
      params.values,
    );
    let total = items[0]?.total;
    if (total === undefined) {
      const [{ count }] = await this.db.query<[{ count: number }]>(
        `SELECT count(*)::int AS count FROM dossier_activity WHERE dossier_id = $1`,
        [id],
      );
      total = count;
    }
    return { items: items.map(({ total: _total, ...item }) => item), total };
  }

  /** The skills a dossier needs, by Dutch label (with their status: private names are shown, never matched). */
  neededSkills(id: string): Promise<{ id: string; label: string; status: SkillStatus }[]> {
    return this.db.query<{ id: string; label: string; status: SkillStatus }[]>(
      `SELECT s.id, s.label_nl AS label, s.status FROM dossier_skills ds JOIN skills s ON s.id = ds.skill_id
          WHERE ds.dossier_id = $1 ORDER BY s.label_nl`,
      [id],
    );
  }

  /** The team's holdings of the needed skills; demonstrated wins over self-declared for one person. */
  heldSkills(id: string): Promise<HeldSkill[]> {
    return this.db.query<HeldSkill[]>(
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
  }

  /** Whether the person is an active trekker of the dossier. */
  async isTrekker(id: string, userId: string): Promise<boolean> {
    const [row] = await this.db.query<unknown[]>(
      `SELECT 1 FROM dossier_members
        WHERE dossier_id = $1 AND user_id = $2 AND role = 'trekker' AND status = 'active'`,
      [id, userId],
    );
    return row !== undefined;
  }

  /**
   * Per skill: how many people of the partnership, outside the team, have it, and how many of them
   * are findable for a trekker of `viewerOrganisation` (FINDABLE_FOR, the SQL of the domain's
   * isFindableFor). Counts only: no names leave this query.
   */
  async candidateCounts(
    id: string,
    skillIds: string[],
    viewerOrganisation: string,
  ): Promise<Map<string, { candidateCount: number; findableCount: number }>> {
    const rows = await this.db.query<{ skillId: string; candidateCount: number; findableCount: number }[]>(
      `SELECT us.skill_id AS "skillId", count(DISTINCT u.id)::int AS "candidateCount",
              count(DISTINCT u.id) FILTER (WHERE ${FINDABLE_FOR('$3')})::int AS "findableCount"
         FROM user_skills us
         JOIN users u ON u.id = us.user_id JOIN organisations o ON o.id = u.organisation_id
         LEFT JOIN profiles p ON p.user_id = u.id
         JOIN partnership_members pm ON pm.organisation_id = u.organisation_id
                                    AND pm.partnership_id = (SELECT partnership_id FROM dossiers WHERE id = $1)
        WHERE us.skill_id = ANY ($2::uuid[])
          AND NOT EXISTS (SELECT 1 FROM dossier_members m WHERE m.dossier_id = $1 AND m.user_id = us.user_id)
        GROUP BY us.skill_id`,
      [id, skillIds, viewerOrganisation],
    );
    return new Map(rows.map(({ skillId, ...counts }) => [skillId, counts]));
  }

  /**
   * People of the partnership, outside the team, findable for a trekker of `viewerOrganisation`, who
   * have one of the skills: per skill the best `perSkill` by level (one statement, index on
   * user_skills (skill_id, user_id)). Each row carries what findability was decided on, so the
   * service checks it again with the domain rule.
   */
  findableCandidates(
    id: string,
    skillIds: string[],
    perSkill: number,
    viewerOrganisation: string,
  ): Promise<SkillCandidate[]> {
    return this.db.query<SkillCandidate[]>(
      `WITH dossier AS (SELECT partnership_id FROM dossiers WHERE id = $1),
         ranked AS (
           SELECT us.skill_id, us.user_id,
                  row_number() OVER (PARTITION BY us.skill_id
                                     ORDER BY CASE us.level WHEN 'expert' THEN 0 WHEN 'advanced' THEN 1 ELSE 2 END,
                                              (us.source = 'demonstrated') DESC, us.user_id) AS n
             FROM user_skills us
             JOIN users u ON u.id = us.user_id JOIN organisations o ON o.id = u.organisation_id
             LEFT JOIN profiles p ON p.user_id = u.id
             JOIN partnership_members pm ON pm.organisation_id = u.organisation_id
                                        AND pm.partnership_id = (SELECT partnership_id FROM dossier)
            WHERE us.skill_id = ANY ($2::uuid[])
              AND NOT EXISTS (SELECT 1 FROM dossier_members m WHERE m.dossier_id = $1 AND m.user_id = us.user_id)
              AND ${FINDABLE_FOR('$4')}
         )
         SELECT r.skill_id AS "forSkill", u.id AS "userId", ${personJson('u', 'o')} AS "user",
                p.hours_per_month AS "hoursPerMonth",
                json_build_object('organisationId', u.organisation_id,
                                  'findableByPartners', coalesce(p.findable_by_partners, false),
                                  'organisationFindableWithin', o.findable_within_organisation) AS findable,
                coalesce((SELECT json_agg(json_build_object('skillId', s.skill_id, 'level', s.level,
                                                            'demonstrated', s.source = 'demonstrated'))
                            FROM user_skills s WHERE s.user_id = u.id AND s.skill_id = ANY ($2::uuid[])), '[]') AS skills,
                coalesce((SELECT json_agg(g.skill_id) FROM learning_goals g
                           WHERE g.user_id = u.id AND g.skill_id = ANY ($2::uuid[])), '[]') AS goals
           FROM ranked r
           JOIN users u ON u.id = r.user_id JOIN organisations o ON o.id = u.organisation_id
           LEFT JOIN profiles p ON p.user_id = u.id
          WHERE r.n <= $3`,
      [id, skillIds, perSkill, viewerOrganisation],
    );
  }
}
