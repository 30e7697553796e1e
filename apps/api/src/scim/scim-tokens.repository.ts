import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';

export interface ScimTokenRow {
  id: string;
  prefix: string;
  createdAt: Date;
  createdBy: string | null;
  lastUsedAt: Date | null;
}

const COLUMNS = `id, prefix, created_at AS "createdAt", created_by AS "createdBy", last_used_at AS "lastUsedAt"`;

/** The SQL of SCIM tokens: only hashes are stored; a revoked token stays as a row, unusable. */
@Injectable()
export class ScimTokensRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  transaction<T>(work: (tx: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }

  async organisationExists(id: string): Promise<boolean> {
    const rows = await this.db.query<unknown[]>(`SELECT 1 FROM organisations WHERE id = $1`, [id]);
    return rows.length > 0;
  }

  async insert(
    tx: EntityManager,
    token: { organisationId: string; prefix: string; hash: Buffer; createdBy: string | null },
  ): Promise<ScimTokenRow> {
    const [row] = await tx.query<[ScimTokenRow]>(
      `INSERT INTO scim_tokens (organisation_id, prefix, token_hash, created_by) VALUES ($1, $2, $3, $4)
       RETURNING ${COLUMNS}`,
      [token.organisationId, token.prefix, token.hash, token.createdBy],
    );
    return row;
  }

  /** The organisation's usable tokens, newest first. */
  list(organisationId: string): Promise<ScimTokenRow[]> {
    return this.db.query<ScimTokenRow[]>(
      `SELECT ${COLUMNS} FROM scim_tokens WHERE organisation_id = $1 AND revoked_at IS NULL
        ORDER BY created_at DESC, id`,
      [organisationId],
    );
  }

  /** True when a usable token of the organisation was revoked now. */
  async revoke(tx: EntityManager, organisationId: string, id: string): Promise<boolean> {
    const [, affected] = await tx.query<[unknown[], number]>(
      `UPDATE scim_tokens SET revoked_at = now()
        WHERE id = $1 AND organisation_id = $2 AND revoked_at IS NULL`,
      [id, organisationId],
    );
    return affected === 1;
  }

  /**
   * The organisation a usable token belongs to; notes its use (at most once a minute, so a burst of
   * provisioning requests does not write the row each time).
   */
  async use(hash: Buffer): Promise<{ id: string; organisationId: string } | undefined> {
    // The row is written only when its last use is older than a minute, not on every request.
    const [row] = await this.db.query<{ id: string; organisationId: string }[]>(
      `WITH found AS (
         SELECT id, organisation_id, last_used_at FROM scim_tokens WHERE token_hash = $1 AND revoked_at IS NULL),
       touched AS (
         UPDATE scim_tokens s SET last_used_at = now() FROM found
          WHERE s.id = found.id AND (found.last_used_at IS NULL OR found.last_used_at < now() - interval '1 minute'))
       SELECT id, organisation_id AS "organisationId" FROM found`,
      [hash],
    );
    return row;
  }
}
