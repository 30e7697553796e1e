import { describe, expect, it } from 'vitest';
import {
  activeDossierFilterCount,
  parseDossierQuery,
  toDossierApiQuery,
  toDossierSearchParams,
} from './dossier-query';

describe(parseDossierQuery.name, () => {
  it('reads a search leniently and writes it back canonically', () => {
    const query = parseDossierQuery(
      new URLSearchParams('q= jeugdzorg &status=active,onbekend&status=completed&mine=true&page=x&skill=GIS'),
    );
    expect(query).toEqual({
      q: 'jeugdzorg',
      partnershipId: '',
      statuses: ['active', 'completed'],
      skill: 'GIS',
      mine: true,
      page: 1,
    });
    expect(toDossierSearchParams(query).toString()).toBe(
      'q=jeugdzorg&status=active&status=completed&skill=GIS&mine=true',
    );
  });

  it('leaves the API’s default statuses out of the URL', () => {
    const query = parseDossierQuery(new URLSearchParams('status=active&status=exploring&page=3'));
    expect(query.statuses).toEqual([]);
    // toEqual: the parameters left undefined are not sent.
    expect(toDossierApiQuery(query)).toEqual({ page: 3, pageSize: 20 });
  });
});

describe(activeDossierFilterCount.name, () => {
  it('counts the filters set, not the words or the page', () => {
    const count = (query: string) => activeDossierFilterCount(parseDossierQuery(new URLSearchParams(query)));
    expect(count('q=jeugdzorg&page=2&status=exploring,active')).toBe(0);
    expect(count('partnershipId=p1&status=completed&skill=GIS&mine=true')).toBe(4);
  });
});
