// Population statistics for a village, district or the regency, from the precomputed per-village table.
import {
  AGAMA,
  AGE_BANDS,
  PEKERJAAN,
  PENDIDIKAN_KK,
  STATUS_KAWIN,
  type CodeList,
} from '@smart-kampung/domain';
import { assertRegionAccess } from '../../../access/assert-access.ts';
import type { Actor } from '../../../access/roles.ts';
import type { Db } from '../../../db/database.ts';
import { sumStats, villageFigures } from './queries.ts';

type Row = { dimension: string; key: string; male: number; female: number; total: number };

function labelled(rows: Row[], dimension: string, list: CodeList) {
  return rows
    .filter((r) => r.dimension === dimension)
    .map((r) => {
      const entry = list.find((e) => String(e.code) === r.key);
      return {
        code: Number(r.key),
        labelId: entry?.id ?? r.key,
        labelEn: entry?.en ?? r.key,
        male: r.male,
        female: r.female,
        total: r.total,
      };
    })
    .sort((a, b) => b.total - a.total);
}

export async function populationStats(db: Db, actor: Actor, region: string) {
  assertRegionAccess(actor, region, 'read');
  const rows: Row[] = (await sumStats(db, region)).map((r) => ({
    dimension: r.dimension,
    key: r.key,
    male: Number(r.male),
    female: Number(r.female),
    total: Number(r.total),
  }));
  const total = (key: string) => rows.find((r) => r.dimension === 'totals' && r.key === key);
  const residents = total('residents');
  return {
    region,
    totals: {
      residents: residents?.total ?? 0,
      male: residents?.male ?? 0,
      female: residents?.female ?? 0,
      families: total('families')?.total ?? 0,
      households: total('households')?.total ?? 0,
    },
    pyramid: AGE_BANDS.map((band) => {
      const row = rows.find((r) => r.dimension === 'age_band' && r.key === band);
      return { band, male: row?.male ?? 0, female: row?.female ?? 0 };
    }),
    religion: labelled(rows, 'religion', AGAMA),
    education: labelled(rows, 'education_kk', PENDIDIKAN_KK),
    occupation: labelled(rows, 'occupation', PEKERJAAN),
    maritalStatus: labelled(rows, 'marital_status', STATUS_KAWIN),
  };
}

/** The villages of a region side by side (a village user: their own), for the regency at a glance. */
export async function villageComparison(db: Db, actor: Actor, region: string) {
  assertRegionAccess(actor, region, 'read');
  const rows = await villageFigures(db, region);
  return {
    region,
    villages: rows.map((row) => ({
      code: row.code,
      name: row.name,
      kind: row.kind as 'desa' | 'kelurahan',
      districtCode: row.district_code,
      districtName: row.district_name,
      residents: row.residents,
      families: row.families,
      households: row.households,
      flagged: row.flagged,
      householdsUnpinned: row.households_unpinned,
      householdsHousingIncomplete: row.households_housing_incomplete,
      changedAt: row.changed_at?.toISOString() ?? null,
    })),
  };
}
