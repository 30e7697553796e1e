import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { EntityManager, Repository } from 'typeorm';
import { OrganisationEntity } from '../organisations/organisation.entity.js';
import type { Role } from '@klussenbank/domain';
import type { MeDto } from './dto/user.dto.js';
import { UserEntity } from './user.entity.js';

/** Users in the database, through TypeORM's repository for the entity and SQL for GET /me. */
@Injectable()
export class UsersRepository {
  constructor(
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    @InjectRepository(OrganisationEntity) private readonly organisations: Repository<OrganisationEntity>,
  ) {}

  transaction<T>(work: (tx: EntityManager) => Promise<T>): Promise<T> {
    return this.users.manager.transaction(work);
  }

  /**
   * One page of users, of one organisation or all, by name; and the total. `q` finds a part of the
   * name or the e-mail address, in any case; `role` keeps those who hold it.
   */
  page(
    filter: { organisationId?: string; q?: string; role?: Role },
    page: number,
    pageSize: number,
  ): Promise<[UserEntity[], number]> {
    const query = this.users.createQueryBuilder('u');
    if (filter.organisationId) query.andWhere('u.organisation_id = :organisationId', filter);
    if (filter.q) {
      // LIKE's own wildcards in what was typed are meant literally.
      const pattern = `%${filter.q.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      query.andWhere('(lower(u.display_name) LIKE :pattern OR u.email LIKE :pattern)', { pattern });
    }
    if (filter.role) query.andWhere(':role = ANY(u.roles)', { role: filter.role });
    return query
      .orderBy('u.display_name', 'ASC')
      .addOrderBy('u.id', 'ASC')
      .skip((page - 1) * pageSize)
      .take(pageSize)
      .getManyAndCount();
  }

  /** Writes the fields given and answers the row as it is now. */
  async update(id: string, fields: Partial<Pick<UserEntity, 'roles' | 'lineManagerId' | 'deactivatedAt'>>) {
    await this.users.update({ id }, fields);
    return this.users.findOneByOrFail({ id });
  }

  find(id: string): Promise<UserEntity | null> {
    return this.users.findOneBy({ id });
  }

  /** The e-mail domains of an organisation (empty: any address); undefined when there is no such organisation. */
  async organisationEmailDomains(id: string): Promise<string[] | undefined> {
    const organisation = await this.organisations.findOne({
      where: { id },
      select: { id: true, emailDomains: true },
    });
    return organisation?.emailDomains;
  }

  /** A new user; fails with a unique violation of users_email_key when the address is taken. */
  insert(
    tx: EntityManager,
    fields: Omit<UserEntity, 'id' | 'organisation' | 'lineManager' | 'createdAt' | 'updatedAt'>,
  ): Promise<UserEntity> {
    return tx.save(this.users.create(fields));
  }

  async me(userId: string): Promise<MeDto | undefined> {
    const [row] = await this.users.query<MeDto[]>(
      `SELECT u.id, u.email, u.display_name AS "displayName", u.job_title AS "jobTitle", u.roles, u.locale,
              json_build_object('id', o.id, 'name', o.name, 'slug', o.slug, 'kind', o.kind) AS organisation,
              COALESCE((SELECT json_agg(json_build_object('id', p.id, 'name', p.name) ORDER BY p.name)
                          FROM partnership_members pm JOIN partnerships p ON p.id = pm.partnership_id
                         WHERE pm.organisation_id = o.id), '[]') AS partnerships,
              CASE WHEN lm.id IS NULL THEN NULL
                   ELSE json_build_object('id', lm.id, 'name', lm.display_name) END AS "lineManager"
         FROM users u
         JOIN organisations o ON o.id = u.organisation_id
         LEFT JOIN users lm ON lm.id = u.line_manager_id
        WHERE u.id = $1`,
      [userId],
    );
    return row;
  }
}
