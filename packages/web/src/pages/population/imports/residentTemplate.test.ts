import { describe, expect, it } from 'vitest';
import { OPENSID_HEADERS, REQUIRED_HEADERS, templateCsv } from './residentTemplate.ts';

describe('import template', () => {
  it('has the 43 OpenSID columns, each once, starting with the address', () => {
    expect(OPENSID_HEADERS).toHaveLength(43);
    expect(new Set(OPENSID_HEADERS).size).toBe(43);
    expect(OPENSID_HEADERS.slice(0, 7)).toEqual(['alamat', 'dusun', 'rw', 'rt', 'nama', 'no_kk', 'nik']);
    for (const header of REQUIRED_HEADERS) expect(OPENSID_HEADERS).toContain(header);
  });

  it('is one comma-separated header line with a BOM', () => {
    const csv = templateCsv();
    expect(csv.startsWith('\uFEFFalamat,dusun,')).toBe(true);
    expect(csv.endsWith('lat,lng\r\n')).toBe(true);
  });
});
