import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { HourCapMode, OrganisationKind } from '@klussenbank/domain';
import { type EntityManager, Repository } from 'typeorm';
import type { OrganisationDto } from './dto/organisation.dto.js';
import { OrganisationEntity } from './organisation.entity.js';

const SELECT_WITH_PARTNERSHIPS = `
  SELECT o.id, o.name, o.slug, o.kind, o.consent_required AS "consentRequired",
         o.findable_within_organisation AS "findableWithinOrganisation", o.email_domains AS "emailDomains",
         o.hour_cap_per_month AS "hourCapPerMonth", o.hour_cap_mode AS "hourCapMode",
         o.password_login AS "passwordLogin",
         COALESCE(array_agg(pm.partnership_id) FILTER (WHERE pm.partnership_id IS NOT NULL), '{}') AS "partnershipIds"
    FROM organisations o
    LEFT JOIN partnership_members pm ON pm.organisation_id = o.id`;

/** Organisations in the database, through TypeORM's repository for the entity and SQL for lists. */
@Injectable()
export class OrganisationsRepository {
  constructor(
    @InjectRepository(OrganisationEntity) private readonly organisations: Repository<OrganisationEntity>,
  ) {}

  /** One page, by name, and the total. */
  async page(page: number, pageSize: number): Promise<{ items: OrganisationDto[]; total: number }> {
    const [items, [{ total }]] = await Promise.all([
      this.organisations.query<OrganisationDto[]>(
        `${SELECT_WITH_PARTNERSHIPS} GROUP BY o.id ORDER BY o.name, o.id LIMIT $1 OFFSET $2`,
        [pageSize, (page - 1) * pageSize],
      ),
      this.organisations.query<[{ total: number }]>(`SELECT count(*)::int AS total FROM organisations`),
    ]);
    return { items, total };
  }

  async find(id: string): Promise<OrganisationDto | undefined> {
    const [row] = await this.organisations.query<OrganisationDto[]>(
      `${SELECT_WITH_PARTNERSHIPS} WHERE o.id = $1 GROUP BY o.id`,
      [id],
    );
    return row;
  }

  /** A new organisation; fails with a unique violation when the name or slug is taken. */
  insert(organisation: { name: string; slug: string; kind: OrganisationKind }): Promise<OrganisationEntity> {
    return this.organisations.save(this.organisations.create(organisation));
  }

  transaction<T>(work: (tx: EntityManager) => Promise<T>): Promise<T> {
    return this.organisations.manager.transaction(work);
  }

  /**
   * Serialises the transactions that give organisations these domains (held until commit), so the
   * check of `domainsOfOthers` and the write that follows it cannot interleave with another's.
   */
  async lockDomains(tx: EntityManager, domains: readonly string[]): Promise<void> {
    const sorted = [...new Set(domains)].sort();
    if (sorted.length === 0) return;
    await tx.query(
      `SELECT pg_advisory_xact_lock(hashtext('organisation-email-domain:' || d)) FROM unnest($1::text[]) AS d ORDER BY d`,
      [sorted],
    );
  }

  /** Which of these domains another organisation lists already. */
  async domainsOfOthers(tx: EntityManager, id: string, domains: string[]): Promise<string[]> {
    const rows = await tx.query<{ domain: string }[]>(
      `SELECT DISTINCT d.domain FROM organisations o, unnest(o.email_domains) AS d(domain)
        WHERE o.id <> $1 AND d.domain = ANY($2::text[])`,
      [id, domains],
    );
    return rows.map((row) => row.domain);
  }

  /** How many enabled identity providers the organisation has (password login may go off only with one). */
  async enabledProviderCount(tx: EntityManager, id: string): Promise<number> {
    const [row] = await tx.query<[{ count: number }]>(
      // Locks the organisation's row first, as removing a provider does, so the checks cannot pass each other.
      `SELECT (SELECT count(*)::int FROM oidc_providers WHERE organisation_id = o.id AND enabled) AS count
         FROM organisations o WHERE o.id = $1 FOR UPDATE`,
      [id],
    );
    return row.count;
  }

  /** Writes the settings given; the others stay. */
  async updateSettings(
    tx: EntityManager,
    id: string,
    settings: {
      consentRequired?: boolean;
      findableWithinOrganisation?: boolean;
      emailDomains?: string[];
      hourCapPerMonth?: number | null;
      hourCapMode?: HourCapMode;
      passwordLogin?: boolean;
    },
  ): Promise<void> {
    const changes = Object.fromEntries(Object.entries(settings).filter(([, value]) => value !== undefined));
    if (Object.keys(changes).length > 0) await tx.getRepository(OrganisationEntity).update({ id }, changes);
  }
}
