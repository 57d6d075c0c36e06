import { describe, expect, it } from 'vitest';
import {
  DEFAULT_HOUSEHOLD_FILTERS,
  emptyReason,
  householdApiQuery,
  householdExportQuery,
  householdFilterCount,
  householdFiltersFromSearch,
  householdFiltersToSearch,
} from './householdListQuery.ts';

describe('household list query', () => {
  it('reads the URL and ignores values it does not understand', () => {
    expect(
      householdFiltersFromSearch(
        new URLSearchParams('q=0012&dusun=Krajan&rw=02&rt=x&incomplete=housing&status=died&offset=50'),
      ),
    ).toEqual({ q: '0012', dusun: 'Krajan', rw: '02', rt: '', incomplete: 'housing', offset: 50 });
    expect(householdFiltersFromSearch(new URLSearchParams('incomplete=everything&offset=-25'))).toEqual(
      DEFAULT_HOUSEHOLD_FILTERS,
    );
  });

  it('writes only what differs from the defaults and keeps the region', () => {
    const next = householdFiltersToSearch(
      { ...DEFAULT_HOUSEHOLD_FILTERS, incomplete: 'location', rt: '3', offset: 25 },
      new URLSearchParams('region=35.10.01&q=old&incomplete=head'),
    );
    expect(next.toString()).toBe('region=35.10.01&incomplete=location&rt=3&offset=25');
  });

  it('reads back what it wrote', () => {
    const filters = {
      q: 'Siti',
      dusun: 'Krajan',
      rw: '1',
      rt: '12',
      incomplete: 'head' as const,
      offset: 75,
    };
    expect(householdFiltersFromSearch(householdFiltersToSearch(filters, new URLSearchParams()))).toEqual(
      filters,
    );
  });

  it('builds the API query with the region, the trimmed search and paging', () => {
    expect(
      householdApiQuery(
        { ...DEFAULT_HOUSEHOLD_FILTERS, q: ' 7 ', dusun: ' Krajan ', incomplete: 'housing' },
        '35.10.01.2001',
      ).toString(),
    ).toBe('region=35.10.01.2001&q=7&dusun=Krajan&incomplete=housing&limit=25&offset=0');
    expect(householdApiQuery({ ...DEFAULT_HOUSEHOLD_FILTERS, offset: 50 }, '35.10').toString()).toBe(
      'region=35.10&limit=25&offset=50',
    );
  });

  it('exports every page of the list with the same filters, in the chosen format', () => {
    const filters = {
      ...DEFAULT_HOUSEHOLD_FILTERS,
      q: ' Slamet ',
      rw: '2',
      incomplete: 'location' as const,
      offset: 50,
    };
    expect(householdExportQuery(filters, '35.10.01.2001', 'csv').toString()).toBe(
      'region=35.10.01.2001&q=Slamet&rw=2&incomplete=location&format=csv',
    );
    expect(householdExportQuery(DEFAULT_HOUSEHOLD_FILTERS, '35.10.01', 'xlsx').toString()).toBe(
      'region=35.10.01&format=xlsx',
    );
  });

  it('counts the filters but not the search text', () => {
    expect(householdFilterCount({ ...DEFAULT_HOUSEHOLD_FILTERS, q: 'Siti' })).toBe(0);
    expect(householdFilterCount({ ...DEFAULT_HOUSEHOLD_FILTERS, rw: '2', incomplete: 'location' })).toBe(2);
  });

  it('says why a page is empty', () => {
    expect(emptyReason(DEFAULT_HOUSEHOLD_FILTERS)).toBe('none');
    expect(emptyReason({ ...DEFAULT_HOUSEHOLD_FILTERS, q: '  ' })).toBe('none');
    expect(emptyReason({ ...DEFAULT_HOUSEHOLD_FILTERS, incomplete: 'head' })).toBe('head');
    expect(emptyReason({ ...DEFAULT_HOUSEHOLD_FILTERS, incomplete: 'head', rt: '4' })).toBe('noMatch');
    expect(emptyReason({ ...DEFAULT_HOUSEHOLD_FILTERS, q: 'Siti' })).toBe('noMatch');
  });
});
