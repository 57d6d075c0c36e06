// The columns of the household export, with Indonesian headers: where the household is, its number, its head
// (NIK masked), families and members, the map pin, and every housing fact of HOUSING_COLUMNS: a coded fact
// as its code and its Indonesian label from the code list, a fact without a list (floor area) as its number.
import type { IdentifierMasks } from '../../../../platform/identifiers/identifier-masks.ts';
import { allCodeLists } from '../../registry/code-lists.ts';
import type { SheetColumn } from '../../../../platform/sheets/sheet-writer.ts';
import type { HouseholdExportRow } from './queries.ts';
import { HOUSING_COLUMNS, type HousingColumn } from '@smart-kampung/domain';

export type Cell = string | number | null;

/** A column of the sheet and how a row fills it ('text' keeps codes and zero-padded numbers as written). */
export interface ExportColumn extends SheetColumn {
  value: (row: HouseholdExportRow) => Cell;
}

export const SHEET_NAME = 'Rumah Tangga';

/**
 * Indonesian names of the housing facts (Regsosek 2022 section III, shortened). A fact added to
 * HOUSING_COLUMNS without a name here is still exported, under its column name; export.test.ts notices.
 */
const HOUSING_HEADERS: Readonly<Record<string, string>> = {
  floor_area_m2: 'Luas lantai (m²)',
  floor_material: 'Jenis lantai terluas',
  wall_material: 'Jenis dinding terluas',
  roof_material: 'Jenis atap terluas',
  drinking_water_source: 'Sumber air minum',
  water_waste_distance: 'Jarak sumber air minum ke penampungan tinja',
  lighting_source: 'Sumber penerangan',
  electricity_power: 'Daya listrik (meteran 1)',
  electricity_power_2: 'Daya listrik (meteran 2)',
  electricity_power_3: 'Daya listrik (meteran 3)',
  cooking_fuel: 'Bahan bakar memasak',
  toilet_facility: 'Fasilitas buang air besar',
  toilet_type: 'Jenis kloset',
  faeces_disposal: 'Pembuangan akhir tinja',
  house_ownership: 'Status kepemilikan bangunan',
  land_title: 'Bukti kepemilikan tanah',
};

export const housingHeader = (column: string) => HOUSING_HEADERS[column] ?? column;

function housingColumns(): ExportColumn[] {
  const lists = allCodeLists();
  return HOUSING_COLUMNS.flatMap((column: HousingColumn): ExportColumn[] => {
    const header = housingHeader(column);
    const code = (row: HouseholdExportRow) => row[column] ?? null;
    const list = lists[column];
    if (!list) return [{ header, width: 12, value: code }];
    const labels = new Map(list.map((entry) => [entry.code, entry.id]));
    return [
      { header: `${header} (kode)`, width: 10, value: code },
      { header, width: 28, value: (row) => labels.get(row[column] ?? Number.NaN) ?? null },
    ];
  });
}

/** Every column of the file, in order. */
export function householdExportColumns(masks: IdentifierMasks): ExportColumn[] {
  return [
    { header: 'Kode desa', format: 'text', width: 16, value: (row) => row.village_code },
    { header: 'Nama desa', width: 20, value: (row) => row.village_name },
    { header: 'Dusun', width: 16, value: (row) => row.dusun },
    { header: 'RW', format: 'text', width: 6, value: (row) => row.rw },
    { header: 'RT', format: 'text', width: 6, value: (row) => row.rt },
    { header: 'Alamat', width: 30, value: (row) => row.address },
    { header: 'Nomor rumah tangga', format: 'text', width: 14, value: (row) => row.household_no },
    { header: 'Nama kepala rumah tangga', width: 26, value: (row) => row.head_name },
    {
      header: 'NIK kepala rumah tangga',
      format: 'text',
      width: 20,
      value: (row) => (row.head_nik === null ? null : masks.civil(row.head_nik)),
    },
    { header: 'Jumlah keluarga', width: 10, value: (row) => row.family_count },
    { header: 'Jumlah anggota', width: 10, value: (row) => row.member_count },
    { header: 'Lintang', width: 12, value: (row) => row.latitude },
    { header: 'Bujur', width: 12, value: (row) => row.longitude },
    ...housingColumns(),
  ];
}
