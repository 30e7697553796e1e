import { Inject, Injectable } from '@nestjs/common';
import {
  changedScimFields,
  emailBelongsToDomains,
  normalisePatch,
  readScimUser,
  SCIM_ENTERPRISE_SCHEMA,
  SCIM_LIST_SCHEMA,
  SCIM_USER_SCHEMA,
  scimPage,
  type ScimUserFields,
} from '@klussenbank/domain';
import { type ScimPatchOperation, type ScimResource, scimPatch, ScimError } from 'scim-patch';
import type { EntityManager } from 'typeorm';
import type { AuditActor } from '../audit/audit-log.service.js';
import { AuditLog } from '../audit/audit-log.service.js';
import { isUniqueViolation } from '../common/database-errors.js';
import { AccountDeactivation } from '../provisioning/account-deactivation.service.js';
import type { ScimClient } from './scim-auth.guard.js';
import { ScimException } from './scim-error.js';
import { readUserFilter } from './scim-filter.js';
import { MAX_RESULTS } from './scim-schemas.js';
import { ScimTokensService } from './scim-tokens.service.js';
import { type ScimUserRow, ScimUsersRepository } from './scim-users.repository.js';

export type ScimUserResource = ReturnType<ScimUsersService['toResource']>;

const fieldsOf = (row: ScimUserRow): ScimUserFields => ({
  email: row.email,
  userName: row.userName,
  displayName: row.displayName,
  jobTitle: row.jobTitle,
  active: row.deactivatedAt === null,
  externalId: row.externalId,
  manager: row.lineManagerId,
});

const PLATFORM_ADMIN = () =>
  new ScimException(403, 'Platform administrators are not managed over SCIM.', 'mutability');

/**
 * SCIM Users of the token's organisation (RFC 7644 §3): create, read, list, replace, patch, delete.
 * The e-mail address is the userName; deactivation has the people page's effects (AccountDeactivation);
 * a delete deactivates and hides the person from SCIM, since ledger rows and claims point at them.
 */
@Injectable()
export class ScimUsersService {
  constructor(
    @Inject(ScimUsersRepository) private readonly users: ScimUsersRepository,
    @Inject(AccountDeactivation) private readonly deactivation: AccountDeactivation,
    @Inject(AuditLog) private readonly audit: AuditLog,
    @Inject(ScimTokensService) private readonly tokens: ScimTokensService,
  ) {}

  base(): string {
    return this.tokens.tenantUrl();
  }

  toResource(row: ScimUserRow) {
    return {
      schemas: [SCIM_USER_SCHEMA, SCIM_ENTERPRISE_SCHEMA],
      id: row.id,
      ...(row.externalId ? { externalId: row.externalId } : {}),
      userName: row.userName ?? row.email,
      displayName: row.displayName,
      name: { formatted: row.displayName },
      ...(row.jobTitle ? { title: row.jobTitle } : {}),
      active: row.deactivatedAt === null,
      emails: [{ value: row.email, type: 'work', primary: true }],
      [SCIM_ENTERPRISE_SCHEMA]: row.lineManagerId
        ? { manager: { value: row.lineManagerId, $ref: `${this.base()}/Users/${row.lineManagerId}` } }
        : {},
      meta: {
        resourceType: 'User',
        created: row.createdAt.toISOString(),
        lastModified: row.updatedAt.toISOString(),
        location: `${this.base()}/Users/${row.id}`,
      },
    };
  }

  async get(client: ScimClient, id: string): Promise<ScimUserResource> {
    const row = await this.users.find(client.organisationId, id);
    if (!row) throw ScimException.notFound();
    return this.toResource(row);
  }

  async list(client: ScimClient, query: Record<string, unknown>) {
    const read = readUserFilter(query.filter);
    if ('problem' in read) throw ScimException.of(read.problem);
    const page = scimPage(query.startIndex, query.count, MAX_RESULTS);
    const { rows, total } = await this.users.list(
      client.organisationId,
      read.filter,
      page.offset,
      page.limit,
    );
    return {
      schemas: [SCIM_LIST_SCHEMA],
      totalResults: total,
      startIndex: page.startIndex,
      itemsPerPage: rows.length,
      Resources: rows.map((row) => this.toResource(row)),
    };
  }

  async create(client: ScimClient, actor: AuditActor, body: unknown): Promise<ScimUserResource> {
    const fields = this.read(body);
    const id = await this.write(client, actor, null, fields);
    return this.get(client, id);
  }

  async replace(client: ScimClient, actor: AuditActor, id: string, body: unknown): Promise<ScimUserResource> {
    const fields = this.read(body);
    await this.write(client, actor, id, fields);
    return this.get(client, id);
  }

  async patch(client: ScimClient, actor: AuditActor, id: string, body: unknown): Promise<ScimUserResource> {
    const normalised = normalisePatch(body);
    if ('problem' in normalised) throw ScimException.of(normalised.problem);
    const row = await this.users.find(client.organisationId, id);
    if (!row) throw ScimException.notFound();
    let patched: ScimResource;
    try {
      patched = scimPatch(
        this.toResource(row) as unknown as ScimResource,
        normalised.operations as ScimPatchOperation[],
        {
          mutateDocument: false,
          treatMissingAsAdd: true,
        },
      );
    } catch (error) {
      if (error instanceof ScimError) {
        throw new ScimException(
          400,
          error.message,
          error.scimCode === 'noTarget' ? 'noTarget' : 'invalidPath',
        );
      }
      throw error;
    }
    const fields = this.read(patched);
    await this.write(client, actor, id, fields);
    return this.get(client, id);
  }

  /** Deactivates the person (the people page's effects) and hides them from SCIM; nothing is erased. */
  async remove(client: ScimClient, actor: AuditActor, id: string): Promise<void> {
    const user = await this.users.transaction(async (tx) => {
      const row = await this.users.find(client.organisationId, id, tx);
      if (!row) throw ScimException.notFound();
      if (row.roles.includes('platform-admin')) throw PLATFORM_ADMIN();
      await this.deactivation.inTransaction(tx, actor, row, 'scim-delete');
      return row;
    });
    await this.deactivation.endSessions(user.id);
  }

  private read(resource: unknown): ScimUserFields {
    const read = readScimUser(resource);
    if ('problem' in read) throw ScimException.of(read.problem);
    return read.fields;
  }

  /** Creates (id null) or writes a person in one transaction; answers their id. */
  private async write(
    client: ScimClient,
    actor: AuditActor,
    id: string | null,
    fields: ScimUserFields,
  ): Promise<string> {
    const organisationId = client.organisationId;
    if (!emailBelongsToDomains(fields.email, await this.users.emailDomains(organisationId))) {
      throw new ScimException(
        400,
        "userName is not an address of the organisation's e-mail domains.",
        'invalidValue',
      );
    }
    let saved: { id: string; deactivated: boolean };
    try {
      saved = await this.users.transaction(async (tx) => {
        let existing = id ? await this.users.find(organisationId, id, tx) : undefined;
        if (id && !existing) throw ScimException.notFound();
        const holder = await this.users.holderOfEmail(tx, fields.email);
        if (holder && holder.id !== existing?.id) {
          // A person the identity system deleted before and now creates again comes back as they were.
          if (!id && holder.organisationId === organisationId && holder.scimDeleted) {
            existing = await this.findDeleted(tx, organisationId, holder.id);
          } else {
            throw new ScimException(409, 'userName is taken.', 'uniqueness');
          }
        }
        if (existing?.roles.includes('platform-admin')) throw PLATFORM_ADMIN();
        const lineManagerId = fields.manager
          ? await this.users.resolveManager(tx, organisationId, fields.manager)
          : null;
        const write = {
          email: fields.email,
          userName: fields.userName,
          displayName: fields.displayName,
          jobTitle: fields.jobTitle,
          externalId: fields.externalId,
          lineManagerId: lineManagerId === existing?.id ? null : lineManagerId,
        };
        if (!existing) {
          const newId = await this.users.insert(tx, organisationId, write, fields.active);
          await this.audit.record(
            actor,
            {
              action: 'scim.user-created',
              organisationId,
              object: { type: 'user', id: newId },
              details: { attributes: changedScimFields(EMPTY, { ...fields, manager: write.lineManagerId }) },
            },
            tx,
          );
          return { id: newId, deactivated: false };
        }
        const before = fieldsOf(existing);
        const after = { ...fields, manager: write.lineManagerId };
        const changed = changedScimFields(before, after);
        const revived = existing.id !== id;
        await this.users.update(tx, existing.id, write);
        const deactivated = before.active && !after.active;
        if (deactivated) {
          await this.deactivation.inTransaction(tx, actor, existing, 'scim');
        } else if (!before.active && after.active) {
          await this.users.reactivate(tx, existing.id);
        }
        if (changed.length > 0 || revived) {
          await this.audit.record(
            actor,
            {
              action: revived ? 'scim.user-created' : 'scim.user-updated',
              organisationId,
              object: { type: 'user', id: existing.id },
              details: { changed, ...(revived ? { revived: true } : {}) },
            },
            tx,
          );
        }
        return { id: existing.id, deactivated };
      });
    } catch (error) {
      if (isUniqueViolation(error, 'users_email_key') || isUniqueViolation(error, 'users_scim_user_name'))
        throw new ScimException(409, 'userName is taken.', 'uniqueness');
      throw error;
    }
    if (saved.deactivated) await this.deactivation.endSessions(saved.id);
    return saved.id;
  }

  private async findDeleted(tx: EntityManager, organisationId: string, id: string): Promise<ScimUserRow> {
    const row = await this.users.findIncludingDeleted(tx, organisationId, id);
    if (!row) throw new ScimException(409, 'userName is taken.', 'uniqueness');
    return row;
  }
}

const EMPTY: ScimUserFields = {
  email: '',
  userName: null,
  displayName: '',
  jobTitle: '',
  active: false,
  externalId: null,
  manager: null,
};
