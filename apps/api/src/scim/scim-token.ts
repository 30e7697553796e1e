import { createHash, randomBytes } from 'node:crypto';

/** A SCIM bearer token: recognisable by its prefix, 256 random bits; only its SHA-256 is stored. */
export const SCIM_TOKEN_PREFIX = 'kbscim_';
/** How much of a token the list shows, so an admin can tell tokens apart (prefix + 6 characters). */
const SHOWN_LENGTH = SCIM_TOKEN_PREFIX.length + 6;

export function newScimToken(): { token: string; prefix: string; hash: Buffer } {
  const token = `${SCIM_TOKEN_PREFIX}${randomBytes(32).toString('base64url')}`;
  return { token, prefix: token.slice(0, SHOWN_LENGTH), hash: hashScimToken(token) };
}

export const hashScimToken = (token: string): Buffer => createHash('sha256').update(token, 'utf8').digest();
