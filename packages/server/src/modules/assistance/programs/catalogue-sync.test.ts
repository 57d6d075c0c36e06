// The catalogue's programs are there after start-up, and a regency's change to one survives the next start.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CATALOGUE_PROGRAMS } from '@smart-kampung/domain';
import { buildTestApp, type TestApp } from '../../../../test/test-app.ts';
import { syncCataloguePrograms } from './catalogue-sync.ts';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(() => t.close());

describe('syncCataloguePrograms', () => {
  it('adds every catalogue program, owned by the regency', async () => {
    const rows = await t.database.db
      .selectFrom('assistance_program')
      .select(['code', 'owner_area_code'])
      .execute();
    expect(rows.map((row) => row.code).sort()).toEqual(
      CATALOGUE_PROGRAMS.map((program) => program.code).sort(),
    );
    expect(new Set(rows.map((row) => row.owner_area_code))).toEqual(new Set(['35.10']));
  });

  it('keeps what the regency changed when it runs again', async () => {
    await t.database.db
      .updateTable('assistance_program')
      .set({ benefit_amount: 250_000 })
      .where('code', '=', 'SEMBAKO')
      .execute();
    await syncCataloguePrograms(t.database.db, '35.10');
    const sembako = await t.database.db
      .selectFrom('assistance_program')
      .select('benefit_amount')
      .where('code', '=', 'SEMBAKO')
      .executeTakeFirstOrThrow();
    expect(Number(sembako.benefit_amount)).toBe(250_000);
  });
});
