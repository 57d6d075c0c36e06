import { describe, expect, it } from 'vitest';
import { OPENDK_HEADERS, OPENDK_REQUIRED_HEADERS, opendkTemplateCsv } from './opendkTemplate.ts';

describe('OpenDK column headers', () => {
  it("has OpenSID's 42 OpenDK columns, each once, ending with OpenDK's own and desa_id", () => {
    expect(OPENDK_HEADERS).toHaveLength(42);
    expect(new Set(OPENDK_HEADERS).size).toBe(42);
    expect(OPENDK_HEADERS.slice(-6)).toEqual([
      'id',
      'foto',
      'status_dasar',
      'created_at',
      'updated_at',
      'desa_id',
    ]);
    for (const header of OPENDK_REQUIRED_HEADERS) expect(OPENDK_HEADERS).toContain(header);
  });

  it('is one comma-separated header line with a BOM', () => {
    expect(opendkTemplateCsv()).toMatch(/^\uFEFFalamat,dusun,.*,desa_id\r\n$/);
  });
});
