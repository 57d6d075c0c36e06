import { describe, expect, it } from 'vitest';
import {
  activeFilterCount,
  apiQuery,
  DEFAULT_FILTERS,
  exportQuery,
  filtersFromSearch,
  filtersIgnoredByExport,
  filtersToSearch,
  isNikSearch,
  type ResidentFilters,
} from './listQuery.ts';

describe('resident list query', () => {
  it('reads the URL and ignores values it does not understand', () => {
    const filters = filtersFromSearch(
      new URLSearchParams('q=Siti&status=died&sex=3&ageMin=17&rw=x1&flagged=true&sort=bogus&offset=-5'),
    );
    expect(filters).toEqual({
      ...DEFAULT_FILTERS,
      q: 'Siti',
      status: 'died',
      ageMin: '17',
      flagged: true,
    });
  });

  it('writes only what differs from the defaults and keeps the region', () => {
    const next = filtersToSearch(
      { ...DEFAULT_FILTERS, q: 'Aminah', offset: 25 },
      new URLSearchParams('region=35.10.01&status=died'),
    );
    expect(next.toString()).toBe('region=35.10.01&q=Aminah&offset=25');
  });

  it('builds the API query with paging, skipping a one-letter search', () => {
    expect(apiQuery({ ...DEFAULT_FILTERS, q: 'S', rt: '3' }, '35.10.01.2001').toString()).toBe(
      'region=35.10.01.2001&status=present&rt=3&limit=25&offset=0',
    );
    expect(apiQuery({ ...DEFAULT_FILTERS, sort: '-birth_date' }, '35.10', false).toString()).toBe(
      'region=35.10&status=present&sort=-birth_date',
    );
  });

  it('gives the export every filter of the list, age and "needs verification" included', () => {
    const filters = {
      ...DEFAULT_FILTERS,
      q: 'Siti',
      ageMin: '17',
      flagged: true,
      rt: '3',
      sort: 'birth_date' as const,
    };
    expect(exportQuery(filters, '35.10.01.2001').toString()).toBe(
      'region=35.10.01.2001&status=present&q=Siti&ageMin=17&rt=3&flagged=true',
    );
    expect(filtersIgnoredByExport(filters)).toBe(false);
    expect(filtersIgnoredByExport({ ...DEFAULT_FILTERS, status: 'voided' })).toBe(true);
  });

  it('passes every filter the list sends to the export link, with every filter set', () => {
    // `satisfies`: a filter field added to ResidentFilters and left out here fails to compile.
    const complete = {
      q: 'Siti',
      status: 'died',
      sex: '2',
      ageMin: '18',
      ageMax: '40',
      dusun: 'Krajan',
      rw: '2',
      rt: '3',
      flagged: true,
      sort: 'birth_date',
      offset: 50,
    } satisfies ResidentFilters;
    const listKeys = [...apiQuery(complete, '35.10.01.2001').keys()];
    const exportKeys = [...exportQuery(complete, '35.10.01.2001').keys()];
    expect(exportKeys.sort()).toEqual(
      listKeys.filter((key) => !['sort', 'limit', 'offset'].includes(key)).sort(),
    );
    expect(exportKeys).toEqual(expect.arrayContaining(['ageMin', 'ageMax', 'flagged']));
  });

  it('counts active filters and recognises NIK searches', () => {
    expect(activeFilterCount({ ...DEFAULT_FILTERS, q: 'x', flagged: true, sex: '2' })).toBe(2);
    expect(isNikSearch(' 3510014506900001 ')).toBe(true);
    expect(isNikSearch('Siti Aminah')).toBe(false);
  });
});
