// Loads every province, regency, district and village of Indonesia from npm idn-area-data (Kemendagri
// codes) into the region table. Runs at start-up only when the loaded package version differs.
import { createRequire } from 'node:module';
import { getDistricts, getProvinces, getRegencies, getVillages } from 'idn-area-data';
import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';

const PACKAGE = 'idn-area-data';

function packageVersion(): string {
  const require = createRequire(import.meta.url);
  return (require(`${PACKAGE}/package.json`) as { version: string }).version;
}

interface RegionRow {
  code: string;
  name: string;
  level: 'province' | 'regency' | 'district' | 'village';
  kind: 'desa' | 'kelurahan' | null;
  parent_code: string | null;
}

/** Kelurahan codes start with 1 in the last segment; 2 (and the few 3) are desa-level villages. */
export function villageKind(code: string): 'desa' | 'kelurahan' {
  return code.split('.')[3]?.startsWith('1') ? 'kelurahan' : 'desa';
}

async function upsertRegions(db: Db, rows: RegionRow[], chunk = 10_000) {
  for (let start = 0; start < rows.length; start += chunk) {
    const part = rows.slice(start, start + chunk);
    // unnest of arrays: one statement per chunk on both PGlite and PostgreSQL, far faster than row inserts.
    await sql`
      INSERT INTO region (code, name, level, kind, parent_code)
      SELECT * FROM unnest(${part.map((r) => r.code)}::text[], ${part.map((r) => r.name)}::text[],
        ${part.map((r) => r.level)}::text[], ${part.map((r) => r.kind)}::text[], ${part.map((r) => r.parent_code)}::text[])
      ON CONFLICT (code) DO UPDATE SET name = excluded.name, kind = excluded.kind, parent_code = excluded.parent_code
    `.execute(db);
  }
}

export async function loadRegions(
  db: Db,
  options: { force?: boolean } = {},
): Promise<{ loaded: boolean; count: number }> {
  const version = packageVersion();
  const current = await db
    .selectFrom('region_source')
    .select('version')
    .where('id', '=', 1)
    .executeTakeFirst();
  if (!options.force && current?.version === version) return { loaded: false, count: 0 };

  const [provinces, regencies, districts, villages] = await Promise.all([
    getProvinces(),
    getRegencies({ transform: true }),
    getDistricts({ transform: true }),
    getVillages({ transform: true }),
  ]);
  const region = (
    level: RegionRow['level'],
    code: string,
    name: string,
    parent: string | null,
  ): RegionRow => ({
    code,
    name,
    level,
    kind: level === 'village' ? villageKind(code) : null,
    parent_code: parent,
  });
  const rows: RegionRow[] = [
    ...provinces.map((p) => region('province', p.code, p.name, null)),
    ...regencies.map((r) => region('regency', r.code, r.name, r.provinceCode)),
    ...districts.map((d) => region('district', d.code, d.name, d.regencyCode)),
    ...villages.map((v) => region('village', v.code, v.name, v.districtCode)),
  ];
  await db.transaction().execute(async (trx) => {
    await upsertRegions(trx, rows);
    await trx
      .insertInto('region_source')
      .values({ id: 1, package: PACKAGE, version })
      .onConflict((oc) => oc.column('id').doUpdateSet({ version, loaded_at: sql`now()` }))
      .execute();
  });
  return { loaded: true, count: rows.length };
}
