import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { slugify } from '@klussenbank/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { isUniqueViolation } from '../common/database-errors.js';
import type { Page } from '../common/pagination.js';
import { ProblemException } from '../common/problem/problem.js';
import type { CreatePartnershipDto, PartnershipDto } from './dto/partnership.dto.js';

const SELECT_WITH_MEMBERS = `
  SELECT p.id, p.name, p.slug, p.description,
         COALESCE(json_agg(json_build_object('id', o.id, 'name', o.name) ORDER BY o.name)
                  FILTER (WHERE o.id IS NOT NULL), '[]') AS organisations
    FROM partnerships p
    LEFT JOIN partnership_members pm ON pm.partnership_id = p.id
    LEFT JOIN organisations o ON o.id = pm.organisation_id`;

@Injectable()
export class PartnershipsService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async list(page: number, pageSize: number): Promise<Page<PartnershipDto>> {
    const [items, [{ total }]] = await Promise.all([
      this.db.query<PartnershipDto[]>(
        `${SELECT_WITH_MEMBERS} GROUP BY p.id ORDER BY p.name, p.id LIMIT $1 OFFSET $2`,
        [pageSize, (page - 1) * pageSize],
      ),
      this.db.query<[{ total: number }]>(`SELECT count(*)::int AS total FROM partnerships`),
    ]);
    return { items, page, pageSize, total };
  }

  async get(id: string, db: EntityManager | DataSource = this.db): Promise<PartnershipDto> {
    const [row] = await db.query<PartnershipDto[]>(`${SELECT_WITH_MEMBERS} WHERE p.id = $1 GROUP BY p.id`, [
      id,
    ]);
    if (!row) throw ProblemException.notFound('not-found.partnership');
    return row;
  }

  async create(dto: CreatePartnershipDto): Promise<PartnershipDto> {
    const slug = slugify(dto.name);
    const organisationIds = [...new Set(dto.organisationIds)];
    try {
      return await this.db.transaction(async (tx) => {
        await assertOrganisationsExist(tx, organisationIds);
        const [{ id }] = await tx.query<[{ id: string }]>(
          `INSERT INTO partnerships (name, slug, description) VALUES ($1, $2, $3) RETURNING id`,
          [dto.name, slug, dto.description ?? ''],
        );
        await tx.query(
          `INSERT INTO partnership_members (partnership_id, organisation_id) SELECT $1, unnest($2::uuid[])`,
          [id, organisationIds],
        );
        return this.get(id, tx);
      });
    } catch (error) {
      if (isUniqueViolation(error)) {
        throw ProblemException.conflict('partnership-exists', { name: dto.name });
      }
      throw error;
    }
  }

  /** Idempotent: adding a member twice leaves one membership. */
  async addMember(partnershipId: string, organisationId: string): Promise<void> {
    await this.get(partnershipId);
    await assertOrganisationsExist(this.db.manager, [organisationId], 'organisationId');
    await this.db.query(
      `INSERT INTO partnership_members (partnership_id, organisation_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`,
      [partnershipId, organisationId],
    );
  }

  async removeMember(partnershipId: string, organisationId: string): Promise<void> {
    const [, affected] = await this.db.query<[unknown, number]>(
      `DELETE FROM partnership_members WHERE partnership_id = $1 AND organisation_id = $2`,
      [partnershipId, organisationId],
    );
    if (!affected) throw ProblemException.notFound('not-found.partnership-member');
  }
}

async function assertOrganisationsExist(
  db: EntityManager,
  ids: string[],
  field = 'organisationIds',
): Promise<void> {
  const found = await db.query<{ id: string }[]>(`SELECT id FROM organisations WHERE id = ANY($1::uuid[])`, [
    ids,
  ]);
  const known = new Set(found.map((row) => row.id));
  const missing = ids.filter((id) => !known.has(id));
  if (missing.length > 0) {
    throw ProblemException.badRequest(
      missing.map((id) => ({ name: field, key: 'unknown-organisation.id', params: { id } })),
    );
  }
}
