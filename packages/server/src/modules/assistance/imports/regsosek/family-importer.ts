// The Regsosek section V importer: sheet "5.keikutsertaan program dll", one line per family card: assets,
// land, livestock, internet and account become the family's facts, and each program of 501 it received an
// active enrolment (family-check.ts). Lines stand alone, so the operator may save the valid ones. The commit
// checks the lines again under its locks and writes facts and enrolments in a few statements.
import { programOfRegsosek501, REGSOSEK_501_LETTERS, type TargetUnit } from '@smart-kampung/domain';
import { recomputeWelfareScores } from '../../welfare/scores/recompute.ts';
import type { Db } from '../../../../db/database.ts';
import { allStagedLines, maskedIdentifierCell } from '../../../../platform/imports/file-check.ts';
import { defineImporter, ImportConflict, type StagedLine } from '../../../../platform/imports/importer.ts';
import type { RawRow } from '../../../../platform/sheets/read-sheet.ts';
import { familyColumnsOf, familyWelfareOf } from '../../welfare/facts/rows.ts';
import { insertFileEnrolments, openEnrolmentKeys, programsByCode } from './enrolment-queries.ts';
import { checkFamilies, type FamilySheetFacts, type Program501 } from './family-check.ts';
import { FAMILY_IMPORT_ISSUES } from './issues.ts';
import { FAMILIES_LAYOUT, KK_HEADER } from './layouts.ts';
import * as q from './queries.ts';

interface StagedFamily {
  cells: RawRow['cells'];
}

const CHANGED_ELSEWHERE = {
  id: 'Data keluarga atau kepesertaan program berubah sejak berkas diperiksa, sehingga ada baris yang kini bermasalah. Tidak ada yang disimpan; unggah ulang berkasnya.',
  en: 'Families or enrolments changed since the file was checked, and some lines now have errors. Nothing was saved; upload the file again.',
};

async function loadFacts(db: Db, villageCode: string, lock = false): Promise<FamilySheetFacts> {
  const cards = await q.loadCards(db, villageCode, lock);
  const rows = await q.villageFamilyWelfare(db, villageCode);
  const letters = REGSOSEK_501_LETTERS.map((letter) => ({
    letter,
    code: programOfRegsosek501(letter)?.code,
  }));
  const found = await programsByCode(
    db,
    letters.flatMap(({ code }) => (code ? [code] : [])),
  );
  const programs = new Map<(typeof REGSOSEK_501_LETTERS)[number], Program501>();
  for (const { letter, code } of letters) {
    const program = found.find((p) => p.code === code);
    if (program)
      programs.set(letter, {
        id: program.id,
        code: program.code,
        targetUnit: program.target_unit as TargetUnit,
      });
  }
  return {
    cards,
    recorded: new Map(rows.map((row) => [row.family_id, familyWelfareOf(row)])),
    programs,
    open: await openEnrolmentKeys(
      db,
      villageCode,
      [...programs.values()].map((p) => p.id),
    ),
    today: new Date().toISOString().slice(0, 10),
  };
}

export const regsosekFamilyImporter = defineImporter<string, StagedFamily>({
  name: 'regsosek-families',
  kind: 'assistance.regsosek_families',
  title: {
    id: 'Impor program dan aset keluarga (Regsosek V)',
    en: 'Family programs and assets import (Regsosek V)',
  },
  summary:
    'Upload section V of the DTKS/Regsosek 2022 workbook (sheet "5.keikutsertaan program dll": programs received become enrolments; assets, land, livestock, internet and account per family card)',
  layout: FAMILIES_LAYOUT,
  issues: FAMILY_IMPORT_ISSUES,
  allowPartial: true,
  auditAction: 'assistance.regsosek_families_import',
  async check({ db, villageCode, headers, rows, progress }) {
    const { problems, planned } = checkFamilies(rows, headers, await loadFacts(db, villageCode));
    await progress(rows.length);
    const plan = new Map(planned.map((family) => [family.lineNo, family]));
    return rows.map((row): StagedLine<StagedFamily> => {
      const of = (level: 'error' | 'warning') =>
        problems.filter((p) => p.lineNo === row.lineNo && p.level === level).map((p) => p.issue);
      return {
        lineNo: row.lineNo,
        action: plan.get(row.lineNo)?.change ?? null,
        errors: of('error'),
        warnings: of('warning'),
        changes: null,
        data: { cells: row.cells },
      };
    });
  },
  subject: (data, masks) => maskedIdentifierCell(data.cells[KK_HEADER], masks),
  async commit({ trx, villageCode, lines, actor, fileName, progress }) {
    const rows: RawRow[] = (await allStagedLines(lines)).map((line) => ({
      lineNo: line.lineNo,
      cells: line.data.cells,
    }));
    const headers = [...new Set(rows.flatMap((row) => Object.keys(row.cells)))];
    const facts = await loadFacts(trx, villageCode, true);
    const { problems, planned } = checkFamilies(rows, headers, facts);
    if (problems.some((p) => p.level === 'error')) throw new ImportConflict(CHANGED_ELSEWHERE);
    const now = new Date();
    const changed = planned.filter((family) => family.change === 'create' || family.changedFields.length > 0);
    await q.upsertFamilyWelfare(
      trx,
      changed.map((family) => ({
        village_code: villageCode,
        family_id: family.familyId,
        ...familyColumnsOf(family.facts),
        source: 'file',
        updated_at: now,
        updated_by: actor.id,
      })),
    );
    const enrolled = await insertFileEnrolments(
      trx,
      villageCode,
      planned.flatMap((family) =>
        family.enrolments.map((e) => ({
          programId: e.programId,
          unitType: e.unitType,
          unitId: e.unitId,
          startDate: e.startDate,
          reference: `Regsosek 2022 501${e.letter}: ${fileName}`.slice(0, 200),
        })),
      ),
      actor.id,
    );
    // These families (and their households) have new facts: their welfare scores follow here.
    await recomputeWelfareScores(trx, villageCode, { familyIds: changed.map((family) => family.familyId) });
    progress(rows.length, rows.length);
    const count = (change: string) => planned.filter((family) => family.change === change).length;
    return {
      counts: {
        created: count('create'),
        updated: count('update'),
        unchanged: count('unchanged'),
        enrolments: enrolled.length,
      },
      auditDetails: {
        families: changed.map((family) => ({ familyId: family.familyId, fields: family.changedFields })),
        enrolments: enrolled,
      },
    };
  },
});
