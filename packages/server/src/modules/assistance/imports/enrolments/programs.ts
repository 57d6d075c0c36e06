// Finding the program a line names, by code or by name, among the programs the village may record (every
// regency, province and national program, and the village's own).
import type { TargetUnit } from '@smart-kampung/domain';
import type { Db } from '../../../../db/database.ts';
import type { RowIssue } from '../../../../platform/imports/row-issues.ts';
import { enrolmentIssue } from './issues.ts';
import type { ProgramRef } from './plan.ts';
import { programsByCodeOrName, type ProgramRow } from './queries.ts';

export type ProgramLookup = (key: string, field: string) => { program: ProgramRef } | { issue: RowIssue };

export const programRef = (row: ProgramRow): ProgramRef => ({
  id: row.id,
  code: row.code,
  name: row.name,
  targetUnit: row.target_unit as TargetUnit,
});

/** Reads the named programs once; a code wins over a name, a name two programs carry is ambiguous. */
export async function programLookup(
  db: Db,
  villageCode: string,
  keys: readonly string[],
): Promise<ProgramLookup> {
  const rows = keys.length === 0 ? [] : await programsByCodeOrName(db, villageCode, [...new Set(keys)]);
  return (key, field) => {
    const code = key.trim().toUpperCase();
    const byCode = rows.find((row) => row.code === code);
    if (byCode) return { program: programRef(byCode) };
    const byName = rows.filter((row) => row.name.trim().toLowerCase() === key.trim().toLowerCase());
    if (byName.length === 1) return { program: programRef(byName[0]!) };
    const quoted = key.trim().slice(0, 40);
    if (byName.length > 1)
      return {
        issue: enrolmentIssue(
          'ASSIST_PROGRAM_AMBIGUOUS',
          field,
          `Ada ${byName.length} program bernama "${quoted}"; isi kode programnya.`,
          `${byName.length} programs are named "${quoted}"; give the program's code.`,
        ),
      };
    return {
      issue: enrolmentIssue(
        'ASSIST_PROGRAM_UNKNOWN',
        field,
        `Program "${quoted}" tidak dikenal (kode atau nama program).`,
        `The program "${quoted}" is not known (program code or name).`,
      ),
    };
  };
}
