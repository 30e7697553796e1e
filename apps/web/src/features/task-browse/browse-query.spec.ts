import { describe, expect, it } from 'vitest';
import {
  activeFilterCount,
  parseBrowseQuery,
  toApiQuery,
  toSearchParams,
  validateFilters,
} from './browse-query';

const parse = (query: string) => parseBrowseQuery(new URLSearchParams(query));

describe(parseBrowseQuery.name, () => {
  it('reads every filter under the API’s own names', () => {
    const query = parse(
      'q=bestemmingsplannen&skill=GIS&organisationId=o1&partnershipId=p1&status=open,in-progress' +
        '&minHours=2,5&maxHours=40&from=2026-12-01&to=2027-01-31&location=hybrid' +
        '&learningSuitable=true&hasPlaces=true&sort=endDate&page=3',
    );
    expect(query).toEqual({
      q: 'bestemmingsplannen',
      skill: 'GIS',
      organisationId: 'o1',
      partnershipId: 'p1',
      statuses: ['open', 'in-progress'],
      minHours: '2.5',
      maxHours: '40',
      from: '2026-12-01',
      to: '2027-01-31',
      location: 'hybrid',
      learningSuitable: true,
      hasPlaces: true,
      sort: 'endDate',
      page: 3,
    });
  });

  it('falls back to the defaults for what it does not understand', () => {
    const query = parse(
      'status=nonsense&minHours=veel&maxHours=9999&from=1-12-2026&location=mars&page=-2&sort=x',
    );
    expect(query).toMatchObject({
      statuses: [],
      minHours: '',
      maxHours: '',
      from: '',
      location: '',
      sort: '',
      page: 1,
    });
  });

  it('takes statuses from repeated parameters (a submitted form) too', () => {
    expect(parse('status=open&status=full&status=completed').statuses).toEqual(['open', 'full', 'completed']);
  });

  it('drops sorting by relevance when there are no words to be relevant to', () => {
    expect(parse('sort=relevance').sort).toBe('');
    expect(parse('q=gis&sort=relevance').sort).toBe('relevance');
  });
});

describe(toSearchParams.name, () => {
  it('leaves defaults out, so an equal search has an equal URL', () => {
    const query = parse('status=full,open&sort=newest&page=1&learningSuitable=false&q=');
    expect(toSearchParams(query).toString()).toBe('');
  });

  it('round-trips what it writes', () => {
    const written = toSearchParams(
      parse('q=cafe&status=completed&maxHours=8&hasPlaces=true&page=2'),
    ).toString();
    expect(written).toBe('q=cafe&status=completed&maxHours=8&hasPlaces=true&page=2');
    expect(toSearchParams(parse(written)).toString()).toBe(written);
  });

  it('keeps a sort that differs from the default for the words', () => {
    expect(toSearchParams(parse('q=gis&sort=newest')).get('sort')).toBe('newest');
    expect(toSearchParams(parse('sort=endDate')).get('sort')).toBe('endDate');
  });
});

describe(toApiQuery.name, () => {
  it('asks the API for one page of twenty, with only the filters given', () => {
    // toEqual: the parameters left undefined are not sent.
    expect(toApiQuery(parse('q=gis&page=2&minHours=2,5&status=open,completed&hasPlaces=false'))).toEqual({
      q: 'gis',
      page: 2,
      pageSize: 20,
      minHours: 2.5,
      status: ['open', 'completed'],
    });
  });
});

describe(validateFilters.name, () => {
  it('refuses an hour range upside down, hours that are no number and a period backwards', () => {
    expect(
      validateFilters(new URLSearchParams('minHours=10&maxHours=4&from=2027-01-10&to=2027-01-01')),
    ).toEqual({ maxHours: 'maxBelowMin', to: 'toBeforeFrom' });
    expect(validateFilters(new URLSearchParams('minHours=veel&maxHours=500'))).toEqual({
      minHours: 'hoursInvalid',
      maxHours: 'hoursTooMany',
    });
    expect(validateFilters(new URLSearchParams('minHours=2,5&maxHours=2,5'))).toEqual({});
  });
});

describe(activeFilterCount.name, () => {
  it('counts the filters set, not the words, the order or the page; a range counts once', () => {
    expect(activeFilterCount(parse('q=archief&sort=endDate&page=2'))).toBe(0);
    expect(activeFilterCount(parse('status=open,full'))).toBe(0);
    expect(activeFilterCount(parse('minHours=2&maxHours=8&from=2026-12-01&to=2027-01-31'))).toBe(2);
    expect(
      activeFilterCount(
        parse(
          'skill=GIS&organisationId=o1&partnershipId=p1&status=completed&maxHours=8&to=2027-01-31' +
            '&location=remote&learningSuitable=true&hasPlaces=true',
        ),
      ),
    ).toBe(9);
  });
});
