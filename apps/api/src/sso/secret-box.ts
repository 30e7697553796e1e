import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

const VERSION = 1;
const IV_BYTES = 12;
const TAG_BYTES = 16;

/**
 * A client secret encrypted with AES-256-GCM under the key from OIDC_SECRET_KEY. The provider's id
 * is the additional authenticated data, so a ciphertext copied to another provider's row does not
 * decrypt. Stored as version byte ‖ IV ‖ tag ‖ ciphertext.
 */
export function sealSecret(key: Buffer, providerId: string, secret: string): Buffer {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_BYTES });
  cipher.setAAD(Buffer.from(providerId));
  const ciphertext = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
  return Buffer.concat([Buffer.from([VERSION]), iv, cipher.getAuthTag(), ciphertext]);
}

/** The secret, or an error when the key, the provider or the bytes are not the ones it was sealed with. */
export function openSecret(key: Buffer, providerId: string, sealed: Buffer): string {
  if (sealed[0] !== VERSION) throw new Error('Unknown client secret format');
  const iv = sealed.subarray(1, 1 + IV_BYTES);
  const tag = sealed.subarray(1 + IV_BYTES, 1 + IV_BYTES + TAG_BYTES);
  const decipher = createDecipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_BYTES });
  decipher.setAAD(Buffer.from(providerId));
  decipher.setAuthTag(tag);
  return Buffer.concat([
    decipher.update(sealed.subarray(1 + IV_BYTES + TAG_BYTES)),
    decipher.final(),
  ]).toString('utf8');
}
