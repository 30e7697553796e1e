import { SCIM_USER_SCHEMA, type ScimProblem } from '@klussenbank/domain';
import { parse } from 'scim2-parse-filter';
import type { ScimUserFilter } from './scim-users.repository.js';

const ATTRIBUTES: Record<string, 'userName' | 'email' | 'externalId' | 'id'> = {
  username: 'userName',
  'emails.value': 'email',
  externalid: 'externalId',
  id: 'id',
};
const MAX_FILTER_LENGTH = 1000;

/**
 * A list's `filter` (RFC 7644 §3.4.2.2), parsed by scim2-parse-filter: what identity systems send
 * to find a person, `userName eq "…"`, `externalId eq "…"` or `id eq "…"`. Anything else is
 * refused as invalidFilter rather than answered wrongly.
 */
export function readUserFilter(filter: unknown): { filter: ScimUserFilter } | { problem: ScimProblem } {
  const invalid = (detail: string) => ({
    problem: { status: 400 as const, scimType: 'invalidFilter' as const, detail },
  });
  if (filter === undefined || filter === '') return { filter: null };
  if (typeof filter !== 'string' || filter.length > MAX_FILTER_LENGTH)
    return invalid('The filter is not valid.');
  let ast: ReturnType<typeof parse>;
  try {
    ast = parse(filter);
  } catch {
    return invalid('The filter is not valid SCIM filter syntax.');
  }
  // Entra ID's `emails[type eq "work"].value eq "…"`: the work address is the e-mail address.
  if (ast.op === 'and' && 'filters' in ast && ast.filters.length === 2) {
    const [values, compare] = ast.filters;
    if (
      values?.op === '[]' &&
      'valFilter' in values &&
      values.attrPath.toLowerCase() === 'emails' &&
      values.valFilter.op === 'eq' &&
      'compValue' in values.valFilter &&
      String(values.valFilter.compValue).toLowerCase() === 'work' &&
      compare?.op === 'eq' &&
      'attrPath' in compare &&
      compare.attrPath.toLowerCase() === 'emails.value' &&
      'compValue' in compare &&
      typeof compare.compValue === 'string'
    ) {
      return { filter: { attribute: 'email', value: compare.compValue } };
    }
  }
  if (ast.op !== 'eq' || !('attrPath' in ast) || !('compValue' in ast)) {
    return invalid('Only filters of the form userName eq "…", externalId eq "…" or id eq "…" are supported.');
  }
  const path = ast.attrPath.toLowerCase().replace(`${SCIM_USER_SCHEMA.toLowerCase()}:`, '');
  const attribute = ATTRIBUTES[path];
  if (!attribute) return invalid(`Filtering on ${ast.attrPath} is not supported.`);
  if (typeof ast.compValue !== 'string') return invalid(`${attribute} is compared with a string.`);
  return { filter: { attribute, value: ast.compValue } };
}
