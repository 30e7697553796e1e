import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { PartnershipDto, PartnershipMemberImpactDto } from './dto/partnership.dto.js';

const SELECT_WITH_MEMBERS = `
  SELECT p.id, p.name, p.slug, p.description, p.hour_rate::float8 AS "hourRate",
         COALESCE(json_agg(json_build_object('id', o.id, 'name', o.name) ORDER BY o.name)
                  FILTER (WHERE o.id IS NOT NULL), '[]') AS organisations
    FROM partnerships p
    LEFT JOIN partnership_members pm ON pm.partnership_id = p.id
    LEFT JOIN organisations o ON o.id = pm.organisation_id`;

/** The SQL of partnerships and their members: the service decides, this reads and writes. */
@Injectable()
export class PartnershipsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  transaction<T>(work: (tx: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }

  /** One page, by name, and the total. */
  async page(page: number, pageSize: number): Promise<{ items: PartnershipDto[]; total: number }> {
    const [items, [{ total }]] = await Promise.all([
      this.db.query<PartnershipDto[]>(
        `${SELECT_WITH_MEMBERS} GROUP BY p.id ORDER BY p.name, p.id LIMIT $1 OFFSET $2`,
        [pageSize, (page - 1) * pageSize],
      ),
      this.db.query<[{ total: number }]>(`SELECT count(*)::int AS total FROM partnerships`),
    ]);
    return { items, total };
  }

  async find(id: string, db: EntityManager | DataSource = this.db): Promise<PartnershipDto | undefined> {
    const [row] = await db.query<PartnershipDto[]>(`${SELECT_WITH_MEMBERS} WHERE p.id = $1 GROUP BY p.id`, [
      id,
    ]);
    return row;
  }

  /** Which of these organisations exist. */
  async existingOrganisations(ids: string[], db: EntityManager = this.db.manager): Promise<Set<string>> {
    const found = await db.query<{ id: string }[]>(
      `SELECT id FROM organisations WHERE id = ANY($1::uuid[])`,
      [ids],
    );
    return new Set(found.map((row) => row.id));
  }

  /** A new partnership with its members; fails with a unique violation when the name is taken. */
  async insert(
    tx: EntityManager,
    partnership: { name: string; slug: string; description: string; organisationIds: string[] },
  ): Promise<string> {
    const [{ id }] = await tx.query<[{ id: string }]>(
      `INSERT INTO partnerships (name, slug, description) VALUES ($1, $2, $3) RETURNING id`,
      [partnership.name, partnership.slug, partnership.description],
    );
    await tx.query(
      `INSERT INTO partnership_members (partnership_id, organisation_id) SELECT $1, unnest($2::uuid[])`,
      [id, partnership.organisationIds],
    );
    return id;
  }

  /** Idempotent: adding a member twice leaves one membership. */
  async addMember(partnershipId: string, organisationId: string): Promise<void> {
    await this.db.query(
      `INSERT INTO partnership_members (partnership_id, organisation_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`,
      [partnershipId, organisationId],
    );
  }

  /** False when the organisation was no member. */
  async removeMember(partnershipId: string, organisationId: string): Promise<boolean> {
    const [, affected] = await this.db.query<[unknown, number]>(
      `DELETE FROM partnership_members WHERE partnership_id = $1 AND organisation_id = $2`,
      [partnershipId, organisationId],
    );
    return Boolean(affected);
  }

  /**
   * What a membership touches, for the confirmation before an organisation joins or leaves: running
   * klussen (open, full, in progress) on both sides, the partnership's running dossiers and the
   * organisation's people in their teams.
   */
  async memberImpact(partnershipId: string, organisationId: string): Promise<PartnershipMemberImpactDto> {
    const [row] = await this.db.query<PartnershipMemberImpactDto[]>(
      `WITH running AS (
         SELECT t.organisation_id, t.visibility, t.partnership_id FROM tasks t
          WHERE t.status IN ('open', 'full', 'in-progress')
       ), others AS (
         SELECT organisation_id FROM partnership_members WHERE partnership_id = $1 AND organisation_id <> $2
       ), dossiers_running AS (
         SELECT id FROM dossiers WHERE partnership_id = $1 AND status IN ('exploring', 'active')
       )
       SELECT EXISTS (SELECT 1 FROM partnership_members WHERE partnership_id = $1 AND organisation_id = $2) AS member,
              (SELECT count(*)::int FROM running
                WHERE organisation_id = $2 AND visibility = 'partnership' AND partnership_id = $1) AS "ownTasksForPartnership",
              (SELECT count(*)::int FROM running
                WHERE organisation_id = $2 AND visibility = 'all-partnerships') AS "ownTasksForAllPartnerships",
              (SELECT count(*)::int FROM running
                WHERE organisation_id <> $2
                  AND ((visibility = 'partnership' AND partnership_id = $1)
                    OR (visibility = 'all-partnerships' AND organisation_id IN (SELECT organisation_id FROM others)))) AS "partnerTasks",
              (SELECT count(*)::int FROM dossiers_running) AS "runningDossiers",
              (SELECT count(DISTINCT dm.user_id)::int FROM dossier_members dm JOIN users u ON u.id = dm.user_id
                WHERE dm.dossier_id IN (SELECT id FROM dossiers_running) AND dm.status = 'active'
                  AND u.organisation_id = $2) AS "peopleInDossierTeams"`,
      [partnershipId, organisationId],
    );
    return row;
  }

  /** The agreed hour rate (null clears it); false when the partnership does not exist. */
  async setHourRate(id: string, hourRate: number | null): Promise<boolean> {
    const [, affected] = await this.db.query<[unknown, number]>(
      `UPDATE partnerships SET hour_rate = $2 WHERE id = $1`,
      [id, hourRate],
    );
    return Boolean(affected);
  }
}
