import { randomBytes, randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { openSecret, sealSecret } from './secret-box.js';

describe('secret box', () => {
  const key = randomBytes(32);
  const provider = randomUUID();

  it('opens what it sealed, with a fresh IV each time', () => {
    const a = sealSecret(key, provider, 'geheim');
    const b = sealSecret(key, provider, 'geheim');
    expect(a.equals(b)).toBe(false);
    expect(a.includes(Buffer.from('geheim'))).toBe(false);
    expect(openSecret(key, provider, a)).toBe('geheim');
  });

  it('refuses another key, another provider and changed bytes', () => {
    const sealed = sealSecret(key, provider, 'geheim');
    expect(() => openSecret(randomBytes(32), provider, sealed)).toThrow();
    expect(() => openSecret(key, randomUUID(), sealed)).toThrow();
    const tampered = Buffer.from(sealed);
    tampered[tampered.length - 1] = (tampered[tampered.length - 1] ?? 0) ^ 1;
    expect(() => openSecret(key, provider, tampered)).toThrow();
  });
});
