import { Inject, Injectable } from '@nestjs/common';
import {
  type Actor,
  canAdministerOrganisation,
  canSwitchOffPasswordLogin,
  isEmailDomain,
  slugify,
} from '@klussenbank/domain';
import { type AuditActor, AuditLog } from '../audit/audit-log.service.js';
import { isUniqueViolation } from '../common/database-errors.js';
import type { Page } from '../common/pagination.js';
import { type FieldError, ProblemException } from '../common/problem/problem.js';
import type {
  CreateOrganisationDto,
  OrganisationDto,
  UpdateOrganisationDto,
} from './dto/organisation.dto.js';
import { OrganisationsRepository } from './organisations.repository.js';

@Injectable()
export class OrganisationsService {
  constructor(
    @Inject(OrganisationsRepository) private readonly organisations: OrganisationsRepository,
    @Inject(AuditLog) private readonly audit: AuditLog,
  ) {}

  async list(page: number, pageSize: number): Promise<Page<OrganisationDto>> {
    const { items, total } = await this.organisations.page(page, pageSize);
    return { items, page, pageSize, total };
  }

  async get(id: string): Promise<OrganisationDto> {
    const row = await this.organisations.find(id);
    if (!row) throw ProblemException.notFound('not-found.organisation');
    return row;
  }

  async create(dto: CreateOrganisationDto): Promise<OrganisationDto> {
    const slug = slugify(dto.name);
    if (!slug) {
      throw ProblemException.badRequest([{ name: 'name', key: 'needs-letters-or-digits' }]);
    }
    try {
      const saved = await this.organisations.insert({ name: dto.name, slug, kind: dto.kind });
      return {
        id: saved.id,
        name: saved.name,
        slug: saved.slug,
        kind: saved.kind,
        partnershipIds: [],
        consentRequired: saved.consentRequired,
        findableWithinOrganisation: saved.findableWithinOrganisation,
        emailDomains: saved.emailDomains,
        hourCapPerMonth: saved.hourCapPerMonth,
        hourCapMode: saved.hourCapMode,
        passwordLogin: saved.passwordLogin,
      };
    } catch (error) {
      if (isUniqueViolation(error)) {
        throw ProblemException.conflict('organisation-exists', { name: dto.name });
      }
      throw error;
    }
  }

  /** Its own org-admins (and platform admins) change an organisation's settings. */
  async update(
    actor: Actor,
    id: string,
    dto: UpdateOrganisationDto,
    by: AuditActor = { id: actor.id, ipAddress: null },
  ): Promise<OrganisationDto> {
    const current = await this.get(id);
    if (!canAdministerOrganisation(actor, id)) {
      throw ProblemException.forbidden('forbidden.organisation-admins', { organisation: current.name });
    }
    const submitted = dto.emailDomains ?? [];
    const valid = submitted.filter(isEmailDomain);
    // A setting left out, or sent as null, stays as it is.
    const settings = {
      ...(dto.consentRequired != null ? { consentRequired: dto.consentRequired } : {}),
      ...(dto.findableWithinOrganisation != null
        ? { findableWithinOrganisation: dto.findableWithinOrganisation }
        : {}),
      ...(dto.emailDomains != null ? { emailDomains: [...new Set(dto.emailDomains)] } : {}),
      // The cap is the one setting where null means something: no cap.
      ...(dto.hourCapPerMonth !== undefined ? { hourCapPerMonth: dto.hourCapPerMonth } : {}),
      ...(dto.hourCapMode != null ? { hourCapMode: dto.hourCapMode } : {}),
      ...(dto.passwordLogin != null ? { passwordLogin: dto.passwordLogin } : {}),
    };
    await this.organisations.transaction(async (tx) => {
      // Domains keep organisations apart: one listed by another organisation would let this one's
      // admins add (and so find out about) that organisation's accounts. Checked and written under a
      // lock per domain, so two admins saving the same domain at once cannot both get it.
      await this.organisations.lockDomains(tx, valid);
      const taken = new Set(await this.organisations.domainsOfOthers(tx, id, valid));
      const invalid = submitted.flatMap((domain, index): FieldError[] => {
        const name = `emailDomains[${index}]`;
        if (!isEmailDomain(domain)) return [{ name, key: 'invalid-domain', params: { domain } }];
        return taken.has(domain) ? [{ name, key: 'domain-of-other-organisation', params: { domain } }] : [];
      });
      if (
        settings.passwordLogin === false &&
        !canSwitchOffPasswordLogin(await this.organisations.enabledProviderCount(tx, id))
      ) {
        invalid.push({ name: 'passwordLogin', key: 'password-login-needs-sso' });
      }
      if (invalid.length > 0) throw ProblemException.badRequest(invalid);
      await this.organisations.updateSettings(tx, id, settings);
      await this.audit.record(
        by,
        {
          action: 'organisation.updated',
          organisationId: id,
          object: { type: 'organisation', id },
          details: { fields: Object.keys(settings).sort() },
        },
        tx,
      );
    });
    return { ...current, ...settings };
  }
}
