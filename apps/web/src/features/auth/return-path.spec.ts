import { describe, expect, it } from 'vitest';
import { returnPath } from './return-path';

describe(returnPath.name, () => {
  it('returns to a page of the app, with its query and hash', () => {
    expect(returnPath({ from: '/mijn-gegevens?tab=2#rollen' })).toBe('/mijn-gegevens?tab=2#rollen');
  });

  it('goes to the start page when there is nothing safe to return to', () => {
    for (const state of [
      undefined,
      null,
      'x',
      {},
      { from: 42 },
      { from: 'https://evil.test/' },
      { from: '//evil.test' },
    ]) {
      expect(returnPath(state), JSON.stringify(state)).toBe('/');
    }
    expect(returnPath({ from: '/inloggen' })).toBe('/');
  });
});
