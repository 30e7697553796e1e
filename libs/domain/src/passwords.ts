import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from './users.js';

/** Why a new password is refused; the API words each one. */
export type PasswordProblem = 'too-short' | 'too-long' | 'common' | 'predictable' | 'personal';

export interface PasswordContext {
  /** Lower-case common and breached passwords (the API loads a list from a package once). */
  readonly commonPasswords: { has(password: string): boolean };
  /** The person the password is for: their name and e-mail address must not be in it. */
  readonly displayName?: string;
  readonly email?: string;
}

// Name particles too ordinary to forbid: "van" or "de" may well be in a good passphrase.
const PARTICLES = new Set(['van', 'von', 'der', 'den', 'het', 'ter', 'ten', 'de', 'la', 'le', 'du']);
const MIN_PART = 3;

/**
 * NIST SP 800-63B: long enough, not a known (breached or common) password, not built from the
 * person's own name or address, not a repetition or a run of characters. No composition rules.
 */
export function passwordProblem(password: string, context: PasswordContext): PasswordProblem | null {
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) return 'too-short';
  if (length > PASSWORD_MAX_LENGTH) return 'too-long';
  const lower = password.toLowerCase();
  // "wachtwoord123!" is "wachtwoord" with decoration at the ends.
  const core = lower.replace(/^[\d\W_]+|[\d\W_]+$/gu, '');
  if (context.commonPasswords.has(lower) || (core !== '' && context.commonPasswords.has(core))) {
    return 'common';
  }
  if (isPredictable(lower)) return 'predictable';
  if (personalParts(context).some((part) => lower.includes(part))) return 'personal';
  return null;
}

/** The parts of a person's name and e-mail address's local part that a password must not contain. */
export function personalParts({
  displayName = '',
  email = '',
}: Omit<PasswordContext, 'commonPasswords'>): string[] {
  const local = email.toLowerCase().split('@')[0] ?? '';
  const words = [...displayName.toLowerCase().split(/[^\p{L}\p{N}]+/u), ...local.split(/[^\p{L}\p{N}]+/u)];
  const parts = words.filter((word) => [...word].length >= MIN_PART && !PARTICLES.has(word));
  if ([...local].length >= MIN_PART) parts.push(local);
  return [...new Set(parts)];
}

/** A repetition ("abcabcabcabc"), a run ("123456789012", "lkjihgfedcba") or only a few distinct characters. */
export function isPredictable(password: string): boolean {
  const chars = [...password];
  if (new Set(chars).size < 5) return true;
  for (let unit = 1; unit <= chars.length / 2; unit++) {
    if (
      chars.length % unit === 0 &&
      password ===
        chars
          .slice(0, unit)
          .join('')
          .repeat(chars.length / unit)
    ) {
      return true;
    }
  }
  return isRun(chars, 1) || isRun(chars, -1);
}

function isRun(chars: string[], step: 1 | -1): boolean {
  return chars.every((char, i) => {
    if (i === 0) return true;
    const previous = chars[i - 1] ?? '';
    if (/\d/.test(char) && /\d/.test(previous)) {
      return (Number(previous) + step + 10) % 10 === Number(char); // 8, 9, 0, 1: keyboards wrap too
    }
    return (previous.codePointAt(0) ?? 0) + step === char.codePointAt(0);
  });
}

/** A one-time link to set a password: the first one comes with a new account, later ones are resets. */
export type PasswordLinkPurpose = 'invite' | 'reset';

/** How long a link holds: a newcomer may not read mail at once; a reset is asked for and used now. */
export const PASSWORD_LINK_HOURS: Readonly<Record<PasswordLinkPurpose, number>> = {
  invite: 7 * 24,
  reset: 24,
};

export function passwordLinkExpiresAt(purpose: PasswordLinkPurpose, issuedAt: Date): Date {
  return new Date(issuedAt.getTime() + PASSWORD_LINK_HOURS[purpose] * 3_600_000);
}

export type PasswordLinkState = 'valid' | 'used' | 'expired' | 'superseded';

/** A link works once, until it expires, and only while it is the person's newest. */
export function passwordLinkState(
  link: { readonly expiresAt: Date; readonly usedAt: Date | null; readonly supersededAt: Date | null },
  now: Date,
): PasswordLinkState {
  if (link.usedAt) return 'used';
  if (link.supersededAt) return 'superseded';
  if (link.expiresAt.getTime() <= now.getTime()) return 'expired';
  return 'valid';
}
