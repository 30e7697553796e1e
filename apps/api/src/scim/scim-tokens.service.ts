import { Inject, Injectable } from '@nestjs/common';
import { type Actor, canAdministerOrganisation } from '@klussenbank/domain';
import { AuditLog, type AuditActor } from '../audit/audit-log.service.js';
import { ProblemException } from '../common/problem/problem.js';
import { AppConfig } from '../config/app-config.js';
import type { CreatedScimTokenDto, ScimTokenDto } from './dto/scim-token.dto.js';
import { newScimToken } from './scim-token.js';
import { type ScimTokenRow, ScimTokensRepository } from './scim-tokens.repository.js';

const toDto = (row: ScimTokenRow): ScimTokenDto => ({
  id: row.id,
  prefix: row.prefix,
  createdAt: row.createdAt.toISOString(),
  createdBy: row.createdBy,
  lastUsedAt: row.lastUsedAt ? row.lastUsedAt.toISOString() : null,
});

/** SCIM tokens of an organisation: its org-admins and platform admins create, list and revoke them. */
@Injectable()
export class ScimTokensService {
  constructor(
    @Inject(ScimTokensRepository) private readonly tokens: ScimTokensRepository,
    @Inject(AuditLog) private readonly audit: AuditLog,
    @Inject(AppConfig) private readonly config: AppConfig,
  ) {}

  /** The tenant URL an identity system is given: SCIM lives outside /api/v1, at /scim/v2. */
  tenantUrl(): string {
    return `${this.config.PUBLIC_URL.replace(/\/+$/, '')}/scim/v2`;
  }

  async list(actor: Actor, organisationId: string): Promise<ScimTokenDto[]> {
    await this.assertAdministers(actor, organisationId);
    return (await this.tokens.list(organisationId)).map(toDto);
  }

  async create(actor: Actor, audited: AuditActor, organisationId: string): Promise<CreatedScimTokenDto> {
    await this.assertAdministers(actor, organisationId);
    const { token, prefix, hash } = newScimToken();
    const row = await this.tokens.transaction(async (tx) => {
      const inserted = await this.tokens.insert(tx, { organisationId, prefix, hash, createdBy: actor.id });
      await this.audit.record(
        audited,
        { action: 'scim.token-created', organisationId, object: { type: 'scim-token', id: inserted.id } },
        tx,
      );
      return inserted;
    });
    return { ...toDto(row), token, tenantUrl: this.tenantUrl() };
  }

  async revoke(actor: Actor, audited: AuditActor, organisationId: string, id: string): Promise<void> {
    await this.assertAdministers(actor, organisationId);
    await this.tokens.transaction(async (tx) => {
      if (!(await this.tokens.revoke(tx, organisationId, id))) throw ProblemException.notFound();
      await this.audit.record(
        audited,
        { action: 'scim.token-revoked', organisationId, object: { type: 'scim-token', id } },
        tx,
      );
    });
  }

  /** Admins of another organisation are refused (403), as everywhere an organisation is administered. */
  private async assertAdministers(actor: Actor, organisationId: string): Promise<void> {
    if (!canAdministerOrganisation(actor, organisationId)) throw ProblemException.forbidden();
    if (!(await this.tokens.organisationExists(organisationId))) throw ProblemException.notFound();
  }
}
