import type { Placeholder } from '../common/sql-params.js';

/**
 * SQL shared by the task queries. Visibility is decided in the database, in the same query that
 * reads the klussen, so a list of 50 costs a page query (and at most one count) and nothing
 * invisible ever leaves it. Fragments take the placeholders of the values they need by name
 * (see SqlParams): `viewerOrganisation` holds the viewer's organisation, `viewer` the viewer's user id.
 */
export interface ViewerPlaceholders {
  viewerOrganisation: Placeholder;
  viewer: Placeholder;
  /** The viewer's organisations (viewerOrganisations) as a uuid[] looked up beforehand, if they were. */
  viewerOrganisations?: Placeholder;
}

/** The viewer's partnerships and partner organisations, as two CTEs the fragments below read. */
export const visibleTasksCte = ({ viewerOrganisation }: Pick<ViewerPlaceholders, 'viewerOrganisation'>) => `
  viewer_partnerships AS (
    SELECT partnership_id FROM partnership_members WHERE organisation_id = ${viewerOrganisation}
  ),
  partner_organisations AS (
    SELECT DISTINCT pm.organisation_id FROM partnership_members pm
     WHERE pm.partnership_id IN (SELECT partnership_id FROM viewer_partnerships)
  )`;

/** Shared with the viewer's organisation: its own, meant for one of its partnerships, or for all of them. */
export const isShared = ({ viewerOrganisation }: Pick<ViewerPlaceholders, 'viewerOrganisation'>) => `
  (t.organisation_id = ${viewerOrganisation}
    OR (t.visibility = 'partnership' AND t.partnership_id IN (SELECT partnership_id FROM viewer_partnerships))
    OR (t.visibility = 'all-partnerships' AND t.organisation_id IN (SELECT organisation_id FROM partner_organisations)))`;

/**
 * What a `skill` filter's search needs to know first, in one cheap query of its own: the skills the
 * filter means (`skills`: every skill with a label — preferred, synonym or hidden, Dutch or English —
 * equal to it once normalised; a merged skill's labels live on the skill it went into, so its old name
 * finds the klussen that now carry that skill) and the viewer's organisations (`organisations`: as in
 * viewerOrganisations). As parameters of the search they let the planner see how common the skill is
 * and how many klussen the viewer's organisations hold (a popular skill is best matched by hashing its
 * task_skills rows, a rare one by looking each of them up). $1 is the filter, $2 the viewer's
 * organisation.
 */
export const SKILL_SEARCH_LOOKUP = `SELECT
  ARRAY(SELECT DISTINCT skill_id FROM skill_labels WHERE normalised = kb_normalise_label($1)) AS skills,
  ARRAY(SELECT pm.organisation_id FROM partnership_members pm
         WHERE pm.partnership_id IN (SELECT partnership_id FROM partnership_members WHERE organisation_id = $2)
        UNION SELECT $2::uuid) AS organisations`;

/** A draft is seen by its poster only. */
export const draftsOnlyFor = ({ viewer }: Pick<ViewerPlaceholders, 'viewer'>) =>
  `(t.status <> 'draft' OR t.poster_id = ${viewer})`;

/** What the viewer may see of `t`: shared with their organisation, and no one else's draft. */
export const isVisible = (placeholders: ViewerPlaceholders) =>
  `${isShared(placeholders)} AND ${draftsOnlyFor(placeholders)}`;

/**
 * The viewer's own organisation and its partners, as an array (computed once, then an index
 * condition). Every klus isShared lets through belongs to one of them, except those below. A list
 * looked up beforehand (SKILL_SEARCH_LOOKUP) is used as it is: the planner then knows its size. It only
 * narrows what isShared decides, so a list a moment old can hide a klus, never show one.
 */
export const viewerOrganisations = ({
  viewerOrganisation,
  viewerOrganisations: known,
}: Pick<ViewerPlaceholders, 'viewerOrganisation' | 'viewerOrganisations'>) =>
  known
    ? `${known}::uuid[]`
    : `ARRAY(SELECT organisation_id FROM partner_organisations UNION SELECT ${viewerOrganisation}::uuid)`;

/**
 * The ids of klussen meant for one of the viewer's partnerships whose organisation is not among
 * viewerOrganisations: it left that partnership after posting them. Usually none; found index-only
 * on tasks_partnership_idx. `statuses` is a condition on `p.status`.
 */
export const partnershipOnlyIds = (
  statuses: string,
  placeholders: Pick<ViewerPlaceholders, 'viewerOrganisation' | 'viewerOrganisations'>,
) => `ARRAY(
  SELECT p.id FROM tasks p
   WHERE p.partnership_id = ANY (ARRAY(SELECT partnership_id FROM viewer_partnerships)) AND ${statuses}
     AND p.organisation_id <> ALL (${viewerOrganisations(placeholders)}))`;

/** The columns of a TaskSummary, skills included (one sub-select per row, on the primary key). */
export const SUMMARY_COLUMNS = `
  t.id, t.title, t.status,
  json_build_object('id', o.id, 'name', o.name) AS organisation,
  t.estimated_hours::float8 AS "estimatedHours",
  to_char(t.start_date, 'YYYY-MM-DD') AS "startDate",
  to_char(t.end_date, 'YYYY-MM-DD') AS "endDate",
  json_build_object('type', t.location_type, 'municipality', t.location_municipality) AS location,
  t.capacity, t.capacity - t.taken AS "placesLeft",
  t.claim_mode AS "claimMode", t.learning_suitable AS "learningSuitable",
  coalesce(s.required, '{}') AS "requiredSkills",
  coalesce(s.nice, '{}') AS "niceToHaveSkills",
  t.published_at AS "publishedAt"`;

/**
 * The columns of `tasks` that SUMMARY_COLUMNS and SUMMARY_JOINS read, plus the sort keys: a list
 * query picks its page from these instead of `t.*` (no description or search vector on the way).
 */
export const SUMMARY_SOURCE_COLUMNS = `
  t.id, t.title, t.status, t.organisation_id, t.estimated_hours, t.start_date, t.end_date,
  t.location_type, t.location_municipality, t.capacity, t.taken, t.claim_mode, t.learning_suitable,
  t.published_at, t.created_at`;

export const SUMMARY_JOINS = `
  JOIN organisations o ON o.id = t.organisation_id
  LEFT JOIN LATERAL (
    SELECT array_agg(sk.label_nl ORDER BY sk.label_nl) FILTER (WHERE ts.required) AS required,
           array_agg(sk.label_nl ORDER BY sk.label_nl) FILTER (WHERE NOT ts.required) AS nice
      FROM task_skills ts JOIN skills sk ON sk.id = ts.skill_id WHERE ts.task_id = t.id
  ) s ON true`;
