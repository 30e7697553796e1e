import { Injectable } from '@nestjs/common';
import {
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  type PasswordProblem,
  passwordProblem,
} from '@klussenbank/domain';
import { dictionary } from '@zxcvbn-ts/language-common';
import type { FieldError } from '../common/problem/problem.js';

/**
 * zxcvbn-ts's list of common passwords (about 49,000, from breach corpora), shipped in the package:
 * no look-up leaves the server. Loaded once, lower-case, into a Set.
 */
const COMMON_PASSWORDS: ReadonlySet<string> = new Set(
  dictionary['passwords-common'].map((password) => password.toLowerCase()),
);

/** Asks the domain's rule with the list and words its answer as a field error. */
@Injectable()
export class PasswordPolicy {
  problem(
    field: string,
    password: string,
    person: { displayName: string; email: string },
  ): FieldError | null {
    const problem = passwordProblem(password, { commonPasswords: COMMON_PASSWORDS, ...person });
    return problem ? fieldError(field, problem) : null;
  }
}

function fieldError(name: string, problem: PasswordProblem): FieldError {
  switch (problem) {
    case 'too-short':
      return { name, key: 'too-short', params: { min: PASSWORD_MIN_LENGTH } };
    case 'too-long':
      return { name, key: 'too-long', params: { max: PASSWORD_MAX_LENGTH } };
    case 'common':
      return { name, key: 'weak-password.common' };
    case 'predictable':
      return { name, key: 'weak-password.predictable' };
    case 'personal':
      return { name, key: 'weak-password.personal' };
  }
}
