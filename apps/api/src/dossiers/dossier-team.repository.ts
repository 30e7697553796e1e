import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DossierRole, MembershipStatus } from '@klussenbank/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { TEAM_MEMBER_COLUMNS, TEAM_MEMBER_JOINS } from './dossier-queries.js';
import type { TeamMember } from './dossier.types.js';

/** Someone's place in a dossier's team (or their request, or invitation). */
export interface MembershipRow {
  role: DossierRole;
  status: MembershipStatus;
}

/** The SQL of dossier teams: DossierTeamService decides, this reads and writes. */
@Injectable()
export class DossierTeamRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  transaction<T>(work: (tx: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }

  async membership(tx: EntityManager, dossierId: string, userId: string): Promise<MembershipRow | undefined> {
    const [row] = await tx.query<MembershipRow[]>(
      `SELECT role, status FROM dossier_members WHERE dossier_id = $1 AND user_id = $2`,
      [dossierId, userId],
    );
    return row;
  }

  /** One team row as the API shows it. */
  async member(tx: EntityManager, dossierId: string, userId: string): Promise<TeamMember> {
    const [member] = await tx.query<[TeamMember]>(
      `SELECT ${TEAM_MEMBER_COLUMNS} FROM dossier_members m ${TEAM_MEMBER_JOINS}
        WHERE m.dossier_id = $1 AND m.user_id = $2`,
      [dossierId, userId],
    );
    return member;
  }

  /** Whether the user works for an organisation of the partnership. */
  async worksInPartnership(tx: EntityManager, userId: string, partnershipId: string): Promise<boolean> {
    const [person] = await tx.query<unknown[]>(
      `SELECT 1 FROM users u JOIN partnership_members pm ON pm.organisation_id = u.organisation_id
        WHERE u.id = $1 AND pm.partnership_id = $2`,
      [userId, partnershipId],
    );
    return person !== undefined;
  }

  /** Someone joins or asks to (no inviter). */
  async insertOwn(
    tx: EntityManager,
    member: {
      dossierId: string;
      userId: string;
      role: DossierRole;
      status: MembershipStatus;
      message: string | null;
    },
  ): Promise<void> {
    await tx.query(
      `INSERT INTO dossier_members (dossier_id, user_id, role, status, message) VALUES ($1, $2, $3, $4, $5)`,
      [member.dossierId, member.userId, member.role, member.status, member.message],
    );
  }

  /** Someone is invited, or added at once, by `invitedBy`. */
  async insertInvited(
    tx: EntityManager,
    member: {
      dossierId: string;
      userId: string;
      role: DossierRole;
      status: MembershipStatus;
      message: string | null;
      invitedBy: string;
    },
  ): Promise<void> {
    await tx.query(
      `INSERT INTO dossier_members (dossier_id, user_id, role, status, message, invited_by)
       VALUES ($1, $2, $3, $4, $5, $6)`,
      [member.dossierId, member.userId, member.role, member.status, member.message, member.invitedBy],
    );
  }

  /** A request or invitation becomes a place in the team, in the given role. */
  async activate(tx: EntityManager, dossierId: string, userId: string, role: DossierRole): Promise<void> {
    await tx.query(
      `UPDATE dossier_members SET status = 'active', role = $3, updated_at = now()
        WHERE dossier_id = $1 AND user_id = $2`,
      [dossierId, userId, role],
    );
  }

  async setRole(tx: EntityManager, dossierId: string, userId: string, role: DossierRole): Promise<void> {
    await tx.query(
      // updated_at stays: it tells since when someone is in the team (or asked, or was invited).
      `UPDATE dossier_members SET role = $3 WHERE dossier_id = $1 AND user_id = $2`,
      [dossierId, userId, role],
    );
  }

  async remove(tx: EntityManager, dossierId: string, userId: string): Promise<void> {
    await tx.query(`DELETE FROM dossier_members WHERE dossier_id = $1 AND user_id = $2`, [dossierId, userId]);
  }

  /** The list orders by last change; a team change is one. */
  async touch(tx: EntityManager, dossierId: string): Promise<void> {
    await tx.query(`UPDATE dossiers SET updated_at = now() WHERE id = $1`, [dossierId]);
  }
}
