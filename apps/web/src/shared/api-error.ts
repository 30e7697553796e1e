import { ApiError, type InvalidParam } from '../api/client';

/** The API's own explanation of a refusal, when it gave one. */
export function apiErrorDetail(error: unknown): string | undefined {
  return error instanceof ApiError ? (error.problem?.detail ?? undefined) : undefined;
}

export function apiErrorCode(error: unknown): string | undefined {
  return error instanceof ApiError ? error.code : undefined;
}

export function invalidParamsOf(error: unknown): readonly InvalidParam[] {
  return error instanceof ApiError ? (error.problem?.invalidParams ?? []) : [];
}

export const isNotFound = (error: unknown) => error instanceof ApiError && error.status === 404;
