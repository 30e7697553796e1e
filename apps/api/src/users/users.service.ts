import { SessionCache } from '../auth/session-cache.js';
import { Inject, Injectable } from '@nestjs/common';
import {
  type Actor,
  canAdministerOrganisation,
  type AccountChangeProblem,
  canGrantRoles,
  deactivationProblem,
  emailBelongsToDomains,
  isPlatformAdmin,
  lineManagerProblem,
  normaliseRoles,
  type Role,
  isErasedEmail,
  roleChangeProblem,
} from '@klussenbank/domain';
import { type AuditActor, AuditLog } from '../audit/audit-log.service.js';
import { isUniqueViolation } from '../common/database-errors.js';
import type { Page } from '../common/pagination.js';
import { ProblemException } from '../common/problem/problem.js';
import { OutboxService } from '../notifications/outbox.service.js';
import { AccountDeactivation } from '../provisioning/account-deactivation.service.js';
import type { CreateUserDto, MeDto, UpdateUserDto, UserSummaryDto } from './dto/user.dto.js';
import { PasswordsService } from './passwords.service.js';
import type { UserEntity } from './user.entity.js';
import { UsersRepository } from './users.repository.js';

const toSummary = (u: UserEntity): UserSummaryDto => ({
  id: u.id,
  email: u.email,
  displayName: u.displayName,
  jobTitle: u.jobTitle,
  organisationId: u.organisationId,
  roles: u.roles,
  lineManagerId: u.lineManagerId,
  deactivatedAt: u.deactivatedAt ? u.deactivatedAt.toISOString() : null,
});

const ACCOUNT_PROBLEMS = {
  forbidden: 'forbidden.change-user-elsewhere',
  'platform-admin-only': 'forbidden.change-platform-admin',
  self: 'forbidden.change-own-account',
} as const satisfies Record<AccountChangeProblem, string>;

/** An erased account (AVG) is an empty shell that keeps others' records whole: nobody edits or revives it. */
function refuseErased(holder: { email: string }): void {
  if (isErasedEmail(holder.email)) throw ProblemException.conflict('account-erased');
}

@Injectable()
export class UsersService {
  constructor(
    @Inject(UsersRepository) private readonly users: UsersRepository,
    @Inject(PasswordsService) private readonly passwords: PasswordsService,
    @Inject(OutboxService) private readonly outbox: OutboxService,
    @Inject(AccountDeactivation) private readonly deactivation: AccountDeactivation,
    @Inject(AuditLog) private readonly audit: AuditLog,
    @Inject(SessionCache) private readonly sessionCache: SessionCache,
  ) {}

  async list(
    actor: Actor,
    filter: { organisationId?: string; q?: string; role?: Role },
    page: number,
    pageSize: number,
  ): Promise<Page<UserSummaryDto>> {
    const scope = isPlatformAdmin(actor)
      ? filter.organisationId
      : (filter.organisationId ?? actor.organisationId);
    if (scope !== undefined && !canAdministerOrganisation(actor, scope)) {
      throw ProblemException.forbidden('forbidden.own-organisation-users');
    }
    const [items, total] = await this.users.page(
      { organisationId: scope, q: filter.q || undefined, role: filter.role },
      page,
      pageSize,
    );
    return { items: items.map(toSummary), page, pageSize, total };
  }

  /** Roles and line manager, by an admin of the person's organisation (or a platform admin). */
  async update(actor: Actor, id: string, dto: UpdateUserDto, by?: AuditActor): Promise<UserSummaryDto> {
    const holder = await this.findAdministered(actor, id);
    refuseErased(holder);
    const roles = dto.roles === undefined ? undefined : normaliseRoles(dto.roles);
    if (roles) {
      const problem = roleChangeProblem(actor, holder, roles);
      if (problem) throw ProblemException.forbidden(ACCOUNT_PROBLEMS[problem]);
    }
    if (dto.lineManagerId) {
      if (dto.lineManagerId === holder.id) {
        throw ProblemException.badRequest([{ name: 'lineManagerId', key: 'invalid-line-manager.self' }]);
      }
      await this.assertLineManager(holder.organisationId, dto.lineManagerId);
    }
    const saved = await this.users.update(id, {
      ...(roles ? { roles } : {}),
      ...(dto.lineManagerId === undefined ? {} : { lineManagerId: dto.lineManagerId }),
    });
    // Every instance hears it from PostgreSQL; this one, which answers the admin, forgets at once.
    if (roles) this.sessionCache.forgetUser(id);
    await this.recordUpdate(by ?? { id: actor.id, ipAddress: null }, holder, saved);
    return toSummary(saved);
  }

  /**
   * Switches an account off (the same effects as SCIM's): every session of the person ends at once
   * and they cannot sign in; their claims on klussen that have not started are withdrawn (the
   * poster hears); their klussen, completed hours and dossier places stay. Idempotent.
   */
  async deactivate(actor: Actor, audited: AuditActor, id: string): Promise<UserSummaryDto> {
    const holder = await this.findAdministered(actor, id);
    const problem = deactivationProblem(actor, holder);
    if (problem) throw ProblemException.forbidden(ACCOUNT_PROBLEMS[problem]);
    await this.deactivation.deactivate(audited, holder, 'admin');
    const saved = await this.users.find(id);
    if (!saved) throw ProblemException.notFound('not-found.user');
    return toSummary(saved);
  }

  /** Switches an account on again: the person signs in with the password they had. Idempotent. */
  async reactivate(actor: Actor, id: string, by?: AuditActor): Promise<UserSummaryDto> {
    const holder = await this.findAdministered(actor, id);
    refuseErased(holder);
    const problem = deactivationProblem(actor, holder);
    if (problem) throw ProblemException.forbidden(ACCOUNT_PROBLEMS[problem]);
    const saved = holder.deactivatedAt ? await this.users.update(id, { deactivatedAt: null }) : holder;
    if (holder.deactivatedAt)
      await this.recordAccount(by ?? { id: actor.id, ipAddress: null }, 'user.reactivated', saved);
    return toSummary(saved);
  }

  /** The person, for an actor who administers them; someone of another organisation is refused, not hidden. */
  private async findAdministered(actor: Actor, id: string): Promise<UserEntity> {
    const holder = await this.users.find(id);
    if (!holder) throw ProblemException.notFound('not-found.user');
    if (!canAdministerOrganisation(actor, holder.organisationId)) {
      throw ProblemException.forbidden(ACCOUNT_PROBLEMS.forbidden);
    }
    return holder;
  }

  async create(actor: Actor, dto: CreateUserDto, by?: AuditActor): Promise<UserSummaryDto> {
    const roles = normaliseRoles(dto.roles);
    if (!canGrantRoles(actor, dto.organisationId, roles)) {
      throw ProblemException.forbidden(
        canAdministerOrganisation(actor, dto.organisationId)
          ? 'forbidden.create-platform-admin'
          : 'forbidden.create-user-elsewhere',
      );
    }
    const domains = await this.users.organisationEmailDomains(dto.organisationId);
    if (!domains) {
      throw ProblemException.badRequest([{ name: 'organisationId', key: 'unknown-organisation' }]);
    }
    // Before the uniqueness check: an address of another organisation never gets as far as "taken".
    if (!emailBelongsToDomains(dto.email, domains)) {
      throw ProblemException.badRequest([
        { name: 'email', key: 'email-outside-organisation', params: { domains: domains.join(', ') } },
      ]);
    }
    if (dto.lineManagerId) await this.assertLineManager(dto.organisationId, dto.lineManagerId);

    let saved: UserEntity;
    try {
      // The welcome (in the app only: the link mail below is the welcome mail) is an outbox row in
      // the user's own transaction: no user without it, and no welcome for a user that was never
      // created, whether or not Redis is up.
      saved = await this.users.transaction(async (tx) => {
        const user = await this.users.insert(tx, {
          email: dto.email,
          displayName: dto.displayName,
          jobTitle: dto.jobTitle ?? '',
          organisationId: dto.organisationId,
          roles,
          lineManagerId: dto.lineManagerId ?? null,
          locale: dto.locale ?? 'nl',
          // Nobody knows a password yet: the person sets it through the link mailed below.
          passwordHash: null,
        });
        await this.outbox.record(tx, { type: 'user.created', userId: user.id });
        await this.audit.record(
          by ?? { id: actor.id, ipAddress: null },
          {
            action: 'user.created',
            organisationId: user.organisationId,
            object: { type: 'user', id: user.id },
            details: { roles: user.roles },
          },
          tx,
        );
        return user;
      });
    } catch (error) {
      if (isUniqueViolation(error, 'users_email_key')) {
        throw ProblemException.conflict('email-taken');
      }
      throw error;
    }
    await this.passwords.sendInvite(saved.id, actor.id);
    return toSummary(saved);
  }

  private async recordAccount(
    by: AuditActor,
    action: 'user.deactivated' | 'user.reactivated',
    user: UserEntity,
  ): Promise<void> {
    await this.audit.record(by, {
      action,
      organisationId: user.organisationId,
      object: { type: 'user', id: user.id },
    });
  }

  /** Roles in an event of their own (BIO: rights changes); other fields by name only. */
  private async recordUpdate(by: AuditActor, before: UserEntity, after: UserEntity): Promise<void> {
    const object = { type: 'user', id: after.id };
    const sameRoles = [...before.roles].sort().join() === [...after.roles].sort().join();
    await this.audit.record(by, [
      ...(sameRoles
        ? []
        : [
            {
              action: 'user.roles-changed' as const,
              organisationId: after.organisationId,
              object,
              details: { from: before.roles, to: after.roles },
            },
          ]),
      ...(before.lineManagerId === after.lineManagerId
        ? []
        : [
            {
              action: 'user.updated' as const,
              organisationId: after.organisationId,
              object,
              details: { fields: ['lineManagerId'] },
            },
          ]),
    ]);
  }

  async me(userId: string): Promise<MeDto> {
    const row = await this.users.me(userId);
    if (!row) throw ProblemException.notFound();
    return row;
  }

  private async assertLineManager(organisationId: string, lineManagerId: string): Promise<void> {
    const manager = await this.users.find(lineManagerId);
    const key = !manager
      ? 'invalid-line-manager'
      : lineManagerProblem({ organisationId }, manager) === 'other-organisation'
        ? 'invalid-line-manager.other-organisation'
        : null;
    if (key) throw ProblemException.badRequest([{ name: 'lineManagerId', key }]);
  }
}
