/**
 * SQL shared by the task queries. Visibility is decided in the database, in the same query that
 * reads the klussen, so a list of 50 costs a page query (and at most one count) and nothing
 * invisible ever leaves it. $1 is the viewer's organisation, $2 the viewer's user id.
 */
export const VISIBLE_TASKS_CTE = `
  viewer_partnerships AS (
    SELECT partnership_id FROM partnership_members WHERE organisation_id = $1
  ),
  partner_organisations AS (
    SELECT DISTINCT pm.organisation_id FROM partnership_members pm
     WHERE pm.partnership_id IN (SELECT partnership_id FROM viewer_partnerships)
  )`;

/** Shared with the viewer's organisation: its own, meant for one of its partnerships, or for all of them. */
export const IS_SHARED = `
  (t.organisation_id = $1
    OR (t.visibility = 'partnership' AND t.partnership_id IN (SELECT partnership_id FROM viewer_partnerships))
    OR (t.visibility = 'all-partnerships' AND t.organisation_id IN (SELECT organisation_id FROM partner_organisations)))`;

/**
 * The skills a `skill` filter means: every skill with a label (preferred, synonym or hidden, Dutch or
 * English) equal to it once normalised. A merged skill's labels live on the skill it went into, so its
 * old name finds the klussen that now carry that skill. Looked up in a query of its own, before the
 * search, so that the search gets the skill ids as a parameter and the planner sees how common they
 * are (a popular skill is best found from the ordered index of open klussen, a rare one from
 * task_skills).
 */
export const SKILL_IDS_BY_LABEL = `SELECT DISTINCT skill_id AS id FROM skill_labels WHERE normalised = kb_normalise_label($1)`;

/** A draft is seen by its poster only; `poster` is the parameter holding the viewer's user id. */
export const draftsOnlyFor = (poster: string) => `(t.status <> 'draft' OR t.poster_id = ${poster})`;

export const IS_VISIBLE = `${IS_SHARED} AND ${draftsOnlyFor('$2')}`;

/**
 * The viewer's own organisation and its partners, as an array (computed once, then an index
 * condition). Every klus IS_SHARED lets through belongs to one of them, except those below.
 */
export const VIEWER_ORGANISATIONS = `ARRAY(SELECT organisation_id FROM partner_organisations UNION SELECT $1::uuid)`;

/**
 * The ids of klussen meant for one of the viewer's partnerships whose organisation is not among
 * VIEWER_ORGANISATIONS: it left that partnership after posting them. Usually none; found index-only
 * on tasks_partnership_idx. `statuses` is a condition on `p.status`.
 */
export const partnershipOnlyIds = (statuses: string) => `ARRAY(
  SELECT p.id FROM tasks p
   WHERE p.partnership_id = ANY (ARRAY(SELECT partnership_id FROM viewer_partnerships)) AND ${statuses}
     AND p.organisation_id <> ALL (${VIEWER_ORGANISATIONS}))`;

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
