import { Inject, Injectable } from '@nestjs/common';
import {
  type Actor,
  canAdministerOrganisation,
  type ImportPerson,
  type ImportRow,
  type ImportRowProblem,
  type PeopleImportPlan,
  planPeopleImport,
} from '@klussenbank/domain';
import type { EntityManager } from 'typeorm';
import { type AuditActor, type AuditEntry, AuditLog } from '../audit/audit-log.service.js';
import { isUniqueViolation } from '../common/database-errors.js';
import { AccountDeactivation } from '../provisioning/account-deactivation.service.js';
import { codeOf, type Language } from '../common/problem/messages.js';
import { type FieldError, formatMessage, ProblemException } from '../common/problem/problem.js';
import { OutboxService } from '../notifications/outbox.service.js';
import { PasswordsService } from '../users/passwords.service.js';
import type {
  PeopleImportDto,
  PeopleImportPreviewDto,
  PeopleImportResultDto,
  PeopleImportRowDto,
} from './dto/people-import.dto.js';
import { type ImportFile, ImportFileError, readImportFile } from './people-import-csv.js';
import { PeopleImportRepository, type PersonWrite } from './people-import.repository.js';

/** A row problem as a catalogue field error (its key names the code, its params fill the sentence). */
function fieldError(line: number, p: ImportRowProblem): FieldError {
  const name = `line.${line}.${p.field}`;
  switch (p.problem) {
    case 'required':
      return { name, key: 'required' };
    case 'too-long':
      return { name, key: 'too-long', params: { max: p.max } };
    case 'invalid-email':
      return { name, key: 'invalid-email' };
    case 'outside-organisation':
      return { name, key: 'email-outside-organisation', params: { domains: p.domains } };
    case 'domain-elsewhere':
      return { name, key: 'email-elsewhere.domain', params: { domain: p.domain } };
    case 'person-elsewhere':
      return { name, key: 'email-elsewhere' };
    case 'duplicate':
      return { name, key: 'duplicate-email', params: { lines: p.lines } };
    case 'platform-admin-account':
      return { name, key: 'role-not-allowed.platform-admin-account' };
    case 'unknown-role':
      return { name, key: 'unknown-role', params: { role: p.role } };
    case 'role-not-allowed':
      return { name, key: 'role-not-allowed' };
    case 'own-admin-role':
      return { name, key: 'role-not-allowed.own-admin-role' };
    case 'line-manager-not-found':
      return { name, key: 'line-manager-not-found' };
    case 'line-manager-self':
      return { name, key: 'invalid-line-manager.self' };
  }
}

/** The audit's names of the fields an import changes (never their values). */
const AUDITED_FIELD = {
  name: 'displayName',
  jobTitle: 'jobTitle',
  lineManagerEmail: 'lineManagerId',
} as const;

interface Applied {
  result: PeopleImportResultDto;
  created: string[];
  deactivated: string[];
}

/**
 * The CSV import of an organisation's people: a preview that writes nothing, and an apply that
 * compares again under the organisation's lock and writes the whole file in one transaction, or
 * nothing. The comparison itself is the domain's `planPeopleImport`.
 */
@Injectable()
export class PeopleImportService {
  constructor(
    @Inject(PeopleImportRepository) private readonly repository: PeopleImportRepository,
    @Inject(AuditLog) private readonly audit: AuditLog,
    @Inject(OutboxService) private readonly outbox: OutboxService,
    @Inject(AccountDeactivation) private readonly deactivation: AccountDeactivation,
    @Inject(PasswordsService) private readonly passwords: PasswordsService,
  ) {}

  async preview(
    actor: Actor,
    organisationId: string,
    dto: PeopleImportDto,
    language: Language,
  ): Promise<PeopleImportPreviewDto> {
    const file = await this.read(actor, organisationId, dto.csv);
    const plan = await this.plan(actor, organisationId, file.rows);
    const person = ({ id, email, displayName }: ImportPerson) => ({ id, email, displayName });
    return {
      delimiter: file.delimiter,
      columns: file.columns,
      counts: plan.counts,
      rows: plan.rows.map((row): PeopleImportRowDto => ({
        line: row.line,
        email: row.email,
        displayName: row.name,
        status: row.status,
        personId: row.status === 'update' || row.status === 'unchanged' ? row.person.id : null,
        changes: row.status === 'update' ? row.changes : [],
        roles: row.status === 'error' ? [] : row.target.roles,
        errors:
          row.status === 'error'
            ? row.problems.map((problem) => {
                const { key, params } = fieldError(row.line, problem);
                return {
                  field: problem.field,
                  code: codeOf(key),
                  reason: formatMessage(language, 'fields', key, params),
                };
              })
            : [],
      })),
      missing: plan.missing.map(person),
      kept: plan.kept.map(({ person: p, reason }) => ({ ...person(p), reason })),
    };
  }

  async apply(
    actor: Actor,
    by: AuditActor,
    organisationId: string,
    dto: PeopleImportDto,
  ): Promise<PeopleImportResultDto> {
    const file = await this.read(actor, organisationId, dto.csv);
    let applied: Applied;
    try {
      applied = await this.repository.transaction(async (tx) => {
        // Compared again under the lock: a second apply of the same file at the same time waits
        // here and then finds nothing to do.
        await this.repository.lockOrganisation(tx, organisationId);
        const plan = await this.plan(actor, organisationId, file.rows, tx);
        const errors = plan.rows.flatMap((row) =>
          row.status === 'error' ? row.problems.map((p) => fieldError(row.line, p)) : [],
        );
        if (errors.length > 0) {
          throw ProblemException.badRequest(errors, 'people-import-invalid', { count: plan.counts.error });
        }
        return this.write(tx, by, organisationId, plan, dto.deactivateMissing === true);
      });
    } catch (error) {
      // Someone elsewhere took one of the new addresses after the comparison.
      if (isUniqueViolation(error, 'users_email_key')) throw ProblemException.conflict('email-taken.import');
      throw error;
    }
    await this.endSessions(applied.deactivated);
    let invitations = 0;
    if (dto.sendInvitations) {
      for (const id of applied.created) {
        await this.passwords.sendInvite(id, actor.id);
        invitations++;
      }
    }
    return { ...applied.result, invitations };
  }

  /** The organisation exists and the actor administers it; the file reads as people. */
  private async read(actor: Actor, organisationId: string, csv: string): Promise<ImportFile> {
    if (!canAdministerOrganisation(actor, organisationId)) {
      throw ProblemException.forbidden('forbidden.own-organisation-users');
    }
    if (!(await this.repository.organisation(organisationId))) {
      throw ProblemException.notFound('not-found.organisation');
    }
    try {
      return readImportFile(csv);
    } catch (error) {
      if (error instanceof ImportFileError) throw ProblemException.badRequest(error.problems);
      throw error;
    }
  }

  private async plan(
    actor: Actor,
    organisationId: string,
    rows: ImportRow[],
    tx?: EntityManager,
  ): Promise<PeopleImportPlan> {
    const organisation = await this.repository.organisation(organisationId, tx);
    if (!organisation) throw ProblemException.notFound('not-found.organisation');
    const emails = rows.map((row) => row.email.trim().toLowerCase());
    const [people, elsewhere, domains] = await Promise.all([
      this.repository.people(organisationId, tx),
      this.repository.emailsElsewhere(organisationId, emails, tx),
      this.repository.domainsElsewhere(organisationId, tx),
    ]);
    return planPeopleImport(rows, {
      actor,
      domains: organisation.emailDomains,
      people,
      emailsElsewhere: new Set(elsewhere),
      domainsElsewhere: new Set(domains),
    });
  }

  private async write(
    tx: EntityManager,
    by: AuditActor,
    organisationId: string,
    plan: PeopleImportPlan,
    deactivateMissing: boolean,
  ): Promise<Applied> {
    const creates = plan.rows.flatMap((row) => (row.status === 'create' ? [row] : []));
    const updates = plan.rows.flatMap((row) => (row.status === 'update' ? [row] : []));
    const created = await this.repository.insert(
      tx,
      organisationId,
      creates.map(({ target }) => ({
        email: target.email,
        displayName: target.displayName,
        jobTitle: target.jobTitle,
        roles: target.roles,
      })),
    );
    // Line managers after everybody exists: a manager may come later in the file than their team.
    const ids = new Map(
      plan.rows.flatMap((row) =>
        row.status === 'unchanged' || row.status === 'update' ? [[row.email, row.person.id] as const] : [],
      ),
    );
    for (const [email, id] of created) ids.set(email, id);
    const idOf = (email: string | null) => (email ? (ids.get(email) ?? null) : null);
    const writes: PersonWrite[] = [
      ...updates.map(({ person, target, changes }) => ({
        id: person.id,
        displayName: target.displayName,
        jobTitle: target.jobTitle,
        roles: target.roles,
        lineManagerId: idOf(target.lineManagerEmail),
        reactivate: changes.includes('active'),
      })),
      ...creates
        .filter(({ target }) => target.lineManagerEmail !== null)
        .map(({ target }) => ({
          id: idOf(target.email) ?? '',
          displayName: target.displayName,
          jobTitle: target.jobTitle,
          roles: target.roles,
          lineManagerId: idOf(target.lineManagerEmail),
          reactivate: false,
        })),
    ];
    await this.repository.update(tx, writes);
    const deactivated = deactivateMissing
      ? await this.deactivatePeople(tx, by, organisationId, plan.missing)
      : [];

    const object = (id: string) => ({ type: 'user', id });
    const entries: AuditEntry[] = [];
    for (const { target } of creates) {
      const id = idOf(target.email) ?? '';
      // The welcome waits in the app, as for a person an admin adds by hand.
      await this.outbox.record(tx, { type: 'user.created', userId: id });
      entries.push({
        action: 'user.created',
        organisationId,
        object: object(id),
        details: { roles: target.roles, source: 'csv-import' },
      });
    }
    for (const { person, target, changes } of updates) {
      if (changes.includes('roles')) {
        entries.push({
          action: 'user.roles-changed',
          organisationId,
          object: object(person.id),
          details: { from: person.roles, to: target.roles, source: 'csv-import' },
        });
      }
      const fields = changes.flatMap((change) =>
        change === 'roles' || change === 'active' ? [] : [AUDITED_FIELD[change]],
      );
      if (fields.length > 0) {
        entries.push({
          action: 'user.updated',
          organisationId,
          object: object(person.id),
          details: { fields, source: 'csv-import' },
        });
      }
      if (changes.includes('active')) {
        entries.push({
          action: 'user.reactivated',
          organisationId,
          object: object(person.id),
          details: { source: 'csv-import' },
        });
      }
    }
    const result = {
      created: creates.length,
      updated: updates.length,
      unchanged: plan.counts.unchanged,
      deactivated: deactivated.length,
      invitations: 0,
    };
    entries.push({
      action: 'csv-import.applied',
      organisationId,
      object: { type: 'organisation', id: organisationId },
      details: {
        rows: plan.rows.length,
        created: result.created,
        updated: result.updated,
        unchanged: result.unchanged,
        deactivated: result.deactivated,
        deactivateMissing,
      },
    });
    await this.audit.record(by, entries, tx);
    return { result, created: [...created.values()], deactivated };
  }

  /**
   * Switches people off inside the apply's transaction the way the people page and SCIM do
   * (`AccountDeactivation`: marked, unstarted claims withdrawn with a notice to the poster,
   * `user.deactivated` recorded); their sessions end once it has committed (`endSessions`).
   */
  private async deactivatePeople(
    tx: EntityManager,
    by: AuditActor,
    organisationId: string,
    people: ImportPerson[],
  ): Promise<string[]> {
    for (const person of people) {
      await this.deactivation.inTransaction(tx, by, { id: person.id, organisationId }, 'admin', {
        source: 'csv-import',
      });
    }
    return people.map((person) => person.id);
  }

  private async endSessions(userIds: string[]): Promise<void> {
    for (const id of userIds) await this.deactivation.endSessions(id);
  }
}
