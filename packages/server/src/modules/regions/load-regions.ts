// Loads every province, regency, district and village of Indonesia from npm idn-area-data (Kemendagri
// codes) into the region table. Runs at start-up only when the loaded package version differs.
import { createRequire } from 'node:module';
import { getDistricts, getProvinces, getRegencies, getVillages } from 'idn-area-data';
import type { Db } from '../../db/database.ts';
import { loadedRegionSource, recordRegionSource, upsertRegions } from './queries.ts';

const PACKAGE = 'idn-area-data';

function packageVersion(): string {
  const require = createRequire(import.meta.url);
  return (require(`${PACKAGE}/package.json`) as { version: string }).version;
}

export interface RegionRow {
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

export async function loadRegions(
  db: Db,
  options: { force?: boolean } = {},
): Promise<{ loaded: boolean; count: number }> {
  const version = packageVersion();
  const current = await loadedRegionSource(db);
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
    await recordRegionSource(trx, PACKAGE, version);
  });
  return { loaded: true, count: rows.length };
}
