import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { isEmailDomain, issuerProblem } from '@klussenbank/domain';
import type { FieldError } from '../common/problem/problem.js';
import { ProblemException } from '../common/problem/problem.js';
import { isUniqueViolation } from '../common/database-errors.js';
import type { EntityManager } from 'typeorm';
import { type AuditActor, AuditLog, SYSTEM_ACTOR } from '../audit/audit-log.service.js';
import { AppConfig } from '../config/app-config.js';
import type {
  CreateIdentityProviderDto,
  IdentityProviderDto,
  UpdateIdentityProviderDto,
} from './dto/identity-provider.dto.js';
import { OidcClientService } from './oidc-client.service.js';
import { sealSecret } from './secret-box.js';
import { type ProviderRow, type ProviderWrite, SsoRepository } from './sso.repository.js';

/** One client of one issuer is one provider: a second is a 409, not a 500. */
function refuseDuplicate(error: unknown): never {
  if (isUniqueViolation(error)) throw ProblemException.conflict('identity-provider-exists');
  throw error;
}

/** Identity providers per organisation, configured by platform admins (the route decides who). */
@Injectable()
export class IdentityProvidersService {
  constructor(
    @Inject(SsoRepository) private readonly repository: SsoRepository,
    @Inject(OidcClientService) private readonly oidc: OidcClientService,
    @Inject(AppConfig) private readonly config: AppConfig,
    @Inject(AuditLog) private readonly audit: AuditLog,
  ) {}

  async list(organisationId: string): Promise<IdentityProviderDto[]> {
    if (!(await this.repository.organisationExists(organisationId))) {
      throw ProblemException.notFound('not-found.organisation');
    }
    return (await this.repository.providersOf(organisationId)).map((row) => this.toDto(row));
  }

  async get(id: string): Promise<IdentityProviderDto> {
    return this.toDto(await this.find(id));
  }

  async create(
    organisationId: string,
    dto: CreateIdentityProviderDto,
    by: AuditActor = SYSTEM_ACTOR,
  ): Promise<IdentityProviderDto> {
    if (!(await this.repository.organisationExists(organisationId))) {
      throw ProblemException.notFound('not-found.organisation');
    }
    const key = this.oidc.secretKey();
    const id = randomUUID();
    const write = this.writeOf(dto, null);
    await this.repository
      .transaction(async (tx) => {
        await this.checkDomains(tx, id, write);
        await this.repository.insertProvider(tx, id, organisationId, {
          ...write,
          clientSecretEncrypted: sealSecret(key, id, dto.clientSecret),
        });
        await this.audit.record(
          by,
          {
            action: 'identity-provider.created',
            organisationId,
            object: { type: 'identity-provider', id },
            details: { enabled: write.enabled },
          },
          tx,
        );
      })
      .catch(refuseDuplicate);
    return this.get(id);
  }

  async update(
    id: string,
    dto: UpdateIdentityProviderDto,
    by: AuditActor = SYSTEM_ACTOR,
  ): Promise<IdentityProviderDto> {
    const current = await this.find(id);
    const write: ProviderWrite = {
      ...this.writeOf(dto, current),
      ...(dto.clientSecret != null
        ? { clientSecretEncrypted: sealSecret(this.oidc.secretKey(), id, dto.clientSecret) }
        : {}),
    };
    await this.repository
      .transaction(async (tx) => {
        if (!write.enabled) await this.refuseLockOut(tx, current);
        await this.checkDomains(tx, id, write);
        await this.repository.updateProvider(tx, id, write);
        // Which fields were sent, never their values: the secret least of all.
        const fields = Object.keys(dto).filter(
          (field) => field !== 'clientSecret' && dto[field as keyof UpdateIdentityProviderDto] !== undefined,
        );
        await this.audit.record(
          by,
          {
            action: 'identity-provider.updated',
            organisationId: current.organisationId,
            object: { type: 'identity-provider', id },
            details: { fields: fields.sort(), ...(dto.clientSecret != null ? { secretRotated: true } : {}) },
          },
          tx,
        );
      })
      .catch(refuseDuplicate);
    this.oidc.forget(id);
    return this.get(id);
  }

  async remove(id: string, by: AuditActor = SYSTEM_ACTOR): Promise<void> {
    const current = await this.find(id);
    await this.repository.transaction(async (tx) => {
      await this.refuseLockOut(tx, current);
      await this.repository.deleteProvider(tx, id);
      await this.audit.record(
        by,
        {
          action: 'identity-provider.deleted',
          organisationId: current.organisationId,
          object: { type: 'identity-provider', id },
        },
        tx,
      );
    });
    this.oidc.forget(id);
  }

  /** A provider an organisation depends on (password login off, no other provider) stays. */
  private async refuseLockOut(tx: EntityManager, provider: ProviderRow): Promise<void> {
    const { lockedOut, organisation } = await this.repository.wouldLockOut(
      tx,
      provider.organisationId,
      provider.id,
    );
    if (lockedOut) throw ProblemException.conflict('identity-provider-last', { organisation });
  }

  private async find(id: string): Promise<ProviderRow> {
    const row = await this.repository.provider(id);
    if (!row) throw ProblemException.notFound('not-found.identity-provider');
    return row;
  }

  private writeOf(
    dto: Partial<CreateIdentityProviderDto>,
    current: ProviderRow | null,
  ): Omit<ProviderWrite, 'clientSecretEncrypted'> {
    return {
      name: dto.name ?? current?.name ?? '',
      issuer: dto.issuer ?? current?.issuer ?? '',
      clientId: dto.clientId ?? current?.clientId ?? '',
      emailDomains: dto.emailDomains ? [...new Set(dto.emailDomains)] : (current?.emailDomains ?? []),
      rolesClaim: dto.rolesClaim !== undefined ? (dto.rolesClaim ?? null) : (current?.rolesClaim ?? null),
      roleMapping: dto.roleMapping
        ? dto.roleMapping.map(({ claimValue, role }) => ({ claimValue, role }))
        : (current?.roleMapping ?? []),
      enabled: dto.enabled ?? current?.enabled ?? true,
    };
  }

  /** The issuer and the domains, all field errors at once; a domain leads to one provider only. */
  private async checkDomains(
    tx: Parameters<Parameters<SsoRepository['transaction']>[0]>[0],
    id: string,
    write: Omit<ProviderWrite, 'clientSecretEncrypted'>,
  ): Promise<void> {
    const errors: FieldError[] = [];
    if (issuerProblem(write.issuer, this.config.isProduction))
      errors.push({ name: 'issuer', key: 'invalid-issuer' });
    const valid = write.emailDomains.filter(isEmailDomain);
    await this.repository.lockDomains(tx, valid);
    const taken = new Set(await this.repository.domainsOfOtherProviders(tx, id, valid));
    write.emailDomains.forEach((domain, index) => {
      const name = `emailDomains[${index}]`;
      if (!isEmailDomain(domain)) errors.push({ name, key: 'invalid-domain', params: { domain } });
      else if (taken.has(domain)) errors.push({ name, key: 'domain-of-other-provider', params: { domain } });
    });
    if (errors.length > 0) throw ProblemException.badRequest(errors);
  }

  private toDto(row: ProviderRow): IdentityProviderDto {
    return {
      id: row.id,
      organisationId: row.organisationId,
      name: row.name,
      issuer: row.issuer,
      clientId: row.clientId,
      clientSecretSet: true,
      secretUpdatedAt: row.secretUpdatedAt.toISOString(),
      emailDomains: row.emailDomains,
      rolesClaim: row.rolesClaim,
      roleMapping: row.roleMapping,
      enabled: row.enabled,
      redirectUri: this.oidc.redirectUri,
      backchannelLogoutUri: this.oidc.backchannelLogoutUri,
      postLogoutRedirectUri: this.oidc.postLogoutRedirectUri,
    };
  }
}
