import { Inject, Injectable } from '@nestjs/common';
import {
  type Actor,
  changeRole,
  type DossierRole,
  enterTeam,
  isPlatformAdmin,
  joinStatus,
  leaveTeam,
  type TeamRefusal,
  type TeamState,
} from '@klussenbank/domain';
import type { EntityManager } from 'typeorm';
import { ProblemException } from '../common/problem/problem.js';
import { OutboxService } from '../notifications/outbox.service.js';
import { recordDossierActivity } from './dossier-activity.js';
import { DossierTeamRepository, type MembershipRow } from './dossier-team.repository.js';
import type { TeamMember } from './dossier.types.js';
import { DossiersService, LEAD_ONLY, type LockedDossier } from './dossiers.service.js';
import type { CreateMembershipDto, UpdateMembershipDto } from './dto/membership.dto.js';

/** The domain's refusals are codes of the message catalogue. */
function refuse(reason: TeamRefusal): never {
  throw ProblemException.conflict(reason);
}

type Row = MembershipRow;

/**
 * The team of a dossier: joining, asking, inviting, accepting, roles and leaving. Every change locks
 * the dossier row first (DossiersService.lock), then decides with the domain rules on counts taken
 * after the lock: 30 people joining a team with room for 10 at once leaves exactly 10 in it, and two
 * trekkers stepping down at once leave one.
 */
@Injectable()
export class DossierTeamService {
  constructor(
    @Inject(DossierTeamRepository) private readonly team: DossierTeamRepository,
    @Inject(DossiersService) private readonly dossiers: DossiersService,
    @Inject(OutboxService) private readonly outbox: OutboxService,
  ) {}

  /** Join (yourself) or invite / add (someone else). */
  async add(actor: Actor, id: string, dto: CreateMembershipDto): Promise<TeamMember> {
    return this.team.transaction(async (tx) => {
      const dossier = await this.dossiers.lock(tx, actor, id);
      const userId = dto.userId ?? actor.id;
      return userId === actor.id
        ? this.join(tx, actor, dossier, dto)
        : this.invite(tx, actor, dossier, userId, dto);
    });
  }

  /** Accept a request (trekker) or an invitation (the invitee); change a role (trekker, platform admin). */
  async update(actor: Actor, id: string, userId: string, dto: UpdateMembershipDto): Promise<TeamMember> {
    if (dto.status === undefined && dto.role === undefined) {
      throw ProblemException.badRequest([
        { name: 'status', key: 'required.status-or-role' },
        { name: 'role', key: 'required.status-or-role' },
      ]);
    }
    return this.team.transaction(async (tx) => {
      const dossier = await this.dossiers.lock(tx, actor, id);
      const row = await this.row(tx, id, userId);
      if (dto.status === 'active' && row.status !== 'active') {
        // Only a trekker picks another role on the way in; the invitee accepts the role offered.
        return this.accept(
          tx,
          actor,
          dossier,
          userId,
          row,
          dossier.canLead ? (dto.role ?? row.role) : row.role,
        );
      }
      const team = state(dossier);
      if (dto.role !== undefined && dto.role !== row.role) {
        if (!dossier.canLead) throw ProblemException.forbidden('forbidden.roles-lead-only');
        if (row.status === 'active') {
          const changed = changeRole(team, row.role, dto.role);
          if (!changed.ok) refuse(changed.reason);
        }
        await this.team.setRole(tx, id, userId, dto.role);
      }
      return this.member(tx, id, userId);
    });
  }

  /** Leave, withdraw a request, decline an invitation (yourself); decline, withdraw or remove (trekker). */
  async remove(actor: Actor, id: string, userId: string): Promise<void> {
    await this.team.transaction(async (tx) => {
      const dossier = await this.dossiers.lock(tx, actor, id);
      const row = await this.row(tx, id, userId);
      const self = userId === actor.id;
      if (!self && !dossier.canLead) throw LEAD_ONLY();
      if (row.status === 'active') {
        const left = leaveTeam(state(dossier), row.role);
        if (!left.ok) refuse(left.reason);
      }
      await this.team.remove(tx, id, userId);
      if (row.status === 'active') {
        await recordDossierActivity(tx, {
          dossierId: id,
          type: 'member-left',
          actorId: actor.id,
          subjectId: userId,
        });
        await this.team.touch(tx, id);
      } else if (row.status === 'requested' && !self) {
        await this.outbox.record(tx, { type: 'dossier.request-declined', dossierId: id, userId });
      }
    });
  }

  private async join(
    tx: EntityManager,
    actor: Actor,
    dossier: LockedDossier,
    dto: CreateMembershipDto,
  ): Promise<TeamMember> {
    const role = dto.role ?? 'member';
    if (role === 'trekker' && !isPlatformAdmin(actor)) {
      throw ProblemException.badRequest([{ name: 'role', key: 'trekker-by-invitation' }]);
    }
    if (dossier.myStatus === 'invited' && dossier.myRole) {
      // Joining when invited is accepting the invitation.
      const row = { role: dossier.myRole, status: dossier.myStatus };
      return this.accept(tx, actor, dossier, actor.id, row, row.role);
    }
    if (dossier.myStatus === 'active') {
      throw ProblemException.conflict('already-in-team');
    }
    if (dossier.myStatus === 'requested') {
      throw ProblemException.conflict('already-requested');
    }
    const entered = enterTeam(state(dossier), role);
    if (!entered.ok) refuse(entered.reason);
    const status = dossier.canLead ? 'active' : joinStatus(dossier.joinPolicy);
    await this.team.insertOwn(tx, {
      dossierId: dossier.id,
      userId: actor.id,
      role,
      status,
      message: dto.message ?? null,
    });
    if (status === 'active') {
      await recordDossierActivity(tx, {
        dossierId: dossier.id,
        type: 'member-joined',
        actorId: actor.id,
        subjectId: actor.id,
      });
      await this.team.touch(tx, dossier.id);
    } else {
      await this.outbox.record(tx, {
        type: 'dossier.join-requested',
        dossierId: dossier.id,
        userId: actor.id,
      });
    }
    return this.member(tx, dossier.id, actor.id);
  }

  /** A request (by a trekker) or an invitation (by the invitee) becomes a place in the team. */
  private async accept(
    tx: EntityManager,
    actor: Actor,
    dossier: LockedDossier,
    userId: string,
    row: Row,
    role: DossierRole,
  ): Promise<TeamMember> {
    const mayAccept = row.status === 'requested' ? dossier.canLead : userId === actor.id;
    if (!mayAccept) {
      throw ProblemException.forbidden(
        row.status === 'requested' ? 'forbidden.accept-request' : 'forbidden.accept-invitation',
      );
    }
    const entered = enterTeam(state(dossier), role);
    if (!entered.ok) refuse(entered.reason);
    await this.team.activate(tx, dossier.id, userId, role);
    await recordDossierActivity(tx, {
      dossierId: dossier.id,
      type: 'member-joined',
      actorId: actor.id,
      subjectId: userId,
    });
    if (row.status === 'requested') {
      await this.outbox.record(tx, { type: 'dossier.request-accepted', dossierId: dossier.id, userId });
    }
    await this.team.touch(tx, dossier.id);
    return this.member(tx, dossier.id, userId);
  }

  private async invite(
    tx: EntityManager,
    actor: Actor,
    dossier: LockedDossier,
    userId: string,
    dto: CreateMembershipDto,
  ): Promise<TeamMember> {
    if (!dossier.canLead) throw LEAD_ONLY();
    const person = await this.team.worksInPartnership(tx, userId, dossier.partnershipId);
    if (!person) {
      throw ProblemException.badRequest([{ name: 'userId', key: 'not-in-partnership' }]);
    }
    const existing = await this.team.membership(tx, dossier.id, userId);
    if (existing) {
      throw ProblemException.conflict(
        (
          {
            active: 'already-in-team.other',
            requested: 'already-requested.other',
            invited: 'already-invited',
          } as const
        )[existing.status],
      );
    }
    const role = dto.role ?? 'member';
    const closed = enterTeam({ ...state(dossier), teamCap: null }, role);
    if (!closed.ok) refuse(closed.reason);
    // A platform admin adds a trekker at once (to replace one who left the organisation).
    const direct = isPlatformAdmin(actor) && role === 'trekker';
    if (direct) {
      const entered = enterTeam(state(dossier), role);
      if (!entered.ok) refuse(entered.reason);
    }
    await this.team.insertInvited(tx, {
      dossierId: dossier.id,
      userId,
      role,
      status: direct ? 'active' : 'invited',
      message: dto.message ?? null,
      invitedBy: actor.id,
    });
    await recordDossierActivity(tx, {
      dossierId: dossier.id,
      type: direct ? 'member-joined' : 'member-invited',
      actorId: actor.id,
      subjectId: userId,
    });
    if (!direct) await this.outbox.record(tx, { type: 'dossier.invited', dossierId: dossier.id, userId });
    await this.team.touch(tx, dossier.id);
    return this.member(tx, dossier.id, userId);
  }

  private async row(tx: EntityManager, id: string, userId: string): Promise<Row> {
    const row = await this.team.membership(tx, id, userId);
    if (!row) throw ProblemException.notFound('not-found.dossier-member');
    return row;
  }

  private member(tx: EntityManager, id: string, userId: string): Promise<TeamMember> {
    return this.team.member(tx, id, userId);
  }
}

function state(dossier: LockedDossier): TeamState {
  return {
    status: dossier.status,
    teamCap: dossier.teamCap,
    teamSize: dossier.teamSize,
    trekkers: dossier.trekkers,
  };
}
