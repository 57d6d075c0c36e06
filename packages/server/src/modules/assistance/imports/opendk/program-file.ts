// The programs of an OpenDK exchange, keyed by OpenDK's program id (OpenSID's, per installation): each row
// of the village read like OpenSID's program sheet and resolved the same way (opensid/program-match.ts: a
// program this village made from an earlier file by that id, else a recorded one by name or code, else a new
// village program made by the commit). Without the programs file, an id finds only a program made earlier.
import type { Db } from '../../../../db/database.ts';
import type { PlainCell } from '../../../../platform/sheets/cell-values.ts';
import { readDate, readText } from '../../../../platform/sheets/cell-values.ts';
import type { Bilingual, RawRow } from '../../../../platform/sheets/read-sheet.ts';
import { readVillageCode } from '../../../population/resident-import/formats/opendk/village-code.ts';
import { programRef } from '../enrolments/programs.ts';
import { villageProgramByOpensidId } from '../enrolments/queries.ts';
import { programOfFile, type ProgramOfFile } from '../opensid/program-match.ts';
import { fundSourceOf, targetUnitOf, type ProgramSheet } from '../opensid/program-sheet.ts';
import type { OpendkProgramHeader } from './layout.ts';

export type ProgramsById = ReadonlyMap<string, ProgramOfFile>;

/** OpenDK's ids and OpenSID's are whole numbers; read as text, as written. */
export function opendkId(cell: PlainCell | undefined): string | null {
  if (typeof cell === 'number') return Number.isInteger(cell) ? String(cell) : null;
  if (typeof cell !== 'string') return null;
  const text = cell.trim();
  return /^[0-9]{1,12}$/.test(text) ? text : null;
}

/** OpenSID writes dates as 2015-12-13, sometimes with the time (2015-12-13 00:00:00). */
function dateOf(cell: PlainCell | undefined, field: string, problems: Bilingual[]) {
  const value = typeof cell === 'string' ? cell.trim().replace(/^(\d{4}-\d{2}-\d{2})[ T].*$/, '$1') : cell;
  const read = readDate(value ?? null, field, { min: '1990-01-01', max: '2099-12-31' });
  if (read.ok) return read.value;
  problems.push({ id: `${field}: ${read.issue.message.id}`, en: `${field}: ${read.issue.message.en}` });
  return null;
}

function textOf(cell: PlainCell | undefined, field: string, max: number, problems: Bilingual[]) {
  const read = readText(cell ?? null, field, max);
  if (read.ok) return read.value;
  problems.push({ id: `${field}: ${read.issue.message.id}`, en: `${field}: ${read.issue.message.en}` });
  return null;
}

function programSheetOf(
  row: RawRow<OpendkProgramHeader>,
  id: string,
): ProgramSheet | { problems: Bilingual[] } {
  const problems: Bilingual[] = [];
  const { cells } = row;
  const name = textOf(cells.nama, 'nama', 200, problems);
  if (name === null && problems.length === 0)
    problems.push({ id: 'nama program wajib diisi.', en: 'the program name is required.' });
  const targetUnit = targetUnitOf(cells.sasaran ?? null);
  if (!targetUnit)
    problems.push({
      id: 'sasaran harus 1 = Penduduk, 2 = Keluarga, 3 = Rumah Tangga atau 4 = Kelompok.',
      en: 'sasaran must be 1 = resident, 2 = family, 3 = household or 4 = group.',
    });
  const fundSource = fundSourceOf(cells.asaldana ?? null);
  if (!fundSource)
    problems.push({
      id: 'asaldana harus Pusat, Provinsi, Kab/Kota, Dana Desa atau Lain-lain (Hibah).',
      en: 'asaldana must be Pusat, Provinsi, Kab/Kota, Dana Desa or Lain-lain (Hibah).',
    });
  const description = textOf(cells.ndesc, 'ndesc', 2000, problems);
  const periodStart = dateOf(cells.sdate, 'sdate', problems);
  const periodEnd = dateOf(cells.edate, 'edate', problems);
  if (periodStart && periodEnd && periodEnd < periodStart)
    problems.push({ id: 'edate lebih awal dari sdate.', en: 'edate is before sdate.' });
  if (problems.length > 0 || name === null || !targetUnit || !fundSource) return { problems };
  return { opensidId: id, name, targetUnit, description, fundSource, periodStart, periodEnd };
}

const inLine = (lineNo: number, problems: readonly Bilingual[]): Bilingual => ({
  id: `Berkas program baris ${lineNo}: ${problems.map((p) => p.id).join(' ')}`,
  en: `Program file line ${lineNo}: ${problems.map((p) => p.en).join(' ')}`,
});

/** The village's programs of the file, by OpenDK id; another village's rows are not read. */
export async function programsOfFile(
  db: Db,
  villageCode: string,
  rows: readonly RawRow[],
): Promise<ProgramsById> {
  const programs = new Map<string, ProgramOfFile>();
  const lineOf = new Map<string, number>();
  for (const row of rows as readonly RawRow<OpendkProgramHeader>[]) {
    const village = readVillageCode(row.cells.desa_id ?? null);
    if (village.kind === 'code' && village.code !== villageCode) continue;
    const id = opendkId(row.cells.id);
    if (id === null) continue;
    const earlier = lineOf.get(id);
    if (earlier !== undefined) {
      programs.set(id, {
        problem: {
          id: `Id program ${id} muncul dua kali di berkas program (baris ${earlier} dan ${row.lineNo}).`,
          en: `Program id ${id} appears twice in the program file (lines ${earlier} and ${row.lineNo}).`,
        },
      });
      continue;
    }
    lineOf.set(id, row.lineNo);
    const sheet = programSheetOf(row, id);
    programs.set(
      id,
      'problems' in sheet
        ? { problem: inLine(row.lineNo, sheet.problems) }
        : await programOfFile(db, villageCode, sheet),
    );
  }
  return programs;
}

/** Without the programs file: the programs this village made from an earlier OpenSID or OpenDK file. */
export async function programsMadeEarlier(
  db: Db,
  villageCode: string,
  ids: readonly string[],
): Promise<ProgramsById> {
  const programs = new Map<string, ProgramOfFile>();
  for (const id of new Set(ids)) {
    const found = await villageProgramByOpensidId(db, villageCode, id);
    if (found.length === 1) programs.set(id, { program: programRef(found[0]!), newProgram: null });
  }
  return programs;
}
