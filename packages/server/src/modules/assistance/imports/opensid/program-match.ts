// Which program an OpenSID file is about. OpenSID's ids are per installation, so "ID Program" finds only a
// program this village made from an earlier OpenSID file; otherwise the name (or a code written as the name)
// finds a recorded program the village may record; otherwise the commit makes it, as a village program: the
// import is the village's own act ('write' in its village), and a village may run its own programs, while a
// regency or national program is made by the agency that runs it, never by a village's file.
import { TARGET_UNIT_LABELS } from '@smart-kampung/domain';
import type { Db } from '../../../../db/database.ts';
import type { Bilingual } from '../../../../platform/sheets/read-sheet.ts';
import type { NewProgramSpec, ProgramRef } from '../enrolments/plan.ts';
import { programRef } from '../enrolments/programs.ts';
import { programsByCodeOrName, villageProgramByOpensidId } from '../enrolments/queries.ts';
import { villageProgramCode, type ProgramSheet } from './program-sheet.ts';

export type ProgramOfFile =
  | { program: ProgramRef; newProgram: null }
  | { program: ProgramRef; newProgram: NewProgramSpec }
  | { problem: Bilingual };

export async function programOfFile(
  db: Db,
  villageCode: string,
  sheet: ProgramSheet,
): Promise<ProgramOfFile> {
  const byId = sheet.opensidId ? await villageProgramByOpensidId(db, villageCode, sheet.opensidId) : [];
  const found = byId.length > 0 ? byId : await programsByCodeOrName(db, villageCode, [sheet.name]);
  if (found.length > 1)
    return {
      problem: {
        id: `Ada ${found.length} program yang cocok dengan "${sheet.name}"; ubah Nama Program menjadi kode program yang dimaksud.`,
        en: `${found.length} programs match "${sheet.name}"; write the intended program's code as Nama Program.`,
      },
    };
  const recorded = found[0];
  if (recorded) {
    if (recorded.target_unit !== sheet.targetUnit) {
      const own = TARGET_UNIT_LABELS[recorded.target_unit as ProgramSheet['targetUnit']];
      const file = TARGET_UNIT_LABELS[sheet.targetUnit];
      return {
        problem: {
          id: `Program "${recorded.name}" bersasaran ${own.id}, sedangkan Sasaran Program di berkas ${file.id}.`,
          en: `The program "${recorded.name}" targets: ${own.en}; the file's Sasaran Program: ${file.en}.`,
        },
      };
    }
    return { program: programRef(recorded), newProgram: null };
  }
  const code = villageProgramCode(sheet.name, villageCode);
  return {
    program: { id: null, code, name: sheet.name, targetUnit: sheet.targetUnit },
    newProgram: {
      code,
      name: sheet.name,
      description: sheet.description,
      fundSource: sheet.fundSource,
      targetUnit: sheet.targetUnit,
      periodStart: sheet.periodStart,
      periodEnd: sheet.periodEnd,
      opensidId: sheet.opensidId,
    },
  };
}
