import type { Placeholder } from '../common/sql-params.js';

/**
 * SQL shared by the dossier queries. A dossier belongs to a partnership: employees of its member
 * organisations see it, platform admins see all. Fragments take the placeholders of the values they
 * need by name (see SqlParams).
 */
export const visibleTo = ({
  viewerOrganisation,
  platformAdmin,
}: {
  /** The viewer's organisation. */
  viewerOrganisation: Placeholder;
  /** Whether the viewer is a platform admin (a boolean). */
  platformAdmin: Placeholder;
}) => `
  (${platformAdmin}::boolean
    OR d.partnership_id IN (SELECT partnership_id FROM partnership_members WHERE organisation_id = ${viewerOrganisation}))`;

const PERSON = (user: string, organisation: string) =>
  `json_build_object('id', ${user}.id, 'name', ${user}.display_name,
                     'organisation', json_build_object('id', ${organisation}.id, 'name', ${organisation}.name))`;
export const personJson = PERSON;

/** The columns of a DossierSummary; `d` is the dossier, `p` its partnership, `me` the viewer's row (summaryJoins). */
export const SUMMARY_COLUMNS = `
  d.id, d.title, d.goal, d.status,
  json_build_object('id', p.id, 'name', p.name) AS partnership,
  to_char(d.start_date, 'YYYY-MM-DD') AS "startDate",
  to_char(d.end_date, 'YYYY-MM-DD') AS "endDate",
  d.team_cap AS "teamCap", d.join_policy AS "joinPolicy",
  coalesce(team.size, 0) AS "teamSize",
  coalesce(team.organisations, '[]') AS organisations,
  coalesce(team.trekkers, '[]') AS trekkers,
  coalesce(needed.skills, '[]') AS skills,
  me.role AS "myRole", me.status AS "myStatus",
  d.updated_at AS "updatedAt"`;

/**
 * The viewer's membership (`me`, `viewer` holds the viewer's user id), the team's size, spread over
 * organisations and trekkers, and the skills: one lateral each, per row.
 */
export const summaryJoins = ({ viewer }: { viewer: Placeholder }) => `
  JOIN partnerships p ON p.id = d.partnership_id
  LEFT JOIN dossier_members me ON me.dossier_id = d.id AND me.user_id = ${viewer}
  LEFT JOIN LATERAL (
    SELECT sum(n)::int AS size,
           json_agg(json_build_object('id', id, 'name', name, 'count', n) ORDER BY n DESC, name) AS organisations,
           (SELECT json_agg(${PERSON('tu', 'tuo')} ORDER BY tu.display_name)
              FROM dossier_members tm JOIN users tu ON tu.id = tm.user_id
              JOIN organisations tuo ON tuo.id = tu.organisation_id
             WHERE tm.dossier_id = d.id AND tm.status = 'active' AND tm.role = 'trekker') AS trekkers
      FROM (SELECT o.id, o.name, count(*)::int AS n
              FROM dossier_members m JOIN users u ON u.id = m.user_id JOIN organisations o ON o.id = u.organisation_id
             WHERE m.dossier_id = d.id AND m.status = 'active'
             GROUP BY o.id, o.name) spread
  ) team ON true
  LEFT JOIN LATERAL (
    SELECT json_agg(json_build_object('id', s.id, 'label', s.label_nl) ORDER BY s.label_nl) AS skills
      FROM dossier_skills ds JOIN skills s ON s.id = ds.skill_id WHERE ds.dossier_id = d.id
  ) needed ON true`;

/**
 * One team row as the API shows it; `m` is a dossier_members row. `since` is its last change of
 * status: when the person joined, asked or was invited (a new role does not change it).
 */
export const TEAM_MEMBER_COLUMNS = `
  json_build_object('id', u.id, 'name', u.display_name, 'jobTitle', u.job_title,
                    'organisation', json_build_object('id', o.id, 'name', o.name)) AS "user",
  m.role, m.status, m.message, m.updated_at AS since`;
export const TEAM_MEMBER_JOINS = `
  JOIN users u ON u.id = m.user_id JOIN organisations o ON o.id = u.organisation_id`;
