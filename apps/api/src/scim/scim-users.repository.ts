import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Role } from '@klussenbank/domain';
import { DataSource, type EntityManager } from 'typeorm';

export interface ScimUserRow {
  id: string;
  organisationId: string;
  email: string;
  userName: string | null;
  displayName: string;
  jobTitle: string;
  roles: Role[];
  lineManagerId: string | null;
  deactivatedAt: Date | null;
  externalId: string | null;
  createdAt: Date;
  updatedAt: Date;
}

/** What a list may be narrowed to: one attribute equal to one value (userName in any case). */
export type ScimUserFilter = {
  attribute: 'userName' | 'email' | 'externalId' | 'id';
  value: string;
} | null;

export interface ScimUserWrite {
  email: string;
  userName: string | null;
  displayName: string;
  jobTitle: string;
  externalId: string | null;
  lineManagerId: string | null;
}

const COLUMNS = `u.id, u.organisation_id AS "organisationId", u.email, u.scim_user_name AS "userName", u.display_name AS "displayName",
  u.job_title AS "jobTitle", u.roles, u.line_manager_id AS "lineManagerId", u.deactivated_at AS "deactivatedAt",
  u.scim_external_id AS "externalId", u.created_at AS "createdAt", u.updated_at AS "updatedAt"`;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The people of one organisation as SCIM sees them. Every query is bound to the token's
 * organisation, and people a SCIM client deleted are not there.
 */
@Injectable()
export class ScimUsersRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  transaction<T>(work: (tx: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }

  async find(organisationId: string, id: string, tx?: EntityManager): Promise<ScimUserRow | undefined> {
    if (!UUID.test(id)) return undefined;
    const [row] = await (tx ?? this.db).query<ScimUserRow[]>(
      `SELECT ${COLUMNS} FROM users u
        WHERE u.id = $2 AND u.organisation_id = $1 AND u.scim_deleted_at IS NULL
        ${tx ? 'FOR UPDATE' : ''}`,
      [organisationId, id],
    );
    return row;
  }

  /** Also a person deleted over SCIM, to bring back when the identity system creates them again. */
  async findIncludingDeleted(
    tx: EntityManager,
    organisationId: string,
    id: string,
  ): Promise<ScimUserRow | undefined> {
    const [row] = await tx.query<ScimUserRow[]>(
      `SELECT ${COLUMNS} FROM users u WHERE u.id = $2 AND u.organisation_id = $1 FOR UPDATE`,
      [organisationId, id],
    );
    return row;
  }

  async list(
    organisationId: string,
    filter: ScimUserFilter,
    offset: number,
    limit: number,
  ): Promise<{ rows: ScimUserRow[]; total: number }> {
    const params: unknown[] = [organisationId];
    let where = '';
    if (filter) {
      if (filter.attribute === 'id' && !UUID.test(filter.value)) return { rows: [], total: 0 };
      params.push(filter.value);
      where = {
        userName: `AND (u.email = lower($2) OR lower(u.scim_user_name) = lower($2))`,
        email: `AND u.email = lower($2)`,
        externalId: `AND u.scim_external_id = $2`,
        id: `AND u.id = $2::uuid`,
      }[filter.attribute];
    }
    const base = `FROM users u WHERE u.organisation_id = $1 AND u.scim_deleted_at IS NULL ${where}`;
    const [{ total }] = await this.db.query<[{ total: number }]>(
      `SELECT count(*)::int AS total ${base}`,
      params,
    );
    const rows =
      limit === 0
        ? []
        : await this.db.query<ScimUserRow[]>(
            `SELECT ${COLUMNS} ${base} ORDER BY u.created_at, u.id OFFSET ${offset} LIMIT ${limit}`,
            params,
          );
    return { rows, total };
  }

  /** Whoever holds the address, in any organisation, deleted over SCIM or not. */
  async holderOfEmail(
    tx: EntityManager,
    email: string,
  ): Promise<{ id: string; organisationId: string; scimDeleted: boolean } | undefined> {
    const [row] = await tx.query<{ id: string; organisationId: string; scimDeleted: boolean }[]>(
      `SELECT id, organisation_id AS "organisationId", scim_deleted_at IS NOT NULL AS "scimDeleted"
         FROM users WHERE email = $1 FOR UPDATE`,
      [email],
    );
    return row;
  }

  /** The e-mail domains of the organisation (empty: any address). */
  async emailDomains(organisationId: string): Promise<string[]> {
    const [row] = await this.db.query<{ email_domains: string[] }[]>(
      `SELECT email_domains FROM organisations WHERE id = $1`,
      [organisationId],
    );
    return row?.email_domains ?? [];
  }

  /** A manager named by our id (the SCIM id) or by the identity system's externalId, in the organisation. */
  async resolveManager(tx: EntityManager, organisationId: string, ref: string): Promise<string | null> {
    const [row] = await tx.query<{ id: string }[]>(
      `SELECT id FROM users
        WHERE organisation_id = $1 AND scim_deleted_at IS NULL AND (id = $3::uuid OR scim_external_id = $2)
        ORDER BY (id = $3::uuid) IS TRUE DESC LIMIT 1`,
      [organisationId, ref, UUID.test(ref) ? ref : null],
    );
    return row?.id ?? null;
  }

  async insert(
    tx: EntityManager,
    organisationId: string,
    user: ScimUserWrite,
    active: boolean,
  ): Promise<string> {
    const [row] = await tx.query<[{ id: string }]>(
      `INSERT INTO users (organisation_id, email, display_name, job_title, roles, scim_external_id,
                          line_manager_id, deactivated_at, scim_user_name)
       VALUES ($1, $2, $3, $4, ARRAY['employee'], $5, $6, CASE WHEN $7 THEN NULL ELSE now() END, $8)
       RETURNING id`,
      [
        organisationId,
        user.email,
        user.displayName,
        user.jobTitle,
        user.externalId,
        user.lineManagerId,
        active,
        user.userName,
      ],
    );
    return row.id;
  }

  /** Writes the attributes SCIM sets; a revived person (deleted over SCIM before) is SCIM's again. */
  async update(tx: EntityManager, id: string, user: ScimUserWrite): Promise<void> {
    await tx.query(
      `UPDATE users SET email = $2, display_name = $3, job_title = $4, scim_external_id = $5,
              line_manager_id = $6, scim_user_name = $7, scim_deleted_at = NULL, updated_at = now()
        WHERE id = $1`,
      [id, user.email, user.displayName, user.jobTitle, user.externalId, user.lineManagerId, user.userName],
    );
  }

  async reactivate(tx: EntityManager, id: string): Promise<void> {
    await tx.query(`UPDATE users SET deactivated_at = NULL, updated_at = now() WHERE id = $1`, [id]);
  }
}
