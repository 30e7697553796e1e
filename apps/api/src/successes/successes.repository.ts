import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { NamingState, SuccessMilestone } from '@klussenbank/domain';
import { DataSource, type EntityManager } from 'typeorm';
import type { Page } from '../common/pagination.js';
import { type Placeholder, SqlParams } from '../common/sql-params.js';

type Queryable = Pick<EntityManager, 'query'>;

interface Ref {
  id: string;
  name: string;
}
interface Person extends Ref {
  organisation: Ref;
}

export interface SuccessRow {
  id: string;
  milestone: SuccessMilestone;
  title: string;
  story: string;
  storyHtml: string;
  createdAt: Date;
  task: Ref | null;
  dossier: Ref | null;
  checkpoint: Ref | null;
  organisations: Ref[];
  partnerships: Ref[];
  skills: Ref[];
  hours: number;
  named: Person[];
  unnamedCount: number;
  applause: { count: number; mine: boolean };
  commentCount: number;
  myNaming: NamingState | null;
}

export interface CommentRow {
  id: string;
  author: Person;
  body: string;
  createdAt: Date;
  authorId: string;
  authorOrganisationId: string;
}

/** A klus as sharing it needs: the domain's source, its audience, the people and skills involved. */
export interface TaskSourceRow {
  status: string;
  posterId: string;
  title: string;
  organisationId: string;
  visibility: 'organisation' | 'partnership' | 'all-partnerships';
  partnershipId: string | null;
  dossierId: string | null;
  partnershipsOfOrganisation: string[];
  /** The poster and the people whose claim was completed. */
  peopleIds: string[];
  organisationIds: string[];
  skillIds: string[];
}

export interface DossierSourceRow {
  status: string;
  title: string;
  partnershipId: string;
  trekkerIds: string[];
  peopleIds: string[];
  organisationIds: string[];
  skillIds: string[];
  checkpoint: { id: string; status: string; title: string } | null;
}

export interface Filters {
  organisationId?: string;
  partnershipId?: string;
  dossierId?: string;
  taskId?: string;
  skillId?: string;
}

/**
 * Who sees success `s`: platform admins, its organisation, and the member organisations of its
 * partnerships (the domain's canSeeSuccess).
 */
export const successVisible = (viewerOrganisation: Placeholder, platformAdmin: Placeholder) => `
  (${platformAdmin}::boolean OR s.organisation_id = ${viewerOrganisation}
    OR EXISTS (SELECT 1 FROM success_partnerships sp
                 JOIN partnership_members pm ON pm.partnership_id = sp.partnership_id
                WHERE sp.success_id = s.id AND pm.organisation_id = ${viewerOrganisation}))`;

const PERSON = (u: string, o: string) =>
  `json_build_object('id', ${u}.id, 'name', ${u}.display_name, 'organisation', json_build_object('id', ${o}.id, 'name', ${o}.name))`;

/** The columns of a success for viewer `viewer`; `s` the success. */
const COLUMNS = (viewer: Placeholder) => `
  s.id, s.milestone, s.title, s.story, s.story_html AS "storyHtml", s.created_at AS "createdAt",
  (SELECT json_build_object('id', t.id, 'name', t.title) FROM tasks t WHERE t.id = s.task_id) AS task,
  (SELECT json_build_object('id', d.id, 'name', d.title) FROM dossiers d WHERE d.id = s.dossier_id) AS dossier,
  (SELECT json_build_object('id', c.id, 'name', c.title) FROM dossier_checkpoints c WHERE c.id = s.checkpoint_id) AS checkpoint,
  coalesce((SELECT json_agg(json_build_object('id', o.id, 'name', o.name) ORDER BY o.name)
              FROM success_organisations so JOIN organisations o ON o.id = so.organisation_id
             WHERE so.success_id = s.id), '[]') AS organisations,
  coalesce((SELECT json_agg(json_build_object('id', p.id, 'name', p.name) ORDER BY p.name)
              FROM success_partnerships sp JOIN partnerships p ON p.id = sp.partnership_id
             WHERE sp.success_id = s.id), '[]') AS partnerships,
  coalesce((SELECT json_agg(json_build_object('id', k.id, 'name', k.label_nl) ORDER BY k.label_nl)
              FROM success_skills ss JOIN skills k ON k.id = ss.skill_id
             WHERE ss.success_id = s.id), '[]') AS skills,
  (SELECT coalesce(sum(e.hours), 0)::float8 FROM ledger_entries e
    WHERE (s.milestone = 'task-completed' AND e.task_id = s.task_id)
       OR (s.milestone <> 'task-completed' AND e.dossier_id = s.dossier_id)) AS hours,
  coalesce((SELECT json_agg(${PERSON('u', 'o')} ORDER BY u.display_name, u.id)
              FROM success_people pe JOIN users u ON u.id = pe.user_id JOIN organisations o ON o.id = u.organisation_id
             WHERE pe.success_id = s.id AND pe.naming = 'agreed'), '[]') AS named,
  (SELECT count(*)::int FROM success_people pe WHERE pe.success_id = s.id AND pe.naming <> 'agreed') AS "unnamedCount",
  json_build_object(
    'count', (SELECT count(*)::int FROM success_applause a WHERE a.success_id = s.id),
    'mine', EXISTS (SELECT 1 FROM success_applause a WHERE a.success_id = s.id AND a.user_id = ${viewer})) AS applause,
  (SELECT count(*)::int FROM success_comments c WHERE c.success_id = s.id AND c.hidden_at IS NULL) AS "commentCount",
  (SELECT pe.naming FROM success_people pe WHERE pe.success_id = s.id AND pe.user_id = ${viewer}) AS "myNaming"`;

/** The SQL of the successes wall: sharing, the wall, naming, applause and comments. */
@Injectable()
export class SuccessesRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  transaction<T>(work: (tx: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }

  /** The viewer's partnerships (for canSeeSuccess). */
  async partnershipsOf(organisationId: string, db: Queryable = this.db): Promise<string[]> {
    const rows = await db.query<{ id: string }[]>(
      `SELECT partnership_id AS id FROM partnership_members WHERE organisation_id = $1`,
      [organisationId],
    );
    return rows.map((r) => r.id);
  }

  async taskSource(taskId: string, db: Queryable = this.db): Promise<TaskSourceRow | undefined> {
    const [row] = await db.query<TaskSourceRow[]>(
      `SELECT t.status, t.poster_id AS "posterId", t.title, t.organisation_id AS "organisationId",
              t.visibility, t.partnership_id AS "partnershipId", t.dossier_id AS "dossierId",
              ARRAY(SELECT partnership_id FROM partnership_members WHERE organisation_id = t.organisation_id)
                AS "partnershipsOfOrganisation",
              ARRAY(SELECT t.poster_id UNION SELECT c.user_id FROM claims c
                     WHERE c.task_id = t.id AND c.status = 'completed') AS "peopleIds",
              ARRAY(SELECT t.organisation_id UNION SELECT u.organisation_id FROM claims c JOIN users u ON u.id = c.user_id
                     WHERE c.task_id = t.id AND c.status = 'completed') AS "organisationIds",
              ARRAY(SELECT ts.skill_id FROM task_skills ts JOIN skills k ON k.id = ts.skill_id
                     WHERE ts.task_id = t.id AND k.status = 'accepted') AS "skillIds"
         FROM tasks t WHERE t.id = $1`,
      [taskId],
    );
    return row;
  }

  /** A dossier the viewer sees (else undefined), with its team and, when asked, one of its checkpoints. */
  async dossierSource(
    dossierId: string,
    checkpointId: string | null,
    viewer: { organisationId: string; platformAdmin: boolean },
    db: Queryable = this.db,
  ): Promise<DossierSourceRow | undefined> {
    const [row] = await db.query<DossierSourceRow[]>(
      `SELECT d.status, d.title, d.partnership_id AS "partnershipId",
              ARRAY(SELECT m.user_id FROM dossier_members m
                     WHERE m.dossier_id = d.id AND m.status = 'active' AND m.role = 'trekker') AS "trekkerIds",
              ARRAY(SELECT m.user_id FROM dossier_members m
                     WHERE m.dossier_id = d.id AND m.status = 'active') AS "peopleIds",
              ARRAY(SELECT DISTINCT u.organisation_id FROM dossier_members m JOIN users u ON u.id = m.user_id
                     WHERE m.dossier_id = d.id AND m.status = 'active') AS "organisationIds",
              ARRAY(SELECT ds.skill_id FROM dossier_skills ds JOIN skills k ON k.id = ds.skill_id
                     WHERE ds.dossier_id = d.id AND k.status = 'accepted') AS "skillIds",
              (SELECT json_build_object('id', c.id, 'status', c.status, 'title', c.title)
                 FROM dossier_checkpoints c WHERE c.id = $2 AND c.dossier_id = d.id) AS checkpoint
         FROM dossiers d
        WHERE d.id = $1
          AND ($4::boolean OR d.partnership_id IN (SELECT partnership_id FROM partnership_members WHERE organisation_id = $3))`,
      [dossierId, checkpointId, viewer.organisationId, viewer.platformAdmin],
    );
    return row;
  }

  /** Stores a success once per milestone; undefined when it was shared already. */
  async insert(
    tx: EntityManager,
    s: {
      milestone: SuccessMilestone;
      taskId: string | null;
      dossierId: string | null;
      checkpointId: string | null;
      title: string;
      story: string;
      storyHtml: string;
      organisationId: string | null;
      sharedBy: string;
      partnershipIds: string[];
      organisationIds: string[];
      skillIds: string[];
      people: { userId: string; naming: NamingState }[];
    },
  ): Promise<string | undefined> {
    const [row] = await tx.query<{ id: string }[]>(
      `INSERT INTO successes (milestone, task_id, dossier_id, checkpoint_id, title, story, story_html,
                              organisation_id, shared_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
       ON CONFLICT DO NOTHING
       RETURNING id`,
      [
        s.milestone,
        s.taskId,
        s.dossierId,
        s.checkpointId,
        s.title,
        s.story,
        s.storyHtml,
        s.organisationId,
        s.sharedBy,
      ],
    );
    if (!row) return undefined;
    await tx.query(
      `INSERT INTO success_partnerships (success_id, partnership_id) SELECT $1, unnest($2::uuid[]) ON CONFLICT DO NOTHING`,
      [row.id, s.partnershipIds],
    );
    await tx.query(
      `INSERT INTO success_organisations (success_id, organisation_id) SELECT $1, unnest($2::uuid[]) ON CONFLICT DO NOTHING`,
      [row.id, s.organisationIds],
    );
    await tx.query(
      `INSERT INTO success_skills (success_id, skill_id) SELECT $1, unnest($2::uuid[]) ON CONFLICT DO NOTHING`,
      [row.id, s.skillIds],
    );
    await tx.query(
      `INSERT INTO success_people (success_id, user_id, naming, answered_at)
       SELECT $1, p.user_id, p.naming, CASE WHEN p.naming = 'asked' THEN NULL ELSE now() END
         FROM unnest($2::uuid[], $3::text[]) AS p (user_id, naming)
       ON CONFLICT DO NOTHING`,
      [row.id, s.people.map((p) => p.userId), s.people.map((p) => p.naming)],
    );
    return row.id;
  }

  /** One page of the successes the viewer sees, newest first. */
  async page(
    viewer: { id: string; organisationId: string; platformAdmin: boolean },
    filters: Filters,
    page: number,
    pageSize: number,
  ): Promise<Page<SuccessRow>> {
    const params = new SqlParams();
    const where = [successVisible(params.add(viewer.organisationId), params.add(viewer.platformAdmin))];
    if (filters.organisationId) {
      where.push(
        `EXISTS (SELECT 1 FROM success_organisations so WHERE so.success_id = s.id AND so.organisation_id = ${params.add(filters.organisationId)})`,
      );
    }
    if (filters.partnershipId) {
      where.push(
        `EXISTS (SELECT 1 FROM success_partnerships sp WHERE sp.success_id = s.id AND sp.partnership_id = ${params.add(filters.partnershipId)})`,
      );
    }
    if (filters.dossierId) where.push(`s.dossier_id = ${params.add(filters.dossierId)}`);
    if (filters.taskId) where.push(`s.task_id = ${params.add(filters.taskId)}`);
    if (filters.skillId) {
      where.push(
        `EXISTS (SELECT 1 FROM success_skills ss WHERE ss.success_id = s.id AND ss.skill_id = ${params.add(filters.skillId)})`,
      );
    }
    const condition = where.join(' AND ');
    const [{ total }] = await this.db.query<[{ total: number }]>(
      `SELECT count(*)::int AS total FROM successes s WHERE ${condition}`,
      [...params.values],
    );
    const me = params.add(viewer.id);
    const items = await this.db.query<SuccessRow[]>(
      `SELECT ${COLUMNS(me)} FROM successes s WHERE ${condition}
        ORDER BY s.created_at DESC, s.id DESC
        LIMIT ${params.add(pageSize)} OFFSET ${params.add((page - 1) * pageSize)}`,
      params.values,
    );
    return { items, page, pageSize, total };
  }

  /** One success with its audience (the service asks the domain who may see it). */
  async find(
    viewerId: string,
    id: string,
    db: Queryable = this.db,
  ): Promise<
    (SuccessRow & { audience: { organisationId: string | null; partnershipIds: string[] } }) | undefined
  > {
    const [row] = await db.query<
      (SuccessRow & { audienceOrganisation: string | null; audiencePartnerships: string[] })[]
    >(
      `SELECT ${COLUMNS('$1')}, s.organisation_id AS "audienceOrganisation",
              ARRAY(SELECT partnership_id FROM success_partnerships WHERE success_id = s.id) AS "audiencePartnerships"
         FROM successes s WHERE s.id = $2`,
      [viewerId, id],
    );
    if (!row) return undefined;
    const { audienceOrganisation, audiencePartnerships, ...success } = row;
    return {
      ...success,
      audience: { organisationId: audienceOrganisation, partnershipIds: audiencePartnerships },
    };
  }

  /** The organisations involved in a success (for hiding comments). */
  async organisationsOf(successId: string, db: Queryable = this.db): Promise<string[]> {
    const rows = await db.query<{ id: string }[]>(
      `SELECT organisation_id AS id FROM success_organisations WHERE success_id = $1`,
      [successId],
    );
    return rows.map((r) => r.id);
  }

  /** Records a person's answer; false when they are not involved in the success. */
  async answerNaming(successId: string, userId: string, naming: NamingState): Promise<boolean> {
    const [, changed] = await this.db.query<[unknown[], number]>(
      `UPDATE success_people SET naming = $3, answered_at = now() WHERE success_id = $1 AND user_id = $2`,
      [successId, userId, naming],
    );
    return changed > 0;
  }

  /** Applause is one row per person: a second applaud, however concurrent, adds nothing. */
  async applaud(successId: string, userId: string): Promise<void> {
    await this.db.query(
      `INSERT INTO success_applause (success_id, user_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`,
      [successId, userId],
    );
  }

  async withdrawApplause(successId: string, userId: string): Promise<void> {
    await this.db.query(`DELETE FROM success_applause WHERE success_id = $1 AND user_id = $2`, [
      successId,
      userId,
    ]);
  }

  async applause(successId: string, userId: string): Promise<{ count: number; mine: boolean }> {
    const [row] = await this.db.query<[{ count: number; mine: boolean }]>(
      `SELECT count(*)::int AS count, bool_or(user_id = $2) IS TRUE AS mine FROM success_applause WHERE success_id = $1`,
      [successId, userId],
    );
    return row;
  }

  /** Visible comments, oldest first. */
  comments(
    successId: string,
    commentId: string | null = null,
    db: Queryable = this.db,
  ): Promise<CommentRow[]> {
    return db.query<CommentRow[]>(
      `SELECT c.id, ${PERSON('u', 'o')} AS author, c.body, c.created_at AS "createdAt",
              u.id AS "authorId", u.organisation_id AS "authorOrganisationId"
         FROM success_comments c JOIN users u ON u.id = c.author_id JOIN organisations o ON o.id = u.organisation_id
        WHERE c.success_id = $1 AND c.hidden_at IS NULL AND ($2::uuid IS NULL OR c.id = $2)
        ORDER BY c.created_at, c.id`,
      [successId, commentId],
    );
  }

  async addComment(successId: string, authorId: string, body: string): Promise<string> {
    const [row] = await this.db.query<[{ id: string }]>(
      `INSERT INTO success_comments (success_id, author_id, body) VALUES ($1, $2, $3) RETURNING id`,
      [successId, authorId, body],
    );
    return row.id;
  }

  async hideComment(commentId: string, hiddenBy: string): Promise<void> {
    await this.db.query(
      `UPDATE success_comments SET hidden_at = now(), hidden_by = $2 WHERE id = $1 AND hidden_at IS NULL`,
      [commentId, hiddenBy],
    );
  }
}
