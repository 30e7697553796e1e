import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ImportPerson, Role } from '@klussenbank/domain';
import { DataSource, type EntityManager } from 'typeorm';

type Queryable = Pick<EntityManager, 'query'>;

export interface NewPerson {
  email: string;
  displayName: string;
  jobTitle: string;
  roles: Role[];
}

export interface PersonWrite {
  id: string;
  displayName: string;
  jobTitle: string;
  roles: Role[];
  lineManagerId: string | null;
  reactivate: boolean;
}

/** The people import's SQL: what the comparison reads, and the writes of one apply. */
@Injectable()
export class PeopleImportRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  transaction<T>(work: (tx: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }

  /**
   * Serialises the applies of one organisation until the transaction ends: a second apply of the
   * same file waits, then finds everything done.
   */
  async lockOrganisation(tx: Queryable, organisationId: string): Promise<void> {
    await tx.query(`SELECT pg_advisory_xact_lock(hashtextextended('people-import:' || $1, 0))`, [
      organisationId,
    ]);
  }

  /** The organisation's e-mail domains, or undefined when there is no such organisation. */
  async organisation(
    organisationId: string,
    tx: Queryable = this.db,
  ): Promise<{ id: string; emailDomains: string[] } | undefined> {
    const [row] = await tx.query<{ id: string; emailDomains: string[] }[]>(
      `SELECT id, email_domains AS "emailDomains" FROM organisations WHERE id = $1`,
      [organisationId],
    );
    return row;
  }

  people(organisationId: string, tx: Queryable = this.db): Promise<ImportPerson[]> {
    return tx.query<ImportPerson[]>(
      `SELECT id, email, display_name AS "displayName", job_title AS "jobTitle", roles,
              line_manager_id AS "lineManagerId", deactivated_at IS NOT NULL AS deactivated
         FROM users WHERE organisation_id = $1
        ORDER BY display_name, id`,
      [organisationId],
    );
  }

  /** Of these addresses, those of people in another organisation. */
  async emailsElsewhere(
    organisationId: string,
    emails: string[],
    tx: Queryable = this.db,
  ): Promise<string[]> {
    const rows = await tx.query<{ email: string }[]>(
      `SELECT email FROM users WHERE email = ANY($2::text[]) AND organisation_id <> $1`,
      [organisationId, emails],
    );
    return rows.map((row) => row.email);
  }

  async domainsElsewhere(organisationId: string, tx: Queryable = this.db): Promise<string[]> {
    const rows = await tx.query<{ domain: string }[]>(
      `SELECT DISTINCT lower(unnest(email_domains)) AS domain FROM organisations WHERE id <> $1`,
      [organisationId],
    );
    return rows.map((row) => row.domain);
  }

  /** New people, without a password (they sign in through SSO or set one with a link); answers their ids by e-mail. */
  async insert(tx: Queryable, organisationId: string, people: NewPerson[]): Promise<Map<string, string>> {
    if (people.length === 0) return new Map();
    const rows = await tx.query<{ id: string; email: string }[]>(
      `INSERT INTO users (organisation_id, email, display_name, job_title, roles, password_hash, locale)
       SELECT $1, p.email, p.display_name, p.job_title, ARRAY(SELECT jsonb_array_elements_text(p.roles)), NULL, 'nl'
         FROM jsonb_to_recordset($2::jsonb) AS p(email text, display_name text, job_title text, roles jsonb)
       RETURNING id, email`,
      [
        organisationId,
        JSON.stringify(
          people.map((p) => ({
            email: p.email,
            display_name: p.displayName,
            job_title: p.jobTitle,
            roles: p.roles,
          })),
        ),
      ],
    );
    return new Map(rows.map((row) => [row.email, row.id]));
  }

  /** Writes each person as given, in one statement; `updated_at` moves only for these rows. */
  async update(tx: Queryable, people: PersonWrite[]): Promise<void> {
    if (people.length === 0) return;
    await tx.query(
      `UPDATE users u
          SET display_name = p.display_name, job_title = p.job_title,
              roles = ARRAY(SELECT jsonb_array_elements_text(p.roles)),
              line_manager_id = p.line_manager_id,
              deactivated_at = CASE WHEN p.reactivate THEN NULL ELSE u.deactivated_at END,
              updated_at = now()
         FROM jsonb_to_recordset($1::jsonb)
              AS p(id uuid, display_name text, job_title text, roles jsonb, line_manager_id uuid, reactivate boolean)
        WHERE u.id = p.id`,
      [
        JSON.stringify(
          people.map((p) => ({
            id: p.id,
            display_name: p.displayName,
            job_title: p.jobTitle,
            roles: p.roles,
            line_manager_id: p.lineManagerId,
            reactivate: p.reactivate,
          })),
        ),
      ],
    );
  }
}
