import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';

type Queryable = Pick<EntityManager, 'query'>;

/** A completed (or not) klus and the people who evaluate on it. */
export interface TaskParties {
  status: string;
  posterId: string;
  /** People whose claim was completed. */
  participantIds: string[];
}

export interface PersonRow {
  id: string;
  name: string;
  organisation: { id: string; name: string };
  lineManagerId: string | null;
}

export interface EvaluationRow {
  id: string;
  taskId: string;
  author: { id: string; name: string; organisation: { id: string; name: string } };
  subject: { id: string; name: string; organisation: { id: string; name: string } };
  authorLineManagerId: string | null;
  subjectLineManagerId: string | null;
  score: number;
  wentWell: string | null;
  couldBeBetter: string | null;
  createdAt: Date;
}

const PERSON = (alias: string, org: string) =>
  `json_build_object('id', ${alias}.id, 'name', ${alias}.display_name,
                     'organisation', json_build_object('id', ${org}.id, 'name', ${org}.name))`;

/** The SQL of evaluations: requests, the evaluations themselves, the admins' aggregate, the reminder scan. */
@Injectable()
export class EvaluationsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  transaction<T>(work: (tx: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }

  async parties(taskId: string, db: Queryable = this.db): Promise<TaskParties | undefined> {
    const [row] = await db.query<TaskParties[]>(
      `SELECT t.status, t.poster_id AS "posterId",
              coalesce((SELECT array_agg(DISTINCT c.user_id) FROM claims c
                         WHERE c.task_id = t.id AND c.status = 'completed'), '{}') AS "participantIds"
         FROM tasks t WHERE t.id = $1`,
      [taskId],
    );
    return row;
  }

  /** The requests of a completion, once per person: a retried completion adds nothing. */
  async insertRequests(tx: EntityManager, taskId: string, userIds: string[]): Promise<void> {
    await tx.query(
      `INSERT INTO evaluation_requests (task_id, user_id) SELECT $1, unnest($2::uuid[])
       ON CONFLICT (task_id, user_id) DO NOTHING`,
      [taskId, userIds],
    );
  }

  people(ids: string[], db: Queryable = this.db): Promise<PersonRow[]> {
    return db.query<PersonRow[]>(
      `SELECT u.id, u.display_name AS name, json_build_object('id', o.id, 'name', o.name) AS organisation,
              u.line_manager_id AS "lineManagerId"
         FROM users u JOIN organisations o ON o.id = u.organisation_id
        WHERE u.id = ANY ($1::uuid[])`,
      [ids],
    );
  }

  /** Every evaluation on a klus, with what deciding who reads it needs (the service filters). */
  evaluationsOn(taskId: string, db: Queryable = this.db): Promise<EvaluationRow[]> {
    return db.query<EvaluationRow[]>(
      `SELECT e.id, e.task_id AS "taskId", ${PERSON('a', 'ao')} AS author, ${PERSON('s', 'so')} AS subject,
              a.line_manager_id AS "authorLineManagerId", s.line_manager_id AS "subjectLineManagerId",
              e.score, e.went_well AS "wentWell", e.could_be_better AS "couldBeBetter", e.created_at AS "createdAt"
         FROM evaluations e
         JOIN users a ON a.id = e.author_id JOIN organisations ao ON ao.id = e.author_organisation_id
         JOIN users s ON s.id = e.subject_id JOIN organisations so ON so.id = e.subject_organisation_id
        WHERE e.task_id = $1
        ORDER BY e.created_at, e.id`,
      [taskId],
    );
  }

  /** Stores an evaluation once; undefined when this author already evaluated this subject on this klus. */
  async insert(
    tx: EntityManager,
    e: {
      taskId: string;
      authorId: string;
      subjectId: string;
      score: number;
      wentWell: string | null;
      couldBeBetter: string | null;
    },
  ): Promise<string | undefined> {
    const [row] = await tx.query<{ id: string }[]>(
      `INSERT INTO evaluations (task_id, author_id, subject_id, author_organisation_id, subject_organisation_id,
                                score, went_well, could_be_better)
       SELECT $1, a.id, s.id, a.organisation_id, s.organisation_id, $4, $5, $6
         FROM users a, users s WHERE a.id = $2 AND s.id = $3
       ON CONFLICT ON CONSTRAINT evaluations_once DO NOTHING
       RETURNING id`,
      [e.taskId, e.authorId, e.subjectId, e.score, e.wentWell, e.couldBeBetter],
    );
    return row?.id;
  }

  async organisationName(id: string): Promise<string | undefined> {
    const [row] = await this.db.query<{ name: string }[]>(`SELECT name FROM organisations WHERE id = $1`, [
      id,
    ]);
    return row?.name;
  }

  /**
   * The evaluations an organisation is involved in (its people gave or received them), given in a
   * period of Amsterdam days: scores and texts only, no names.
   */
  summaryRows(
    organisationId: string,
    from: string | null,
    to: string | null,
  ): Promise<{ score: number; wentWell: string | null; couldBeBetter: string | null }[]> {
    return this.db.query(
      `SELECT e.score, e.went_well AS "wentWell", e.could_be_better AS "couldBeBetter"
         FROM evaluations e
        WHERE (e.author_organisation_id = $1 OR e.subject_organisation_id = $1)
          AND ($2::date IS NULL OR (e.created_at AT TIME ZONE 'Europe/Amsterdam')::date >= $2::date)
          AND ($3::date IS NULL OR (e.created_at AT TIME ZONE 'Europe/Amsterdam')::date <= $3::date)`,
      [organisationId, from, to],
    );
  }

  /** Requests made in (after, notAfter] whose person gave no evaluation on the klus yet. */
  dueReminders(
    tx: EntityManager,
    after: Date,
    notAfter: Date,
  ): Promise<{ taskId: string; userId: string }[]> {
    return tx.query(
      `SELECT r.task_id AS "taskId", r.user_id AS "userId"
         FROM evaluation_requests r
        WHERE r.requested_at > $1 AND r.requested_at <= $2
          AND NOT EXISTS (SELECT 1 FROM evaluations e WHERE e.task_id = r.task_id AND e.author_id = r.user_id)`,
      [after, notAfter],
    );
  }
}
