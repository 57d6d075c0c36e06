// From enrolment rows to OpenDK's two tables. OpenDK keys a program by (desa_id, id) with a whole-number id
// (OpenSID's), so each village's programs are numbered on their own: a program made from an OpenSID or
// OpenDK file keeps the id it came with, the others take the free numbers from 1 in code order. Sasaran and
// asal dana are OpenSID's numbers and labels; status 1 is an active program.
import type { FundSource, TargetUnit } from '@smart-kampung/domain';
import { TARGET_UNITS } from '@smart-kampung/domain';
import type { SheetCell, SheetColumn } from '../../../../platform/sheets/sheet-writer.ts';
import { OPENDK_PARTICIPANT_HEADERS, OPENDK_PROGRAM_HEADERS } from '../../imports/opendk/layout.ts';
import type { OpendkExportRow } from './queries.ts';

const column = (header: string): SheetColumn => ({ header, width: 16, format: 'text' });
export const PROGRAM_COLUMNS = OPENDK_PROGRAM_HEADERS.map(column);
export const PARTICIPANT_COLUMNS = OPENDK_PARTICIPANT_HEADERS.map(column);

const ASAL_DANA: Record<FundSource, string> = {
  pusat: 'Pusat',
  provinsi: 'Provinsi',
  kabkota: 'Kab/Kota',
  dana_desa: 'Dana Desa',
  lain_lain: 'Lain-lain (Hibah)',
  // OpenSID has no partner fund: a partner's (CSR) grant is its "Lain-lain (Hibah)".
  mitra: 'Lain-lain (Hibah)',
};

const sasaranOf = (unit: string) => TARGET_UNITS.indexOf(unit as TargetUnit) + 1;

/** Each village's programs with their OpenDK id. */
export function numberPrograms(rows: readonly OpendkExportRow[]): Map<string, Map<string, number>> {
  const byVillage = new Map<string, Map<string, OpendkExportRow>>();
  for (const row of rows) {
    const programs = byVillage.get(row.village_code) ?? new Map<string, OpendkExportRow>();
    if (!programs.has(row.program_id)) programs.set(row.program_id, row);
    byVillage.set(row.village_code, programs);
  }
  const numbered = new Map<string, Map<string, number>>();
  for (const [village, programs] of byVillage) {
    const ids = new Map<string, number>();
    const kept = (row: OpendkExportRow) =>
      row.level === 'village' && row.opensid_id !== null && /^[0-9]{1,9}$/.test(row.opensid_id)
        ? Number(row.opensid_id)
        : null;
    for (const row of programs.values()) {
      const id = kept(row);
      if (id !== null && ![...ids.values()].includes(id)) ids.set(row.program_id, id);
    }
    const used = new Set(ids.values());
    let next = 1;
    for (const row of programs.values()) {
      if (ids.has(row.program_id)) continue;
      while (used.has(next)) next += 1;
      ids.set(row.program_id, next);
      used.add(next);
    }
    numbered.set(village, ids);
  }
  return numbered;
}

export function programLines(rows: readonly OpendkExportRow[], ids: Map<string, Map<string, number>>) {
  const lines: SheetCell[][] = [];
  const seen = new Set<string>();
  for (const row of rows) {
    const key = `${row.village_code}|${row.program_id}`;
    if (seen.has(key)) continue;
    seen.add(key);
    lines.push([
      row.village_code,
      ids.get(row.village_code)!.get(row.program_id)!,
      row.program_name,
      sasaranOf(row.target_unit),
      row.description,
      row.period_start,
      row.period_end,
      0,
      row.active ? 1 : 0,
      ASAL_DANA[row.fund_source as FundSource] ?? 'Lain-lain (Hibah)',
    ]);
  }
  return lines;
}

/** The unit's number as OpenSID's peserta: a NIK, a KK number, a household number or a group code. */
function participantOf(row: OpendkExportRow, shown: (civil: string) => string): string | null {
  switch (row.unit_type) {
    case 'resident':
      return row.nik === null ? null : shown(row.nik);
    case 'family':
      return row.kk_number === null ? null : shown(row.kk_number);
    case 'household':
      return row.household_no;
    default:
      return row.group_code;
  }
}

/** OpenSID's card address: "RT 003 RW 001 Dusun Krajan". */
const addressOf = (row: OpendkExportRow) =>
  [`RT ${row.rt ?? '-'}`, `RW ${row.rw ?? '-'}`, row.dusun ? `Dusun ${row.dusun}` : null]
    .filter(Boolean)
    .join(' ');

export function participantLine(
  row: OpendkExportRow,
  index: number,
  ids: Map<string, Map<string, number>>,
  shown: (civil: string) => string,
): SheetCell[] {
  return [
    row.village_code,
    index + 1,
    participantOf(row, shown),
    ids.get(row.village_code)!.get(row.program_id)!,
    row.card_number,
    row.nik === null ? null : shown(row.nik),
    row.full_name,
    row.birth_place,
    row.birth_date,
    addressOf(row),
    null,
    null,
    sasaranOf(row.unit_type),
  ];
}
