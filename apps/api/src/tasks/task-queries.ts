/**
 * SQL shared by the task queries. Visibility is decided in the database, in the same query that
 * reads the klussen, so a list of 50 costs one round trip and nothing invisible ever leaves it.
 * $1 is the viewer's organisation, $2 the viewer's user id.
 */
export const VISIBLE_TASKS_CTE = `
  viewer_partnerships AS (
    SELECT partnership_id FROM partnership_members WHERE organisation_id = $1
  ),
  partner_organisations AS (
    SELECT DISTINCT pm.organisation_id FROM partnership_members pm
     WHERE pm.partnership_id IN (SELECT partnership_id FROM viewer_partnerships)
  )`;

export const IS_VISIBLE = `
  (t.organisation_id = $1
    OR (t.visibility = 'partnership' AND t.partnership_id IN (SELECT partnership_id FROM viewer_partnerships))
    OR (t.visibility = 'all-partnerships' AND t.organisation_id IN (SELECT organisation_id FROM partner_organisations)))
  AND (t.status <> 'draft' OR t.poster_id = $2)`;

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

export const SUMMARY_JOINS = `
  JOIN organisations o ON o.id = t.organisation_id
  LEFT JOIN LATERAL (
    SELECT array_agg(name ORDER BY name) FILTER (WHERE required) AS required,
           array_agg(name ORDER BY name) FILTER (WHERE NOT required) AS nice
      FROM task_skills WHERE task_id = t.id
  ) s ON true`;
