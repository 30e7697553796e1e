import { Inject, Injectable } from '@nestjs/common';
import {
  type Actor,
  canAdministerOrganisation,
  isStatementKind,
  type StatementKind,
} from '@klussenbank/domain';
import { renderMarkdown } from '@klussenbank/domain/markdown';
import type { AuditActor } from '../audit/audit-log.service.js';
import { AuditLog } from '../audit/audit-log.service.js';
import { ProblemException } from '../common/problem/problem.js';
import type { SetStatementDto, StatementDto } from './dto/privacy.dto.js';
import { PrivacyRepository } from './privacy.repository.js';

/**
 * An organisation's own privacy and accessibility statements. Public (a public body publishes
 * them); none written: `markdown` null, and the client shows the default text of the domain.
 */
@Injectable()
export class StatementsService {
  constructor(
    @Inject(PrivacyRepository) private readonly repository: PrivacyRepository,
    @Inject(AuditLog) private readonly audit: AuditLog,
  ) {}

  async read(organisationId: string, kind: string): Promise<StatementDto> {
    const statementKind = this.kindOf(kind);
    if (!(await this.repository.organisationExists(organisationId))) {
      throw ProblemException.notFound('not-found.organisation');
    }
    return this.dto(organisationId, statementKind);
  }

  /** An org-admin of the organisation (or a platform admin) writes its text; empty: back to the default. */
  async write(
    actor: Actor,
    auditActor: AuditActor,
    organisationId: string,
    kind: string,
    dto: SetStatementDto,
  ): Promise<StatementDto> {
    const statementKind = this.kindOf(kind);
    if (!(await this.repository.organisationExists(organisationId))) {
      throw ProblemException.notFound('not-found.organisation');
    }
    if (!canAdministerOrganisation(actor, organisationId)) {
      throw ProblemException.forbidden('forbidden.own-organisation-statements');
    }
    const markdown = dto.markdown.trim();
    await this.repository.transaction(async (tx) => {
      if (markdown === '') await this.repository.deleteStatement(tx, organisationId, statementKind);
      else
        await this.repository.saveStatement(tx, {
          organisationId,
          kind: statementKind,
          markdown,
          html: renderMarkdown(markdown),
          updatedBy: actor.id,
        });
      await this.audit.record(
        auditActor,
        {
          action: 'organisation.updated',
          organisationId,
          object: { type: 'organisation', id: organisationId },
          details: { fields: [`${statementKind}Statement`] },
        },
        tx,
      );
    });
    return this.dto(organisationId, statementKind);
  }

  private kindOf(kind: string): StatementKind {
    if (!isStatementKind(kind)) throw ProblemException.notFound('not-found.statement');
    return kind;
  }

  private async dto(organisationId: string, kind: StatementKind): Promise<StatementDto> {
    const row = await this.repository.statement(organisationId, kind);
    return {
      kind,
      organisationId,
      markdown: row?.markdown ?? null,
      html: row?.html ?? null,
      updatedAt: row ? row.updatedAt.toISOString() : null,
    };
  }
}
