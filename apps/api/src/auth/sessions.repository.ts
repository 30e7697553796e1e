import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Role } from '@klussenbank/domain';
import { DataSource } from 'typeorm';
import type { AuthMethod } from './session.entity.js';

export interface SessionRow {
  id: string;
  authMethod: AuthMethod;
  userAgent: string | null;
  ipAddress: string | null;
  createdAt: Date;
  lastSeenAt: Date;
  expiresAt: Date;
}

/** The sessions a person holds, for "Mijn sessies" and for admins: SQL only. */
@Injectable()
export class SessionsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Sessions that still hold (not expired, not past the absolute timeout), last used first. */
  async activeOf(userId: string, createdAfter: Date): Promise<SessionRow[]> {
    return this.db.query(
      `SELECT id, auth_method AS "authMethod", user_agent AS "userAgent", host(ip_address) AS "ipAddress",
              created_at AS "createdAt", last_seen_at AS "lastSeenAt", expires_at AS "expiresAt"
         FROM sessions
        WHERE user_id = $1 AND expires_at > now() AND created_at > $2
        ORDER BY last_seen_at DESC, id`,
      [userId, createdAfter],
    );
  }

  async holder(userId: string): Promise<{ id: string; organisationId: string; roles: Role[] } | undefined> {
    const [row] = await this.db.query<{ id: string; organisationId: string; roles: Role[] }[]>(
      `SELECT id, organisation_id AS "organisationId", roles FROM users WHERE id = $1`,
      [userId],
    );
    return row;
  }
}
