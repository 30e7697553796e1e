import { emailBelongsToDomains, NAME_MAX_LENGTH, normaliseDomain } from './organisations.js';
import { type Actor, isPlatformAdmin, isRole, normaliseRoles, type Role } from './roles.js';
import { normaliseEmail } from './users.js';

/**
 * The CSV import of an organisation's people (issue 14, "Provisioning"): the file's header, its rows
 * and the pure comparison of the file with the people the organisation has. The API parses the CSV,
 * loads the organisation's people, asks `planPeopleImport` and writes the plan in one transaction.
 */

/** More rows than this is a file to split (or a job for SCIM); the API refuses it whole. */
export const PEOPLE_IMPORT_MAX_ROWS = 5000;
export const EMAIL_MAX_LENGTH = 254;
export const JOB_TITLE_MAX_LENGTH = 120;

export const IMPORT_COLUMNS = ['email', 'name', 'jobTitle', 'lineManagerEmail', 'roles'] as const;
export type ImportColumn = (typeof IMPORT_COLUMNS)[number];

/** The headers the template writes (Dutch), in this order. */
export const PEOPLE_IMPORT_TEMPLATE_HEADERS: Record<ImportColumn, string> = {
  email: 'e-mailadres',
  name: 'naam',
  jobTitle: 'functie',
  lineManagerEmail: 'e-mailadres leidinggevende',
  roles: 'rollen',
};

/** Headers compare without case, spaces, hyphens, underscores or dots: "E-mail_adres" is "emailadres". */
const headerKey = (header: string): string => header.toLowerCase().replace(/[^a-z]/g, '');

const HEADER_ALIASES: Record<ImportColumn, readonly string[]> = {
  email: ['e-mailadres', 'e-mail', 'emailadres', 'mail', 'mailadres', 'email address', 'work email'],
  name: ['naam', 'name', 'volledige naam', 'weergavenaam', 'full name', 'display name'],
  jobTitle: ['functie', 'functienaam', 'functietitel', 'function', 'job title', 'title'],
  lineManagerEmail: [
    'leidinggevende',
    'e-mailadres leidinggevende',
    'leidinggevende e-mailadres',
    'leidinggevende e-mail',
    'e-mail leidinggevende',
    'line manager',
    'line manager e-mail',
    'line manager email address',
    'manager e-mail',
    'manager email',
  ],
  roles: ['rollen', 'rol', 'roles', 'role'],
};

const COLUMN_BY_HEADER = new Map<string, ImportColumn>(
  IMPORT_COLUMNS.flatMap((column) =>
    HEADER_ALIASES[column].map((alias) => [headerKey(alias), column] as const),
  ),
);

export const REQUIRED_COLUMNS: readonly ImportColumn[] = ['email', 'name'];

export interface ImportHeader {
  /** Per position in the header: the column it is, or null (a column the import does not read). */
  columns: (ImportColumn | null)[];
  missing: ImportColumn[];
  /** Columns that occur more than once (by any of their names). */
  duplicates: ImportColumn[];
}

/** Which column each header cell is, Dutch or English; unknown headers are left alone. */
export function readImportHeader(header: readonly string[]): ImportHeader {
  const columns = header.map((cell) => COLUMN_BY_HEADER.get(headerKey(cell.replace(/^\uFEFF/, ''))) ?? null);
  const found = columns.filter((column): column is ImportColumn => column !== null);
  return {
    columns,
    missing: REQUIRED_COLUMNS.filter((column) => !found.includes(column)),
    duplicates: IMPORT_COLUMNS.filter((column) => found.filter((c) => c === column).length > 1),
  };
}

/** One record of the file: `undefined` for a column the file does not have (the field is not managed). */
export interface ImportRow {
  /** The line in the file where the record starts (the header is line 1). */
  line: number;
  email: string;
  name: string;
  jobTitle?: string;
  lineManagerEmail?: string;
  roles?: string;
}

const ROLE_ALIASES = new Map<string, Role>([
  ['medewerker', 'employee'],
  ['organisatiebeheerder', 'org-admin'],
  ['beheerder', 'org-admin'],
  ['platformbeheerder', 'platform-admin'],
]);

/** Roles as a cell writes them: `employee;manager`, `medewerker, manager`, `org-admin|manager`. */
export function parseRoles(cell: string): { roles: Role[]; unknown: string[] } {
  const words = cell
    .toLowerCase()
    .split(/[;,|/\s]+/)
    .filter((word) => word !== '');
  const roles: Role[] = [];
  const unknown: string[] = [];
  for (const word of words) {
    const role = isRole(word) ? word : ROLE_ALIASES.get(word);
    if (role) roles.push(role);
    else unknown.push(word);
  }
  return { roles: normaliseRoles(roles), unknown };
}

const LOCAL_PART = /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/;
const DOMAIN =
  /^(?!-)[a-z0-9-]{1,63}(?<!-)(\.(?!-)[a-z0-9-]{1,63}(?<!-))*\.([a-z]{2,63}|xn--[a-z0-9-]{1,59})$/;

/** An (already normalised) e-mail address of the plain form people have at work. */
export function isImportEmail(email: string): boolean {
  const at = email.lastIndexOf('@');
  if (at < 1 || email.length > EMAIL_MAX_LENGTH) return false;
  const local = email.slice(0, at);
  return local.length <= 64 && LOCAL_PART.test(local) && DOMAIN.test(email.slice(at + 1));
}

/** A person of the organisation as the comparison needs them. */
export interface ImportPerson {
  id: string;
  email: string;
  displayName: string;
  jobTitle: string;
  roles: readonly Role[];
  lineManagerId: string | null;
  deactivated: boolean;
}

export interface ImportContext {
  actor: Actor;
  /** The e-mail domains of the organisation (empty: any address). */
  domains: readonly string[];
  /** Everybody of the organisation, active or not. */
  people: readonly ImportPerson[];
  /** Of the file's addresses (and its line managers'), those that belong to a person of another organisation. */
  emailsElsewhere: ReadonlySet<string>;
  /** The e-mail domains other organisations list. */
  domainsElsewhere: ReadonlySet<string>;
}

export type ImportField = ImportColumn;

export type ImportRowProblem =
  | { field: ImportField; problem: 'required' }
  | { field: ImportField; problem: 'too-long'; max: number }
  | { field: 'email' | 'lineManagerEmail'; problem: 'invalid-email' }
  | { field: 'email'; problem: 'outside-organisation'; domains: string }
  | { field: 'email'; problem: 'domain-elsewhere'; domain: string }
  | { field: 'email'; problem: 'person-elsewhere' }
  | { field: 'email'; problem: 'duplicate'; lines: string }
  | { field: 'email'; problem: 'platform-admin-account' }
  | { field: 'roles'; problem: 'unknown-role'; role: string }
  | { field: 'roles'; problem: 'role-not-allowed' }
  | { field: 'roles'; problem: 'own-admin-role' }
  | { field: 'lineManagerEmail'; problem: 'line-manager-not-found' }
  | { field: 'lineManagerEmail'; problem: 'line-manager-self' };

/** What changes about an existing person; `active` is a deactivated person whom the file lists again. */
export type ImportChange = 'name' | 'jobTitle' | 'roles' | 'lineManagerEmail' | 'active';

/** The person as the file wants them; the line manager by address (resolved after new people exist). */
export interface ImportTarget {
  email: string;
  displayName: string;
  jobTitle: string;
  roles: Role[];
  lineManagerEmail: string | null;
}

export type ImportRowResult =
  | { line: number; email: string; name: string; status: 'create'; target: ImportTarget }
  | {
      line: number;
      email: string;
      name: string;
      status: 'update';
      person: ImportPerson;
      changes: ImportChange[];
      target: ImportTarget;
    }
  | {
      line: number;
      email: string;
      name: string;
      status: 'unchanged';
      person: ImportPerson;
      target: ImportTarget;
    }
  | { line: number; email: string; name: string; status: 'error'; problems: ImportRowProblem[] };

export type KeptReason = 'self' | 'platform-admin';

export interface PeopleImportPlan {
  rows: ImportRowResult[];
  /** Active people of the organisation the file does not list, who would be switched off on request. */
  missing: ImportPerson[];
  /** Active people missing from the file who are never switched off by this actor, and why. */
  kept: { person: ImportPerson; reason: KeptReason }[];
  counts: { create: number; update: number; unchanged: number; error: number; missing: number };
}

const clean = (value: string | undefined): string | undefined =>
  value === undefined ? undefined : value.replace(/\s+/g, ' ').trim();

const sameRoles = (a: readonly Role[], b: readonly Role[]) =>
  a.length === b.length && a.every((role, i) => role === b[i]);

const domainOf = (email: string) => normaliseDomain(email.slice(email.lastIndexOf('@') + 1));

/**
 * Compares the file with the organisation's people: per row create, update (with the changed
 * fields), unchanged or error (every problem of the row at once), and who is missing from the file.
 * A column the file lacks is not managed (kept as it is; new people get no job title, no line
 * manager, the role employee); a column it has is the truth, an empty cell included ("no line
 * manager", "employee only"). Line managers are found in the file or among the organisation's
 * people, so a manager may come later in the file than their team.
 */
export function planPeopleImport(rows: readonly ImportRow[], context: ImportContext): PeopleImportPlan {
  const { actor } = context;
  const byEmail = new Map(context.people.map((person) => [person.email, person]));
  const byId = new Map(context.people.map((person) => [person.id, person]));
  const emails = rows.map((row) => normaliseEmail(row.email));
  const linesOf = new Map<string, number[]>();
  rows.forEach((row, i) => {
    const email = emails[i];
    if (email) linesOf.set(email, [...(linesOf.get(email) ?? []), row.line]);
  });

  const results = rows.map((row, i): ImportRowResult => {
    const email = emails[i] ?? '';
    const name = clean(row.name) ?? '';
    const jobTitle = clean(row.jobTitle);
    const managerCell = row.lineManagerEmail === undefined ? undefined : normaliseEmail(row.lineManagerEmail);
    const problems: ImportRowProblem[] = [];

    if (email === '') problems.push({ field: 'email', problem: 'required' });
    else if (!isImportEmail(email)) problems.push({ field: 'email', problem: 'invalid-email' });
    else if (context.emailsElsewhere.has(email))
      problems.push({ field: 'email', problem: 'person-elsewhere' });
    else if (!emailBelongsToDomains(email, context.domains)) {
      problems.push({ field: 'email', problem: 'outside-organisation', domains: context.domains.join(', ') });
    } else if (context.domains.length === 0 && context.domainsElsewhere.has(domainOf(email))) {
      problems.push({ field: 'email', problem: 'domain-elsewhere', domain: domainOf(email) });
    }
    const sameAddress = linesOf.get(email) ?? [];
    if (email !== '' && sameAddress.length > 1) {
      const others = sameAddress.filter((line) => line !== row.line);
      problems.push({ field: 'email', problem: 'duplicate', lines: others.join(', ') });
    }

    if (name === '') problems.push({ field: 'name', problem: 'required' });
    else if ([...name].length > NAME_MAX_LENGTH)
      problems.push({ field: 'name', problem: 'too-long', max: NAME_MAX_LENGTH });
    if (jobTitle !== undefined && [...jobTitle].length > JOB_TITLE_MAX_LENGTH) {
      problems.push({ field: 'jobTitle', problem: 'too-long', max: JOB_TITLE_MAX_LENGTH });
    }

    let lineManagerEmail: string | null | undefined = managerCell === undefined ? undefined : null;
    if (managerCell) {
      if (!isImportEmail(managerCell)) problems.push({ field: 'lineManagerEmail', problem: 'invalid-email' });
      else if (managerCell === email)
        problems.push({ field: 'lineManagerEmail', problem: 'line-manager-self' });
      else if (!linesOf.has(managerCell) && !byEmail.has(managerCell)) {
        problems.push({ field: 'lineManagerEmail', problem: 'line-manager-not-found' });
      } else lineManagerEmail = managerCell;
    }

    const existing = byEmail.get(email);
    let roles: Role[] | undefined;
    if (row.roles !== undefined) {
      const parsed = parseRoles(row.roles);
      for (const role of parsed.unknown) problems.push({ field: 'roles', problem: 'unknown-role', role });
      roles = parsed.roles;
    }

    const target: ImportTarget = {
      email,
      displayName: name,
      jobTitle: jobTitle ?? existing?.jobTitle ?? '',
      roles: roles ?? (existing ? [...existing.roles] : ['employee']),
      lineManagerEmail:
        lineManagerEmail === undefined
          ? existing?.lineManagerId
            ? (byId.get(existing.lineManagerId)?.email ?? null)
            : null
          : lineManagerEmail,
    };
    const changes: ImportChange[] = existing ? changesOf(existing, target, byId) : [];

    // What this actor may do: nobody but a platform admin grants that role or touches such an
    // account; an admin keeps their own admin role.
    if (!isPlatformAdmin(actor) && (!existing || changes.length > 0)) {
      if (existing?.roles.includes('platform-admin')) {
        problems.push({ field: 'email', problem: 'platform-admin-account' });
      } else if (target.roles.includes('platform-admin')) {
        problems.push({ field: 'roles', problem: 'role-not-allowed' });
      }
    }
    if (existing && existing.id === actor.id && changes.includes('roles')) {
      const lost = existing.roles.filter((role) => !target.roles.includes(role));
      if (lost.includes('org-admin') || lost.includes('platform-admin')) {
        problems.push({ field: 'roles', problem: 'own-admin-role' });
      }
    }

    const base = { line: row.line, email, name };
    if (problems.length > 0) return { ...base, status: 'error', problems };
    if (!existing) return { ...base, status: 'create', target };
    if (changes.length === 0) return { ...base, status: 'unchanged', person: existing, target };
    return { ...base, status: 'update', person: existing, changes, target };
  });

  const listed = new Set(emails);
  const missing: ImportPerson[] = [];
  const kept: PeopleImportPlan['kept'] = [];
  for (const person of context.people) {
    if (person.deactivated || listed.has(person.email)) continue;
    if (person.id === actor.id) kept.push({ person, reason: 'self' });
    else if (person.roles.includes('platform-admin') && !isPlatformAdmin(actor)) {
      kept.push({ person, reason: 'platform-admin' });
    } else missing.push(person);
  }
  const count = (status: ImportRowResult['status']) => results.filter((r) => r.status === status).length;
  return {
    rows: results,
    missing,
    kept,
    counts: {
      create: count('create'),
      update: count('update'),
      unchanged: count('unchanged'),
      error: count('error'),
      missing: missing.length,
    },
  };
}

function changesOf(
  person: ImportPerson,
  target: ImportTarget,
  byId: ReadonlyMap<string, ImportPerson>,
): ImportChange[] {
  const manager = person.lineManagerId ? (byId.get(person.lineManagerId)?.email ?? null) : null;
  const changes: ImportChange[] = [];
  if (person.displayName !== target.displayName) changes.push('name');
  if (person.jobTitle !== target.jobTitle) changes.push('jobTitle');
  if (!sameRoles(normaliseRoles(person.roles), target.roles)) changes.push('roles');
  if (manager !== target.lineManagerEmail) changes.push('lineManagerEmail');
  if (person.deactivated) changes.push('active');
  return changes;
}

/**
 * Whether the file is written with `;` (Excel in Dutch) or `,`: the one of the two that occurs more
 * often outside quotes in the header line.
 */
export function detectDelimiter(text: string): ';' | ',' {
  let semicolons = 0;
  let commas = 0;
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && ch === ';') semicolons++;
    else if (!quoted && ch === ',') commas++;
  }
  return semicolons > commas ? ';' : ',';
}
