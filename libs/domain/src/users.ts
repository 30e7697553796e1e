export interface LineManagerCandidate {
  readonly id: string;
  readonly organisationId: string;
}

export type LineManagerProblem = 'self' | 'other-organisation';

/** A line manager is someone else in the employee's own organisation. */
export function lineManagerProblem(
  employee: { readonly id?: string; readonly organisationId: string },
  lineManager: LineManagerCandidate,
): LineManagerProblem | null {
  if (employee.id !== undefined && employee.id === lineManager.id) return 'self';
  if (employee.organisationId !== lineManager.organisationId) return 'other-organisation';
  return null;
}

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 256;

/** Length is what protects a password (NIST SP 800-63B); no composition rules. */
export function isAcceptablePassword(password: string): boolean {
  const length = [...password].length;
  return length >= PASSWORD_MIN_LENGTH && length <= PASSWORD_MAX_LENGTH;
}

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}
