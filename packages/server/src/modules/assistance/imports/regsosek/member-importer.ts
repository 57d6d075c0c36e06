// The Regsosek section IV importer: sheet "4.ket sos-ek anggota", one line per member, keyed by the card and
// the member's NIK on it. Lines stand alone (a partial save keeps each line's card, carried down at the check),
// so the operator may save the valid ones. The commit checks the lines again on the registry as its
// transaction sees it, then writes every changed member in a few statements.
import type { Db } from '../../../../db/database.ts';
import { recomputeWelfareScores } from '../../welfare/scores/recompute.ts';
import { allStagedLines, maskedIdentifierCell } from '../../../../platform/imports/file-check.ts';
import { defineImporter, ImportConflict, type StagedLine } from '../../../../platform/imports/importer.ts';
import type { RawRow } from '../../../../platform/sheets/read-sheet.ts';
import { memberColumnsOf, memberWelfareOf } from '../../welfare/facts/rows.ts';
import { carryCards, checkMembers, type MemberFacts, type StagedMember } from './member-check.ts';
import { MEMBER_IMPORT_ISSUES } from './issues.ts';
import { MEMBERS_LAYOUT, NIK_HEADER } from './layouts.ts';
import * as q from './queries.ts';

const CHANGED_ELSEWHERE = {
  id: 'Data penduduk atau keluarga berubah sejak berkas diperiksa, sehingga ada baris yang kini bermasalah. Tidak ada yang disimpan; unggah ulang berkasnya.',
  en: 'Residents or families changed since the file was checked, and some lines now have errors. Nothing was saved; upload the file again.',
};

async function loadFacts(db: Db, villageCode: string, lock = false): Promise<MemberFacts> {
  const cards = await q.loadCards(db, villageCode, lock);
  const residents = await q.villageResidents(db, villageCode, lock);
  const rows = await q.villageMemberWelfare(db, villageCode);
  const pregnancy = new Map(residents.map((r) => [r.id, r.pregnant]));
  return {
    cards,
    residents: new Map(
      residents.map((r) => [
        r.nik,
        {
          id: r.id,
          familyId: r.family_id,
          sex: r.sex,
          birthDate: r.birth_date,
          maritalStatus: r.marital_status,
          pregnant: r.pregnant,
        },
      ]),
    ),
    recorded: new Map(
      rows.map((row) => [row.resident_id, memberWelfareOf(row, pregnancy.get(row.resident_id) ?? null)]),
    ),
    today: new Date().toISOString().slice(0, 10),
  };
}

export const regsosekMemberImporter = defineImporter<string, StagedMember>({
  name: 'regsosek-members',
  kind: 'assistance.regsosek_members',
  title: {
    id: 'Impor sosial ekonomi anggota (Regsosek IV)',
    en: 'Member socio-economic import (Regsosek IV)',
  },
  summary:
    'Upload section IV of the DTKS/Regsosek 2022 workbook (sheet "4.ket sos-ek anggota": school, work, business, disability, health, protection per member, by NIK within the family card)',
  layout: MEMBERS_LAYOUT,
  issues: MEMBER_IMPORT_ISSUES,
  allowPartial: true,
  auditAction: 'assistance.regsosek_members_import',
  async check({ db, villageCode, headers, rows, progress }) {
    const facts = await loadFacts(db, villageCode);
    const cards = carryCards(rows);
    const { problems, planned } = checkMembers(rows, headers, cards, facts);
    await progress(rows.length);
    const plan = new Map(planned.map((member) => [member.lineNo, member]));
    return rows.map((row): StagedLine<StagedMember> => {
      const member = plan.get(row.lineNo);
      return {
        lineNo: row.lineNo,
        action: member?.change ?? null,
        errors: problems.filter((p) => p.lineNo === row.lineNo).map((p) => p.issue),
        warnings: [],
        changes: null,
        data: { cells: row.cells, kk: cards.get(row.lineNo) ?? null },
      };
    });
  },
  subject: (data, masks) => maskedIdentifierCell(data.cells[NIK_HEADER], masks),
  async commit({ trx, villageCode, lines, actor, progress }) {
    const staged = await allStagedLines(lines);
    const rows: RawRow[] = staged.map((line) => ({ lineNo: line.lineNo, cells: line.data.cells }));
    const cards = new Map(staged.map((line) => [line.lineNo, line.data.kk]));
    const headers = [...new Set(rows.flatMap((row) => Object.keys(row.cells)))];
    const facts = await loadFacts(trx, villageCode, true);
    const { problems, planned } = checkMembers(rows, headers, cards, facts);
    if (problems.some((p) => p.level === 'error')) throw new ImportConflict(CHANGED_ELSEWHERE);
    const changed = planned.filter((member) => member.change !== 'unchanged');
    const now = new Date();
    await q.upsertMemberWelfare(
      trx,
      changed.map((member) => ({
        village_code: villageCode,
        resident_id: member.residentId,
        ...memberColumnsOf(member.facts),
        source: 'file',
        updated_at: now,
        updated_by: actor.id,
      })),
    );
    await q.setPregnancies(
      trx,
      villageCode,
      changed
        .filter((member) => member.changedFields.includes('pregnant'))
        .map((member) => ({ residentId: member.residentId, pregnant: member.facts.pregnant })),
    );
    // The families (and households) of these members have new facts: their welfare scores follow here.
    const familyOf = new Map(
      [...facts.residents.values()].map((resident) => [resident.id, resident.familyId]),
    );
    const familyIds = [...new Set(changed.map((member) => familyOf.get(member.residentId)))].filter(
      (id): id is string => !!id,
    );
    await recomputeWelfareScores(trx, villageCode, { familyIds });
    progress(rows.length, rows.length);
    const count = (change: string) => planned.filter((member) => member.change === change).length;
    return {
      counts: { created: count('create'), updated: count('update'), unchanged: count('unchanged') },
      auditDetails: { members: changed.map((m) => ({ residentId: m.residentId, fields: m.changedFields })) },
    };
  },
});
