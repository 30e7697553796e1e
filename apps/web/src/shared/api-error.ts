import { getI18n } from 'react-i18next';
import { ApiError, type InvalidParam } from '../api/client';

/**
 * The client's own words for a problem `code` (apiErrors.problem.*) or a field error `code`
 * (apiErrors.field.*), in the language the person chose. Codes the client has no words for, or
 * whose sentence depends on details only the API knows, keep the API's text, which already follows
 * the Accept-Language the client sends.
 */
function translated(
  section: 'problem' | 'field',
  code: string | undefined,
  fallback: string | undefined,
  options: Record<string, unknown> = {},
): string | undefined {
  const i18n = getI18n();
  const key = `apiErrors.${section}.${code}`;
  if (!code || !i18n || !i18n.exists(key, options)) return fallback;
  return (i18n.t as (key: string, options: Record<string, unknown>) => string)(key, options);
}

/** The explanation of a refusal: the client's translation of its code, else the API's own detail. */
export function apiErrorDetail(error: unknown): string | undefined {
  if (!(error instanceof ApiError)) return undefined;
  const problem = error.problem;
  const count = problem?.invalidParams?.length;
  // Without field errors there is nothing to count: the plural keys do not match and the API's text stays.
  return translated('problem', problem?.code, problem?.detail ?? undefined, count ? { count } : {});
}

export function apiErrorCode(error: unknown): string | undefined {
  return error instanceof ApiError ? error.code : undefined;
}

/** The field errors of a refusal, each reason in the client's words where it has them. */
export function invalidParamsOf(error: unknown): readonly InvalidParam[] {
  if (!(error instanceof ApiError)) return [];
  return (error.problem?.invalidParams ?? []).map((param) => ({
    ...param,
    reason: translated('field', param.code, param.reason) ?? param.reason,
  }));
}

export const isNotFound = (error: unknown) => error instanceof ApiError && error.status === 404;
