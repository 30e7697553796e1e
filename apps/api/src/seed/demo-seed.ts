import { hash } from '@node-rs/argon2';
import { slugify } from '@klussenbank/domain';
import type { DataSource } from 'typeorm';
import { DEMO_ORGANISATIONS, DEMO_PARTNERSHIPS, DEMO_PASSWORD, DEMO_USERS } from './demo-network.js';

/**
 * Seeds the demo network into an empty database and returns true, or leaves a database that
 * already has organisations alone and returns false. Callers make sure this never runs in production.
 */
export async function seedDemoData(dataSource: DataSource): Promise<boolean> {
  const passwordHash = await hash(DEMO_PASSWORD, { memoryCost: 19_456, timeCost: 2, parallelism: 1 });
  return dataSource.transaction(async (tx) => {
    // Two processes starting at once must not both seed.
    await tx.query(`SELECT pg_advisory_xact_lock(hashtext('klussenbank:demo-seed'))`);
    const [{ count }] = await tx.query<[{ count: number }]>(
      `SELECT count(*)::int AS count FROM organisations`,
    );
    if (count > 0) return false;

    const orgIds = new Map<string, string>();
    for (const org of DEMO_ORGANISATIONS) {
      const [{ id }] = await tx.query<[{ id: string }]>(
        `INSERT INTO organisations (name, slug, kind) VALUES ($1, $2, $3) RETURNING id`,
        [org.name, slugify(org.name), org.kind],
      );
      orgIds.set(org.name, id);
    }
    for (const partnership of DEMO_PARTNERSHIPS) {
      const [{ id }] = await tx.query<[{ id: string }]>(
        `INSERT INTO partnerships (name, slug, description) VALUES ($1, $2, $3) RETURNING id`,
        [partnership.name, slugify(partnership.name), partnership.description],
      );
      await tx.query(
        `INSERT INTO partnership_members (partnership_id, organisation_id) SELECT $1, unnest($2::uuid[])`,
        [id, partnership.members.map((name) => orgIds.get(name))],
      );
    }
    const managerOf = new Map<string, string>();
    // Managers first, so everybody else can have one of them as line manager.
    const ordered = [...DEMO_USERS].sort(
      (a, b) => Number(b.roles.includes('manager')) - Number(a.roles.includes('manager')),
    );
    for (const user of ordered) {
      const isManager = user.roles.includes('manager');
      const [{ id }] = await tx.query<[{ id: string }]>(
        `INSERT INTO users (organisation_id, email, display_name, job_title, password_hash, roles, line_manager_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
        [
          orgIds.get(user.organisation),
          user.email,
          user.displayName,
          user.jobTitle,
          passwordHash,
          user.roles,
          isManager ? null : (managerOf.get(user.organisation) ?? null),
        ],
      );
      if (isManager && !managerOf.has(user.organisation)) managerOf.set(user.organisation, id);
    }
    return true;
  });
}
