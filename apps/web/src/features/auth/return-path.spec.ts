import { describe, expect, it } from 'vitest';
import { loginUrl, returnPath } from './return-path';

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

  it('takes the way back from the address when the navigation has none (a reload)', () => {
    const url = loginUrl('/klussen/nieuw?van=dossier');
    expect(url).toBe('/inloggen?terug=%2Fklussen%2Fnieuw%3Fvan%3Ddossier');
    expect(returnPath(null, url.slice(url.indexOf('?')))).toBe('/klussen/nieuw?van=dossier');
    expect(returnPath(null, '?terug=https%3A%2F%2Fevil.test')).toBe('/');
    expect(returnPath(null, '?terug=%2F%2Fevil.test')).toBe('/');
  });
});
