// The area rule in SQL (inArea) against the access function's own (isWithin), on every region code of
// Indonesia in the real database: for generated areas, the rows SQL keeps are exactly the codes the access
// function calls within, so lists and record checks can never disagree about an area's edge.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../test/test-database.ts';
import { isWithin } from '../../access/access.ts';
import type { Database } from '../../db/database.ts';
import { inArea } from './in-area.ts';

let database: Database;
let codes: { code: string; level: string }[];

beforeAll(async () => {
  database = await createTestDatabase();
  codes = await database.db.selectFrom('region').select(['code', 'level']).execute();
});
afterAll(() => database.close());

async function kept(area: string, holds: 'village' | 'any') {
  let query = database.db
    .selectFrom('region')
    .select('code')
    .where(inArea('code', area, holds));
  if (holds === 'village') query = query.where('level', '=', 'village');
  const rows = await query.execute();
  return rows.map((row) => row.code).sort();
}

describe('inArea', () => {
  it('keeps exactly the regions the access function calls within the area, for generated areas', async () => {
    const areas = fc.constantFrom(...codes.filter((c) => c.level !== 'village').map((c) => c.code));
    await fc.assert(
      fc.asyncProperty(areas, fc.constantFrom('village' as const, 'any' as const), async (area, holds) => {
        const expected = codes
          .filter((c) => (holds === 'village' ? c.level === 'village' : true))
          .filter((c) => isWithin(c.code, area))
          .map((c) => c.code)
          .sort();
        expect(await kept(area, holds)).toEqual(expected);
      }),
      { numRuns: 40 },
    );
  });

  it('treats a village area as the village itself, and never matches a code that only shares a prefix', async () => {
    expect(await kept('35.10.01.2001', 'village')).toEqual(['35.10.01.2001']);
    // "35.10.1" is a prefix of "35.10.10" as text, not as a region.
    const tenth = await kept('35.10.1', 'any');
    expect(tenth).toEqual([]);
    expect((await kept('35.10', 'any')).every((code) => code === '35.10' || code.startsWith('35.10.'))).toBe(
      true,
    );
  });

  it('escapes LIKE wildcards in the area', async () => {
    expect(await kept('35.1_', 'any')).toEqual([]);
    expect(await kept('35.%', 'any')).toEqual([]);
  });
});
