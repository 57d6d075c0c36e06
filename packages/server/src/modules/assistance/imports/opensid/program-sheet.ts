// The "Program" sheet of OpenSID's program file, read as OpenSID reads it: by position (line 1 the id, 2 the
// name, 3 the sasaran, 4 the description, 5 the fund source, 6 and 7 the period), values in column B.
// Sasaran and asal dana come as OpenSID's numbers or their labels.
import { TARGET_UNITS, type FundSource, type TargetUnit } from '@smart-kampung/domain';
import { isBlank, readDate, readText, type PlainCell } from '../../../../platform/sheets/cell-values.ts';
import type { KeyValueLine } from '../../../../platform/sheets/key-value-sheet.ts';
import type { Bilingual } from '../../../../platform/sheets/read-sheet.ts';

export interface ProgramSheet {
  opensidId: string | null;
  name: string;
  targetUnit: TargetUnit;
  description: string | null;
  fundSource: FundSource;
  periodStart: string | null;
  periodEnd: string | null;
}

const TARGET_WORDS: Record<string, TargetUnit> = {
  penduduk: 'resident',
  keluarga: 'family',
  kk: 'family',
  'rumah tangga': 'household',
  rtm: 'household',
  kelompok: 'group',
};

/** OpenSID's asal dana, 1–5, and the labels its sheet and forms show. */
const FUND_WORDS: Record<string, FundSource> = {
  '1': 'pusat',
  pusat: 'pusat',
  '2': 'provinsi',
  provinsi: 'provinsi',
  '3': 'kabkota',
  'kab/kota': 'kabkota',
  kabupaten: 'kabkota',
  '4': 'dana_desa',
  'dana desa': 'dana_desa',
  '5': 'lain_lain',
  'lain-lain': 'lain_lain',
  'lain-lain (hibah)': 'lain_lain',
  'lain-lain(hibah)': 'lain_lain',
  hibah: 'lain_lain',
};

const wordOf = (cell: PlainCell) =>
  typeof cell === 'string' || typeof cell === 'number' ? String(cell).trim().toLowerCase() : '';

/** OpenSID's sasaran as its number 1–4 or its label; null when it is neither. */
export function targetUnitOf(cell: PlainCell): TargetUnit | null {
  const word = wordOf(cell);
  return (/^[1-4]$/.test(word) ? TARGET_UNITS[Number(word) - 1] : TARGET_WORDS[word]) ?? null;
}

/** OpenSID's asal dana as its number 1–5 or its label (blank: lain-lain); null when it is neither. */
export function fundSourceOf(cell: PlainCell): FundSource | null {
  return isBlank(cell) ? 'lain_lain' : (FUND_WORDS[wordOf(cell)] ?? null);
}

export function readProgramSheet(
  lines: readonly KeyValueLine[],
): { sheet: ProgramSheet } | { problems: Bilingual[] } {
  const problems: Bilingual[] = [];
  const at = (lineNo: number) => lines.find((line) => line.lineNo === lineNo)?.value ?? null;
  const label = (lineNo: number) => lines.find((line) => line.lineNo === lineNo)?.key ?? `baris ${lineNo}`;
  const text = (lineNo: number, max: number) => {
    const read = readText(at(lineNo), label(lineNo), max);
    if (read.ok) return read.value;
    problems.push({
      id: `${label(lineNo)}: ${read.issue.message.id}`,
      en: `${label(lineNo)}: ${read.issue.message.en}`,
    });
    return null;
  };
  const date = (lineNo: number) => {
    const read = readDate(at(lineNo), label(lineNo), { min: '1990-01-01', max: '2099-12-31' });
    if (read.ok) return read.value;
    problems.push({
      id: `${label(lineNo)}: ${read.issue.message.id}`,
      en: `${label(lineNo)}: ${read.issue.message.en}`,
    });
    return null;
  };
  const opensidId = text(1, 20);
  const name = text(2, 200);
  if (name === null && !problems.length)
    problems.push({ id: 'Nama Program (baris 2) wajib diisi.', en: 'Nama Program (line 2) is required.' });
  const targetUnit = targetUnitOf(at(3));
  if (!targetUnit)
    problems.push({
      id: 'Sasaran Program (baris 3) harus 1 = Penduduk, 2 = Keluarga, 3 = Rumah Tangga atau 4 = Kelompok.',
      en: 'Sasaran Program (line 3) must be 1 = resident, 2 = family, 3 = household or 4 = group.',
    });
  const description = text(4, 2000);
  const fundSource = fundSourceOf(at(5));
  if (!fundSource)
    problems.push({
      id: 'Asal Dana (baris 5) harus Pusat, Provinsi, Kab/Kota, Dana Desa atau Lain-lain (Hibah), atau angkanya 1–5.',
      en: 'Asal Dana (line 5) must be Pusat, Provinsi, Kab/Kota, Dana Desa or Lain-lain (Hibah), or its number 1–5.',
    });
  const periodStart = date(6);
  const periodEnd = date(7);
  if (periodStart && periodEnd && periodEnd < periodStart)
    problems.push({
      id: 'Rentang Waktu (Akhir) lebih awal dari Rentang Waktu (Awal).',
      en: 'The end of the period is before its start.',
    });
  if (problems.length > 0 || name === null || !targetUnit || !fundSource) return { problems };
  return { sheet: { opensidId, name, targetUnit, description, fundSource, periodStart, periodEnd } };
}

/** A program code made from the name and the village, so two villages' programs of one name never clash. */
export function villageProgramCode(name: string, villageCode: string): string {
  const slug = name
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 18)
    .replace(/-+$/, '');
  return `${slug || 'PROGRAM'}-${villageCode.replaceAll('.', '')}`;
}
