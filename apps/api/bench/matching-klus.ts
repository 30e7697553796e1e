import type pg from 'pg';
import { organisationIdSql, skillIdSql, userIdSql } from './national-seed.js';

/*
 * The matching benchmark's addition to the national seed: the klus it publishes. It asks skill
 * ranks 2 and 3 (required) and 4 (nice to have) of the taxonomy and is suitable to learn, so about a
 * quarter of the people who can see it hold one of them or want to learn one.
 */
export const KLUS_SKILL_ORDINALS = { required: [2, 3], niceToHave: [4] } as const;
/** The organisation that posts the benchmark klus, and its poster (that organisation's first manager). */
export const POSTER_ORGANISATION = 1;
export const POSTER_SQL = userIdSql(POSTER_ORGANISATION);
export const POSTER_ORGANISATION_SQL = organisationIdSql(POSTER_ORGANISATION);
export const skillId = skillIdSql;

/** Inserts the reference klus (whose candidates are timed on their own); answers its id. */
export async function insertReferenceKlus(client: pg.Pool): Promise<string> {
  const [reference] = (await client.query<{ id: string }>(KLUS_SQL.insert, [REFERENCE_TITLE])).rows;
  if (!reference) throw new Error('The reference klus was not inserted');
  await client.query(KLUS_SQL.skills, [reference.id]);
  await client.query('ANALYZE tasks, task_skills');
  return reference.id;
}

const REFERENCE_TITLE = 'Projectplan warmtetransitie (referentie)';

/**
 * The benchmark klus: an open klus of the poster organisation, hybrid in Utrecht, 24 hours over
 * seven weeks, visible to all partnerships, suitable to learn, with the benchmark skills. `insert`
 * takes the title ($1); `skills` the klus's id ($1). Every copy has the same audience and skills, so
 * the same people match.
 */
export const KLUS_SQL = {
  insert: `
    INSERT INTO tasks (organisation_id, poster_id, title, description, estimated_hours, start_date, end_date,
                       location_type, location_municipality, location_address, capacity, claim_mode, visibility,
                       learning_suitable, status, published_at)
    VALUES (${POSTER_ORGANISATION_SQL}, ${POSTER_SQL}, $1,
            'Wij zoeken iemand die het projectplan voor de warmtetransitie mee opstelt en de bewonersavonden voorbereidt.',
            24, current_date + 7, current_date + 56, 'hybrid', 'Utrecht', 'Stadsplateau 1, Utrecht', 2, 'instant',
            'all-partnerships', true, 'open', now())
    RETURNING id`,
  skills: `
    INSERT INTO task_skills (task_id, skill_id, required)
    SELECT $1, ${skillId('s.ordinal')}, s.required
      FROM (VALUES ${[
        ...KLUS_SKILL_ORDINALS.required.map((o) => `(${o}, true)`),
        ...KLUS_SKILL_ORDINALS.niceToHave.map((o) => `(${o}, false)`),
      ].join(', ')}) AS s (ordinal, required)`,
};
