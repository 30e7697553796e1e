import { invalidParamsOf } from '../../shared/api-error';

/** The API's field errors by field name (the first for each), in the client's words where it has them. */
export function fieldErrorsOf(error: unknown): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const { name, reason } of invalidParamsOf(error)) {
    errors[name] ??= reason;
  }
  return errors;
}
