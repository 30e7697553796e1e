import { Inject, Injectable } from '@nestjs/common';
import { type Actor, auditScope } from '@klussenbank/domain';
import { stringify } from 'csv-stringify/sync';
import type { Page } from '../common/pagination.js';
import { ProblemException } from '../common/problem/problem.js';
import type { Language } from '../common/problem/messages.js';
import { type AuditActor, AuditLog } from './audit-log.service.js';
import { type AuditEventFilter, type AuditEventRow, AuditEventsRepository } from './audit.repository.js';
import type { AuditEventDto, ListAuditEventsQueryDto } from './dto/audit-event.dto.js';

/** The most rows one CSV export holds; narrow the filters for more. */
export const AUDIT_EXPORT_MAX_ROWS = 100_000;

const toDto = (row: AuditEventRow): AuditEventDto => ({
  id: row.id,
  occurredAt: row.occurredAt.toISOString(),
  action: row.action,
  actor: row.actorId ? { id: row.actorId, name: row.actorName } : null,
  organisation: row.organisationId ? { id: row.organisationId, name: row.organisationName } : null,
  object: row.objectType && row.objectId ? { type: row.objectType, id: row.objectId } : null,
  ipAddress: row.ipAddress,
  details: row.details,
});

const HEADERS: Record<Language, string[]> = {
  nl: [
    'Tijdstip',
    'Actie',
    'Door (id)',
    'Door',
    'Organisatie (id)',
    'Organisatie',
    'Object',
    'Object-id',
    'IP-adres',
    'Details',
  ],
  en: [
    'Time',
    'Action',
    'Actor (id)',
    'Actor',
    'Organisation (id)',
    'Organisation',
    'Object',
    'Object id',
    'IP address',
    'Details',
  ],
};

/** A cell a spreadsheet would take for a formula gets a leading apostrophe (OWASP "CSV injection"). */
const asText = (value: string | null): string =>
  value && /^[=+\-@\t\r]/.test(value) ? `'${value}` : (value ?? '');

/** Reading the audit log: platform admins everything, org-admins their organisation's (`auditScope`). */
@Injectable()
export class AuditEventsService {
  constructor(
    @Inject(AuditEventsRepository) private readonly events: AuditEventsRepository,
    @Inject(AuditLog) private readonly audit: AuditLog,
  ) {}

  async list(actor: Actor, query: ListAuditEventsQueryDto): Promise<Page<AuditEventDto>> {
    const [rows, total] = await this.events.page(this.filterFor(actor, query), query.page, query.pageSize);
    return { items: rows.map(toDto), page: query.page, pageSize: query.pageSize, total };
  }

  /** The same filters as CSV; the export is itself an event (`export.audit-log`). */
  async exportCsv(
    actor: Actor,
    query: ListAuditEventsQueryDto,
    by: AuditActor,
    language: Language,
  ): Promise<string> {
    const filter = this.filterFor(actor, query);
    const rows = await this.events.all(filter, AUDIT_EXPORT_MAX_ROWS);
    await this.audit.record(by, {
      action: 'export.audit-log',
      organisationId: filter.organisationId,
      details: {
        rows: rows.length,
        filters: Object.keys(query)
          .filter((key) => !['page', 'pageSize'].includes(key))
          .filter((key) => query[key as keyof ListAuditEventsQueryDto] !== undefined)
          .sort(),
      },
    });
    return stringify(
      rows.map((row) => [
        row.occurredAt.toISOString(),
        row.action,
        row.actorId ?? '',
        asText(row.actorName),
        row.organisationId ?? '',
        asText(row.organisationName),
        row.objectType ?? '',
        asText(row.objectId),
        row.ipAddress ?? '',
        JSON.stringify(row.details),
      ]),
      { header: true, columns: HEADERS[language], bom: true, record_delimiter: 'windows' },
    );
  }

  private filterFor(actor: Actor, query: ListAuditEventsQueryDto): AuditEventFilter {
    const scope = auditScope(actor);
    if (!scope) throw ProblemException.forbidden('forbidden.audit-log');
    if (!scope.all && query.organisationId && query.organisationId !== scope.organisationId) {
      throw ProblemException.forbidden('forbidden.audit-log-elsewhere');
    }
    return {
      organisationId: scope.all ? (query.organisationId ?? null) : scope.organisationId,
      actions: query.action,
      actorId: query.actorId,
      objectId: query.objectId,
      from: query.from,
      to: query.to,
    };
  }
}
