import { normaliseEmail } from './users.js';

/**
 * SCIM 2.0 (RFC 7643/7644) as Klussenbank speaks it: how a SCIM User maps onto a person, and how
 * the PATCH forms identity systems really send (Microsoft Entra ID's among them) are read.
 */
export const SCIM_USER_SCHEMA = 'urn:ietf:params:scim:schemas:core:2.0:User';
export const SCIM_ENTERPRISE_SCHEMA = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User';
export const SCIM_LIST_SCHEMA = 'urn:ietf:params:scim:api:messages:2.0:ListResponse';
export const SCIM_PATCH_SCHEMA = 'urn:ietf:params:scim:api:messages:2.0:PatchOp';
export const SCIM_ERROR_SCHEMA = 'urn:ietf:params:scim:api:messages:2.0:Error';

/** The attributes of a person that SCIM sets; `manager` is the manager's SCIM id or externalId. */
export interface ScimUserFields {
  email: string;
  /** The userName as sent when it is not the e-mail address itself (Entra ID may send a UPN); else null. */
  userName: string | null;
  displayName: string;
  jobTitle: string;
  active: boolean;
  externalId: string | null;
  /** null: no line manager (also when the attribute is absent: a PUT or PATCH replaces it). */
  manager: string | null;
}

export type ScimType =
  | 'invalidValue'
  | 'invalidSyntax'
  | 'invalidFilter'
  | 'invalidPath'
  | 'uniqueness'
  | 'mutability'
  | 'noTarget';
export interface ScimProblem {
  status: 400 | 403 | 404 | 409;
  scimType?: ScimType;
  detail: string;
}

export const SCIM_LIMITS = { email: 254, displayName: 120, jobTitle: 120, externalId: 255 } as const;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** SCIM booleans, also as Entra ID sends them in PATCH: the strings "True" and "False". */
export function scimBoolean(value: unknown): boolean | undefined {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'string') {
    const lower = value.trim().toLowerCase();
    if (lower === 'true') return true;
    if (lower === 'false') return false;
  }
  return undefined;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;

/** Attribute names are case-insensitive in SCIM (RFC 7643 §2.1): look one up in any case. */
function attribute(resource: Record<string, unknown>, name: string): unknown {
  const key = Object.keys(resource).find((k) => k.toLowerCase() === name.toLowerCase());
  return key === undefined ? undefined : resource[key];
}

function workEmail(resource: Record<string, unknown>): string | undefined {
  const emails = attribute(resource, 'emails');
  if (!Array.isArray(emails)) return undefined;
  const records = emails.filter(isRecord);
  const chosen =
    records.find((e) => text(attribute(e, 'type'))?.toLowerCase() === 'work') ??
    records.find((e) => scimBoolean(attribute(e, 'primary')) === true) ??
    records[0];
  return chosen ? text(attribute(chosen, 'value')) : undefined;
}

function managerOf(resource: Record<string, unknown>): string | null {
  const enterprise = attribute(resource, SCIM_ENTERPRISE_SCHEMA);
  if (!isRecord(enterprise)) return null;
  const manager = attribute(enterprise, 'manager');
  if (typeof manager === 'string') return text(manager) ?? null;
  if (isRecord(manager)) return text(attribute(manager, 'value')) ?? null;
  return null;
}

/**
 * A SCIM User resource (POST, PUT, or the result of a PATCH) as a person's fields: userName is the
 * e-mail address (else the work e-mail), displayName or the name's parts the display name, title
 * the job title; active defaults to true. Attributes this product does not keep are ignored.
 */
export function readScimUser(resource: unknown): { fields: ScimUserFields } | { problem: ScimProblem } {
  const invalid = (detail: string) => ({
    problem: { status: 400 as const, scimType: 'invalidValue' as const, detail },
  });
  if (!isRecord(resource))
    return { problem: { status: 400, scimType: 'invalidSyntax', detail: 'A User must be a JSON object.' } };
  const userName = text(attribute(resource, 'userName'));
  if (!userName) return invalid('userName is required.');
  const emailSource = EMAIL.test(userName) ? userName : workEmail(resource);
  if (!emailSource || !EMAIL.test(emailSource))
    return invalid('userName (or a work e-mail) must be an e-mail address.');
  const email = normaliseEmail(emailSource);
  if (email.length > SCIM_LIMITS.email || userName.length > SCIM_LIMITS.email)
    return invalid(`userName is longer than ${SCIM_LIMITS.email} characters.`);

  const name = attribute(resource, 'name');
  const parts = isRecord(name)
    ? [text(attribute(name, 'givenName')), text(attribute(name, 'familyName'))].filter((p) => p !== undefined)
    : [];
  const formatted = isRecord(name) ? text(attribute(name, 'formatted')) : undefined;
  const displayName =
    text(attribute(resource, 'displayName')) ??
    formatted ??
    (parts.length ? parts.join(' ') : email.split('@')[0]);
  if (displayName.length > SCIM_LIMITS.displayName) {
    return invalid(`displayName is longer than ${SCIM_LIMITS.displayName} characters.`);
  }
  const jobTitle = text(attribute(resource, 'title')) ?? '';
  if (jobTitle.length > SCIM_LIMITS.jobTitle)
    return invalid(`title is longer than ${SCIM_LIMITS.jobTitle} characters.`);

  const rawActive = attribute(resource, 'active');
  const active = rawActive === undefined || rawActive === null ? true : scimBoolean(rawActive);
  if (active === undefined) return invalid('active must be a boolean.');

  const rawExternalId = attribute(resource, 'externalId');
  if (rawExternalId !== undefined && rawExternalId !== null && typeof rawExternalId !== 'string') {
    return invalid('externalId must be a string.');
  }
  const externalId = text(rawExternalId) ?? null;
  if (externalId && externalId.length > SCIM_LIMITS.externalId) {
    return invalid(`externalId is longer than ${SCIM_LIMITS.externalId} characters.`);
  }
  const keptUserName = normaliseEmail(userName) === email ? null : userName;
  return {
    fields: {
      email,
      userName: keptUserName,
      displayName,
      jobTitle,
      active,
      externalId,
      manager: managerOf(resource),
    },
  };
}

export interface ScimPatchOperation {
  op: 'add' | 'replace' | 'remove';
  path?: string;
  value?: unknown;
}

const MANAGER_PATH = `${SCIM_ENTERPRISE_SCHEMA}:manager`.toLowerCase();

/** What a value in a patch means for its path: "False" for active, a bare id for manager. */
function patchValue(path: string | undefined, value: unknown): unknown {
  const lower = path?.toLowerCase();
  if (lower === 'active') return scimBoolean(value) ?? value;
  if (lower === MANAGER_PATH && typeof value === 'string') return { value };
  if (lower === undefined && isRecord(value)) {
    return Object.fromEntries(
      Object.entries(value).map(([key, inner]) => [
        key,
        key.toLowerCase() === 'active' ? (scimBoolean(inner) ?? inner) : inner,
      ]),
    );
  }
  return value;
}

/**
 * A PatchOp's operations in RFC 7644's form, from what clients send: operation names in any case
 * ("Replace"), string booleans, a manager as a bare id, and a value object without a path whose
 * keys are themselves paths ("name.givenName", the enterprise manager), split into one operation each.
 */
export function normalisePatch(
  body: unknown,
): { operations: ScimPatchOperation[] } | { problem: ScimProblem } {
  const syntax = (detail: string) => ({
    problem: { status: 400 as const, scimType: 'invalidSyntax' as const, detail },
  });
  if (!isRecord(body)) return syntax('A PatchOp must be a JSON object.');
  const schemas = attribute(body, 'schemas');
  if (!Array.isArray(schemas) || !schemas.includes(SCIM_PATCH_SCHEMA))
    return syntax(`schemas must contain ${SCIM_PATCH_SCHEMA}.`);
  const raw = attribute(body, 'Operations');
  if (!Array.isArray(raw) || raw.length === 0) return syntax('Operations must be a non-empty array.');
  const operations: ScimPatchOperation[] = [];
  for (const entry of raw) {
    if (!isRecord(entry)) return syntax('Each operation must be a JSON object.');
    const op = text(attribute(entry, 'op'))?.toLowerCase();
    if (op !== 'add' && op !== 'replace' && op !== 'remove')
      return syntax('op must be add, replace or remove.');
    const rawPath = attribute(entry, 'path');
    if (rawPath !== undefined && typeof rawPath !== 'string') return syntax('path must be a string.');
    const path = text(rawPath);
    const value = attribute(entry, 'value');
    if (op === 'remove') {
      if (!path) return { problem: { status: 400, scimType: 'noTarget', detail: 'remove needs a path.' } };
      operations.push({ op, path });
    } else if (value === undefined) {
      return syntax(`${op} needs a value.`);
    } else if (path) {
      operations.push({ op, path, value: patchValue(path, value) });
    } else if (isRecord(value)) {
      const plain: Record<string, unknown> = {};
      for (const [key, inner] of Object.entries(value)) {
        // "name.givenName" or "urn:…:User:manager" as a key is a path of its own.
        if (key.includes('.') || key.toLowerCase().startsWith('urn:')) {
          operations.push({ op, path: key, value: patchValue(key, inner) });
        } else {
          plain[key] = inner;
        }
      }
      if (Object.keys(plain).length) operations.push({ op, value: patchValue(undefined, plain) });
    } else {
      return syntax(`${op} without a path needs an object value.`);
    }
  }
  return { operations };
}

/** The names of the fields that differ, for the audit log (never their values). */
export function changedScimFields(before: ScimUserFields, after: ScimUserFields): (keyof ScimUserFields)[] {
  return (Object.keys(after) as (keyof ScimUserFields)[]).filter((key) => before[key] !== after[key]);
}

/** startIndex and count of a list request (RFC 7644 §3.4.2.4): 1-based, count capped. */
export function scimPage(
  startIndex: unknown,
  count: unknown,
  max: number,
): { offset: number; limit: number; startIndex: number } {
  // Query values arrive as strings (a repeated parameter as an array: then the default holds).
  const number = (value: unknown, fallback: number) =>
    typeof value === 'string' || typeof value === 'number' ? Number.parseInt(String(value), 10) : fallback;
  const start = number(startIndex, 1);
  const wanted = number(count, max);
  const startIndexValue = Number.isFinite(start) && start >= 1 ? start : 1;
  const limit = Number.isFinite(wanted) ? Math.min(Math.max(wanted, 0), max) : max;
  return { offset: startIndexValue - 1, limit, startIndex: startIndexValue };
}
