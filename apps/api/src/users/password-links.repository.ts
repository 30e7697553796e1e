import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { PasswordLinkPurpose } from '@klussenbank/domain';
import type { EntityManager, Repository } from 'typeorm';
import { UserEntity } from './user.entity.js';

export interface PasswordLinkRow {
  id: string;
  userId: string;
  purpose: PasswordLinkPurpose;
  expiresAt: Date;
  usedAt: Date | null;
  supersededAt: Date | null;
  email: string;
  displayName: string;
  locale: 'nl' | 'en';
}

/** One-time password links (`password_links`) and the password hash they and a change write. */
@Injectable()
export class PasswordLinksRepository {
  constructor(@InjectRepository(UserEntity) private readonly users: Repository<UserEntity>) {}

  transaction<T>(work: (tx: EntityManager) => Promise<T>): Promise<T> {
    return this.users.manager.transaction(work);
  }

  /** The person and their current hash (null: none yet, or single sign-on only). */
  async person(userId: string): Promise<
    | {
        id: string;
        organisationId: string;
        email: string;
        displayName: string;
        locale: 'nl' | 'en';
        passwordHash: string | null;
      }
    | undefined
  > {
    const [row] = await this.users.query<
      {
        id: string;
        organisationId: string;
        email: string;
        displayName: string;
        locale: 'nl' | 'en';
        passwordHash: string | null;
      }[]
    >(
      `SELECT id, organisation_id AS "organisationId", email, display_name AS "displayName", locale,
              password_hash AS "passwordHash"
         FROM users WHERE id = $1`,
      [userId],
    );
    return row;
  }

  /** What an invitation tells the newcomer: their organisation's name and who added them. */
  async inviteContext(
    userId: string,
    createdBy: string,
  ): Promise<{ organisationName: string; inviterName: string | null } | undefined> {
    const [row] = await this.users.query<{ organisationName: string; inviterName: string | null }[]>(
      `SELECT o.name AS "organisationName",
              (SELECT display_name FROM users WHERE id = $2) AS "inviterName"
         FROM users u JOIN organisations o ON o.id = u.organisation_id
        WHERE u.id = $1`,
      [userId, createdBy],
    );
    return row;
  }

  /** A new link for the person; every link of theirs still open stops working. */
  async issue(
    tx: EntityManager,
    link: {
      userId: string;
      purpose: PasswordLinkPurpose;
      tokenHash: Buffer;
      createdBy: string | null;
      expiresAt: Date;
    },
  ): Promise<string> {
    await tx.query(
      `UPDATE password_links SET superseded_at = now()
        WHERE user_id = $1 AND used_at IS NULL AND superseded_at IS NULL`,
      [link.userId],
    );
    const [row] = await tx.query<[{ id: string }]>(
      `INSERT INTO password_links (user_id, purpose, token_hash, created_by, expires_at)
       VALUES ($1, $2, $3, $4, $5) RETURNING id`,
      [link.userId, link.purpose, link.tokenHash, link.createdBy, link.expiresAt],
    );
    return row.id;
  }

  /** Found by the token's hash alone (an index look-up): the token itself is never stored. */
  async findByTokenHash(tokenHash: Buffer): Promise<PasswordLinkRow | undefined> {
    const [row] = await this.users.query<PasswordLinkRow[]>(
      `SELECT l.id, l.user_id AS "userId", l.purpose, l.expires_at AS "expiresAt", l.used_at AS "usedAt",
              l.superseded_at AS "supersededAt", u.email, u.display_name AS "displayName", u.locale
         FROM password_links l JOIN users u ON u.id = l.user_id
        WHERE l.token_hash = $1`,
      [tokenHash],
    );
    return row;
  }

  /** Marks the link used if it still works; false when another request used it first, or it expired meanwhile. */
  async use(tx: EntityManager, linkId: string): Promise<boolean> {
    const [, count] = await tx.query<[unknown, number]>(
      `UPDATE password_links SET used_at = now()
        WHERE id = $1 AND used_at IS NULL AND superseded_at IS NULL AND expires_at > now()`,
      [linkId],
    );
    return count === 1;
  }

  async setPasswordHash(tx: EntityManager, userId: string, passwordHash: string): Promise<void> {
    await tx.query(`UPDATE users SET password_hash = $2, updated_at = now() WHERE id = $1`, [
      userId,
      passwordHash,
    ]);
  }
}
