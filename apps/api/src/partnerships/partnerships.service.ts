import { Inject, Injectable } from '@nestjs/common';
import { slugify } from '@klussenbank/domain';
import type { EntityManager } from 'typeorm';
import { isUniqueViolation } from '../common/database-errors.js';
import type { Page } from '../common/pagination.js';
import { ProblemException } from '../common/problem/problem.js';
import type {
  CreatePartnershipDto,
  PartnershipDto,
  PartnershipMemberImpactDto,
} from './dto/partnership.dto.js';
import { PartnershipsRepository } from './partnerships.repository.js';

@Injectable()
export class PartnershipsService {
  constructor(@Inject(PartnershipsRepository) private readonly partnerships: PartnershipsRepository) {}

  async list(page: number, pageSize: number): Promise<Page<PartnershipDto>> {
    const { items, total } = await this.partnerships.page(page, pageSize);
    return { items, page, pageSize, total };
  }

  async get(id: string, db?: EntityManager): Promise<PartnershipDto> {
    const row = await this.partnerships.find(id, db);
    if (!row) throw ProblemException.notFound('not-found.partnership');
    return row;
  }

  async create(dto: CreatePartnershipDto): Promise<PartnershipDto> {
    const slug = slugify(dto.name);
    const organisationIds = [...new Set(dto.organisationIds)];
    try {
      return await this.partnerships.transaction(async (tx) => {
        await this.assertOrganisationsExist(organisationIds, 'organisationIds', tx);
        const id = await this.partnerships.insert(tx, {
          name: dto.name,
          slug,
          description: dto.description ?? '',
          organisationIds,
        });
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
    await this.assertOrganisationsExist([organisationId], 'organisationId');
    await this.partnerships.addMember(partnershipId, organisationId);
  }

  /** Records (or, with null, clears) the hour rate the partners agreed; answers the partnership. */
  async setHourRate(id: string, hourRate: number | null): Promise<PartnershipDto> {
    if (!(await this.partnerships.setHourRate(id, hourRate))) {
      throw ProblemException.notFound('not-found.partnership');
    }
    return this.get(id);
  }

  /** What joining or leaving touches now; the partnership and the organisation must exist. */
  async memberImpact(partnershipId: string, organisationId: string): Promise<PartnershipMemberImpactDto> {
    await this.get(partnershipId);
    if ((await this.partnerships.existingOrganisations([organisationId])).size === 0) {
      throw ProblemException.notFound('not-found.organisation');
    }
    return this.partnerships.memberImpact(partnershipId, organisationId);
  }

  async removeMember(partnershipId: string, organisationId: string): Promise<void> {
    if (!(await this.partnerships.removeMember(partnershipId, organisationId)))
      throw ProblemException.notFound('not-found.partnership-member');
  }

  private async assertOrganisationsExist(ids: string[], field: string, tx?: EntityManager): Promise<void> {
    const known = await this.partnerships.existingOrganisations(ids, tx);
    const missing = ids.filter((id) => !known.has(id));
    if (missing.length > 0) {
      throw ProblemException.badRequest(
        missing.map((id) => ({ name: field, key: 'unknown-organisation.id', params: { id } })),
      );
    }
  }
}
