import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exceedsJsonDepth } from './json-body.js';

/** The nesting of objects and arrays in a parsed value, counted the way the scanner counts. */
function depth(value: unknown): number {
  if (Array.isArray(value)) return 1 + Math.max(0, ...value.map(depth));
  if (typeof value === 'object' && value !== null) return 1 + Math.max(0, ...Object.values(value).map(depth));
  return 0;
}

describe(exceedsJsonDepth.name, () => {
  it('agrees with the depth of the parsed value, brackets and quotes inside strings included', () => {
    const text = fc.string({ unit: fc.constantFrom('[', ']', '{', '}', '"', '\\', 'a', 'é', '\u0000') });
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 8 }), fc.integer({ min: 0, max: 8 }), text, (value, limit, s) => {
        const json = JSON.stringify([value, s, { [s]: s }]);
        expect(exceedsJsonDepth(Buffer.from(json), limit)).toBe(depth(JSON.parse(json)) > limit);
      }),
    );
  });

  it('stops at the limit: 3,000 levels are refused at 32', () => {
    expect(exceedsJsonDepth(Buffer.from('['.repeat(3000) + ']'.repeat(3000)), 32)).toBe(true);
    expect(exceedsJsonDepth(Buffer.from('['.repeat(32) + ']'.repeat(32)), 32)).toBe(false);
    expect(exceedsJsonDepth(Buffer.from(JSON.stringify({ a: '['.repeat(3000) })), 32)).toBe(false);
  });
});
