// The rules of a Regsosek housing import, on the rows of the "3.keterangan perumahan" sheet and what the
// registry holds. Pure: the same check shows the operator what would happen and runs again inside the
// commit's transaction. The survey asks per family card; the facts belong to the house, so each row lands on
// the household its card is in (a card in no household gets one of its own). A blank cell leaves the
// recorded answer as it is; a follow-up the new answers make the form skip is cleared, never kept.
import { FLOOR_AREA_MAX_M2, HOUSING_FOLLOW_UPS, REGSOSEK_HOUSING_VARIABLES } from '@smart-kampung/domain';
import {
  isBlank,
  isErrorCell,
  readCode,
  readIdentifier,
  type CellResult,
  type PlainCell,
} from '../../../../../platform/sheets/cell-values.ts';
import type { IdentifierMasks } from '../../../../../platform/identifiers/identifier-masks.ts';
import type { RawRow } from '../../../../../platform/sheets/read-sheet.ts';
import { importIssue, type RowIssue } from '../../../../../platform/imports/row-issues.ts';
import { COLUMN_OF_VARIABLE, HOUSING_COLUMNS, type HousingColumn } from '@smart-kampung/domain';
import { KK_HEADER, type RegsosekHeader } from './layout.ts';
import { housingIssue } from './issues.ts';

export type HousingValues = Record<HousingColumn, number | null>;

export interface RegsosekFamily {
  id: string;
  householdId: string | null;
  /** The card's present head, who heads a household created for it. */
  headResidentId: string | null;
}

export interface RegsosekFacts {
  /** The village's active family cards by KK number. */
  families: ReadonlyMap<string, RegsosekFamily>;
  /** KK numbers of replaced cards only (an active card with the number is in `families`). */
  replacedKk: ReadonlySet<string>;
  /** The housing facts of the village's households now. */
  households: ReadonlyMap<string, HousingValues>;
}

export interface RegsosekIssue {
  lineNo: number;
  kkMasked: string | null;
  /** The question number ("303") or "no kartu keluarga". */
  field: string;
  level: 'error' | 'warning';
  code: string;
  message: string;
  message_en: string;
}

export interface PlannedHousing {
  /** null: a household created for the card. */
  householdId: string | null;
  /** The card a new household is made for (its address and head). */
  familyId: string;
  headResidentId: string | null;
  housing: HousingValues;
  changedColumns: HousingColumn[];
  change: 'create' | 'update' | 'unchanged';
  /** The file's lines (one per card) that land on this household. */
  lines: number[];
}

export interface RegsosekReport {
  rows: number;
  households: { create: number; update: number; unchanged: number };
  issues: RegsosekIssue[];
}

interface ReadRow {
  lineNo: number;
  kk: string;
  family: RegsosekFamily;
  values: Partial<HousingValues>;
}

const VARIABLE_OF_COLUMN = new Map(Object.entries(COLUMN_OF_VARIABLE).map(([v, c]) => [c, v]));
const CODES_OF_VARIABLE = new Map(REGSOSEK_HOUSING_VARIABLES.map((v) => [v.variable, v.codes]));

const rule = housingIssue;

function readFloorArea(cell: PlainCell, field: string): CellResult<number | null> {
  if (isBlank(cell)) return { ok: true, value: null };
  if (isErrorCell(cell)) return { ok: false, issue: importIssue.cellError(field, cell.error) };
  const number = typeof cell === 'number' ? cell : typeof cell === 'string' ? Number(cell.trim()) : NaN;
  if (Number.isInteger(number) && number >= 1 && number <= FLOOR_AREA_MAX_M2)
    return { ok: true, value: number };
  return {
    ok: false,
    issue: rule(
      'FLOOR_AREA_RANGE',
      field,
      `Luas lantai (302) diisi bilangan bulat meter persegi, 1 sampai ${FLOOR_AREA_MAX_M2}.`,
      `The floor area (302) is a whole number of square metres, 1 to ${FLOOR_AREA_MAX_M2}.`,
    ),
  };
}

function readRow(
  raw: RawRow<RegsosekHeader>,
  variables: readonly string[],
  facts: RegsosekFacts,
  errors: (found: RowIssue) => void,
): ReadRow | null {
  let failed = false;
  const fail = (found: RowIssue) => {
    errors(found);
    failed = true;
  };
  const kk = readIdentifier(raw.cells[KK_HEADER] ?? null, KK_HEADER);
  if (!kk.ok) fail(kk.issue);
  else if (kk.value === null) fail(importIssue.required(KK_HEADER));
  else if (!/^\d{16}$/.test(kk.value))
    fail(rule('KK_FORMAT', KK_HEADER, 'Nomor KK harus 16 digit angka.', 'A KK number is 16 digits.'));

  const values: Partial<HousingValues> = {};
  for (const variable of variables) {
    const column = COLUMN_OF_VARIABLE[variable]!;
    const cell = raw.cells[variable] ?? null;
    const codes = CODES_OF_VARIABLE.get(variable);
    const read = codes ? readCode(cell, variable, codes) : readFloorArea(cell, variable);
    if (!read.ok) fail(read.issue);
    else if (read.value !== null) values[column] = read.value;
  }
  if (failed || !kk.ok || kk.value === null) return null;

  const family = facts.families.get(kk.value);
  if (!family) {
    errors(
      facts.replacedKk.has(kk.value)
        ? rule(
            'REGSOSEK_KK_REPLACED',
            KK_HEADER,
            'KK ini sudah diganti dengan KK baru; isi nomor KK yang berlaku sekarang.',
            'This family card has been replaced by a new one; use the card number in force now.',
          )
        : rule(
            'REGSOSEK_KK_UNKNOWN',
            KK_HEADER,
            'Nomor KK ini tidak terdaftar di desa ini. Impor atau catat keluarganya lebih dulu.',
            'This family card number is not registered in this village. Import or register the family first.',
          ),
    );
    return null;
  }
  return { lineNo: raw.lineNo, kk: kk.value, family, values };
}

const blankHousing = (): HousingValues =>
  Object.fromEntries(HOUSING_COLUMNS.map((column) => [column, null])) as HousingValues;

/** The file's answers laid over what is recorded, checked against each other and the form's skips. */
function planHousehold(
  rows: readonly ReadRow[],
  current: HousingValues | null,
  issue: (lineNo: number, level: RegsosekIssue['level'], found: RowIssue) => void,
): HousingValues | null {
  const housing = { ...(current ?? blankHousing()) };
  const from = new Map<HousingColumn, number>();
  let conflicting = false;
  for (const row of rows) {
    for (const [column, value] of Object.entries(row.values) as [HousingColumn, number][]) {
      const earlier = from.get(column);
      if (earlier !== undefined && housing[column] !== value) {
        const variable = VARIABLE_OF_COLUMN.get(column)!;
        issue(
          row.lineNo,
          'error',
          rule(
            'REGSOSEK_HOUSEHOLD_DISAGREES',
            variable,
            `KK di baris ${earlier} tinggal di rumah tangga yang sama tetapi menjawab ${variable} berbeda (${housing[column]}); satu rumah hanya punya satu jawaban.`,
            `The card on line ${earlier} lives in the same household but answers ${variable} differently (${housing[column]}); a house has one answer.`,
          ),
        );
        conflicting = true;
        continue;
      }
      housing[column] = value;
      from.set(column, row.lineNo);
    }
  }
  if (conflicting) return null;
  let contradicted = false;
  for (const followUp of HOUSING_FOLLOW_UPS) {
    const parent = housing[followUp.parent];
    if (housing[followUp.field] === null || parent === null || followUp.askedAfter.includes(parent)) continue;
    const variable = VARIABLE_OF_COLUMN.get(followUp.field)!;
    const line = from.get(followUp.field);
    if (line !== undefined) {
      issue(line, 'error', { code: 'HOUSING_FOLLOW_UP_SKIPPED', field: variable, message: followUp.message });
      contradicted = true;
    } else {
      const parentVariable = VARIABLE_OF_COLUMN.get(followUp.parent)!;
      issue(
        from.get(followUp.parent) ?? rows[0]!.lineNo,
        'warning',
        rule(
          'REGSOSEK_FOLLOW_UP_CLEARED',
          variable,
          `Jawaban ${variable} yang tercatat dihapus, karena dengan jawaban ${parentVariable} yang baru pertanyaan itu dilewati.`,
          `The recorded answer to ${variable} is cleared: with the new answer to ${parentVariable} the form skips that question.`,
        ),
      );
      housing[followUp.field] = null;
    }
  }
  return contradicted ? null : housing;
}

export function checkRegsosek(
  rawRows: readonly RawRow<RegsosekHeader>[],
  headers: readonly RegsosekHeader[],
  facts: RegsosekFacts,
  masks: IdentifierMasks,
) {
  const issues: RegsosekIssue[] = [];
  const issue = (lineNo: number, level: RegsosekIssue['level'], { code, field, message }: RowIssue) =>
    issues.push({ lineNo, kkMasked: null, field, level, code, message: message.id, message_en: message.en });
  const variables = headers.filter((header) => header !== KK_HEADER);

  const seen = new Map<string, number>();
  const byHousehold = new Map<string, ReadRow[]>();
  for (const raw of rawRows) {
    const row = readRow(raw, variables, facts, (found) => issue(raw.lineNo, 'error', found));
    if (!row) continue;
    const earlier = seen.get(row.kk);
    if (earlier !== undefined) {
      issue(
        row.lineNo,
        'error',
        rule(
          'REGSOSEK_KK_DUPLICATE',
          KK_HEADER,
          `KK ini sudah ada di baris ${earlier}.`,
          `This family card is already on line ${earlier}.`,
        ),
      );
      continue;
    }
    seen.set(row.kk, row.lineNo);
    // A card in no household gets a household of its own, keyed by the card.
    const key = row.family.householdId ?? `family:${row.family.id}`;
    byHousehold.set(key, [...(byHousehold.get(key) ?? []), row]);
  }

  const planned: PlannedHousing[] = [];
  for (const rows of byHousehold.values()) {
    const householdId = rows[0]!.family.householdId;
    const current = householdId ? (facts.households.get(householdId) ?? null) : null;
    const housing = planHousehold(rows, current, issue);
    if (!housing) continue;
    if (!householdId) {
      issue(
        rows[0]!.lineNo,
        'warning',
        rule(
          'REGSOSEK_HOUSEHOLD_CREATED',
          KK_HEADER,
          'KK ini belum masuk rumah tangga: rumah tangga baru dibuat untuknya, dengan alamat KK dan kepala keluarganya sebagai kepala rumah tangga.',
          'This family card is in no household yet: a new household is made for it, at the card’s address, headed by the card’s head.',
        ),
      );
    }
    const changedColumns = HOUSING_COLUMNS.filter(
      (column) => (current?.[column] ?? null) !== housing[column],
    );
    planned.push({
      householdId,
      familyId: rows[0]!.family.id,
      headResidentId: rows[0]!.family.headResidentId,
      housing,
      changedColumns,
      lines: rows.map((row) => row.lineNo),
      change: !householdId ? 'create' : changedColumns.length > 0 ? 'update' : 'unchanged',
    });
  }

  const kkByLine = new Map<number, string>();
  for (const raw of rawRows) {
    const kk = readIdentifier(raw.cells[KK_HEADER] ?? null, KK_HEADER);
    // Not 16 digits: shown as invalid ("⚠ 12 digit"), never as if it were a masked number.
    if (kk.ok && kk.value !== null) kkByLine.set(raw.lineNo, masks.civil(kk.value));
  }
  const count = (change: PlannedHousing['change']) => planned.filter((h) => h.change === change).length;
  const report: RegsosekReport = {
    rows: rawRows.length,
    households: { create: count('create'), update: count('update'), unchanged: count('unchanged') },
    issues: issues
      .sort((a, b) => a.lineNo - b.lineNo)
      .map((found) => ({ ...found, kkMasked: kkByLine.get(found.lineNo) ?? null })),
  };
  return { report, planned };
}
