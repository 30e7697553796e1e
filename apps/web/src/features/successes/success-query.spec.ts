import { describe, expect, it } from 'vitest';
import { parseSuccessQuery, toSuccessApiQuery, toSuccessSearchParams } from './success-query';

const ID = '0b6f8f6e-4a4b-4c1e-9f3e-2a9d8f1c2b3a';

describe('success query', () => {
  it('reads and writes the filters in Dutch in the address, and drops what is not an id', () => {
    const query = parseSuccessQuery(
      new URLSearchParams(`organisatie=${ID}&samenwerkingsverband=nee&vaardigheid=${ID}&pagina=3`),
    );
    expect(query).toEqual({ organisationId: ID, partnershipId: '', dossierId: '', skillId: ID, page: 3 });
    expect(toSuccessSearchParams(query).toString()).toBe(`organisatie=${ID}&vaardigheid=${ID}&pagina=3`);
    expect(toSuccessApiQuery(query)).toEqual({ page: 3, pageSize: 10, organisationId: ID, skillId: ID });
  });

  it('starts on page 1 without filters', () => {
    const query = parseSuccessQuery(new URLSearchParams('pagina=-1'));
    expect(toSuccessSearchParams(query).size).toBe(0);
  });
});
