import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { type Actor, canAdministerOrganisation, slugify } from '@klussenbank/domain';
import { Repository } from 'typeorm';
import { isUniqueViolation } from '../common/database-errors.js';
import type { Page } from '../common/pagination.js';
import { ProblemException } from '../common/problem/problem.js';
import type {
  CreateOrganisationDto,
  OrganisationDto,
  UpdateOrganisationDto,
} from './dto/organisation.dto.js';
import { OrganisationEntity } from './organisation.entity.js';

const SELECT_WITH_PARTNERSHIPS = `
  SELECT o.id, o.name, o.slug, o.kind, o.consent_required AS "consentRequired",
         COALESCE(array_agg(pm.partnership_id) FILTER (WHERE pm.partnership_id IS NOT NULL), '{}') AS "partnershipIds"
    FROM organisations o
    LEFT JOIN partnership_members pm ON pm.organisation_id = o.id`;

@Injectable()
export class OrganisationsService {
  constructor(
    @InjectRepository(OrganisationEntity) private readonly organisations: Repository<OrganisationEntity>,
  ) {}

  async list(page: number, pageSize: number): Promise<Page<OrganisationDto>> {
    const [items, [{ total }]] = await Promise.all([
      this.organisations.query<OrganisationDto[]>(
        `${SELECT_WITH_PARTNERSHIPS} GROUP BY o.id ORDER BY o.name, o.id LIMIT $1 OFFSET $2`,
        [pageSize, (page - 1) * pageSize],
      ),
      this.organisations.query<[{ total: number }]>(`SELECT count(*)::int AS total FROM organisations`),
    ]);
    return { items, page, pageSize, total };
  }

  async get(id: string): Promise<OrganisationDto> {
    const [row] = await this.organisations.query<OrganisationDto[]>(
      `${SELECT_WITH_PARTNERSHIPS} WHERE o.id = $1 GROUP BY o.id`,
      [id],
    );
    if (!row) throw ProblemException.notFound('not-found.organisation');
    return row;
  }

  async create(dto: CreateOrganisationDto): Promise<OrganisationDto> {
    const slug = slugify(dto.name);
    if (!slug) {
      throw ProblemException.badRequest([{ name: 'name', key: 'needs-letters-or-digits' }]);
    }
    try {
      const saved = await this.organisations.save(
        this.organisations.create({ name: dto.name, slug, kind: dto.kind }),
      );
      return {
        id: saved.id,
        name: saved.name,
        slug: saved.slug,
        kind: saved.kind,
        partnershipIds: [],
        consentRequired: saved.consentRequired,
      };
    } catch (error) {
      if (isUniqueViolation(error)) {
        throw ProblemException.conflict('organisation-exists', { name: dto.name });
      }
      throw error;
    }
  }

  /** Its own org-admins (and platform admins) change an organisation's settings. */
  async update(actor: Actor, id: string, dto: UpdateOrganisationDto): Promise<OrganisationDto> {
    const current = await this.get(id);
    if (!canAdministerOrganisation(actor, id)) {
      throw ProblemException.forbidden('forbidden.organisation-admins', { organisation: current.name });
    }
    await this.organisations.update({ id }, { consentRequired: dto.consentRequired });
    return { ...current, consentRequired: dto.consentRequired };
  }
}
