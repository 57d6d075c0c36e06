// The resident importer: OpenSID's "Data Penduduk" template, one resident per line. Each line is checked on
// its own (check-row.ts), then across the file and against the registry (check-batch.ts); the commit writes
// the valid lines set-based (commit.ts). Lines are independent, so the operator may save the valid ones only.
import type { IdentifierMasks } from '../../../platform/identifiers/identifier-masks.ts';
import type { Db } from '../../../db/database.ts';
import {
  defineImporter,
  type CheckInput,
  type LineSubject,
  type StagedLine,
} from '../../../platform/imports/importer.ts';
import type { SheetLayout } from '../../../platform/sheets/read-sheet.ts';
import { knownDistrictPrefixes, today } from '../registry/nik-check.ts';
import { checkBatch, type ExistingFamily, type RegistryFacts } from './check-batch.ts';
import { checkRow, type CheckedRow, type StagedRowData } from './check-row.ts';
import { commitResidentImport } from './commit.ts';
import { RESIDENT_IMPORT_ISSUES } from './domain-issues.ts';
import { homeRegionOf } from './line-warnings.ts';
import * as q from './queries.ts';
import {
  DATA_SHEET_NAME,
  REQUIRED_HEADERS,
  TEMPLATE_HEADERS,
  type TemplateHeader,
} from './template-columns.ts';

export const RESIDENT_LAYOUT: SheetLayout<TemplateHeader> = {
  sheetName: DATA_SHEET_NAME,
  ignoredSheets: ['Kode Data'],
  formatName: { id: 'format impor penduduk OpenSID', en: "OpenSID's resident import format" },
  headers: TEMPLATE_HEADERS,
  required: REQUIRED_HEADERS,
  rowNoun: { id: 'data penduduk', en: 'resident rows' },
};

const CHECK_BATCH = 500;
const isIdentifier = (value: string | null): value is string => value !== null && /^\d{16}$/.test(value);

async function loadRegistryFacts(db: Db, villageCode: string, rows: CheckedRow[]): Promise<RegistryFacts> {
  const niks = [...new Set(rows.map((row) => row.data.nik).filter(isIdentifier))];
  const kks = [...new Set(rows.map((row) => row.data.kk).filter(isIdentifier))];
  const residents = await q.findVillageResidentsByNik(db, villageCode, niks);
  const claimedElsewhere = await q.findNiksClaimedElsewhere(db, villageCode, niks);
  const families = await q.findActiveFamiliesByKk(db, villageCode, kks);
  const members = await q.findPresentMembers(
    db,
    villageCode,
    families.map((family) => family.id),
  );
  const familiesByKk = new Map<string, ExistingFamily>();
  const byId = new Map<string, ExistingFamily>();
  for (const family of families) {
    const entry: ExistingFamily = { ...family, members: [] };
    familiesByKk.set(family.kk_number, entry);
    byId.set(family.id, entry);
  }
  for (const member of members) if (member.family_id) byId.get(member.family_id)?.members.push(member);
  return {
    residentsByNik: new Map(residents.map((resident) => [resident.nik, resident])),
    claimedElsewhere: new Set(claimedElsewhere),
    familiesByKk,
  };
}

/**
 * The checks of a file in the template's columns: each line on its own, then across the file and against the
 * registry. Other formats (SIAK, BIP) turn their rows into template rows and are checked here too.
 */
export async function checkResidentRows({
  db,
  villageCode,
  headers,
  rows,
  progress,
}: CheckInput<TemplateHeader>): Promise<StagedLine<StagedRowData>[]> {
  const districts = await knownDistrictPrefixes(db);
  const context = {
    knownDistrict: (prefix: string) => districts.has(prefix),
    today: today(),
    home: homeRegionOf(villageCode),
  };
  const checked: CheckedRow[] = [];
  for (let start = 0; start < rows.length; start += CHECK_BATCH) {
    for (const raw of rows.slice(start, start + CHECK_BATCH)) checked.push(checkRow(raw, headers, context));
    await progress(checked.length);
  }
  const decisions = checkBatch(checked, await loadRegistryFacts(db, villageCode, checked));
  return checked.map((row, i): StagedLine<StagedRowData> => ({
    lineNo: row.lineNo,
    action: decisions[i]!.action,
    errors: row.errors,
    warnings: row.warnings,
    changes: decisions[i]!.changes,
    data: row.data,
  }));
}

/** Who a line is about, for the review table: identifiers masked. */
export function residentSubject(data: StagedRowData, masks: IdentifierMasks): LineSubject {
  return {
    identifierMasked: data.nik ? masks.civil(data.nik) : null,
    secondaryMasked: data.kk ? masks.civil(data.kk) : null,
    name: typeof data.resident.full_name === 'string' ? data.resident.full_name : null,
    birthDate: typeof data.resident.birth_date === 'string' ? data.resident.birth_date : null,
  };
}

export const residentImporter = defineImporter<TemplateHeader, StagedRowData>({
  name: 'residents',
  kind: 'population.residents',
  title: { id: 'Impor penduduk', en: 'Resident import' },
  summary: "Upload a resident file in OpenSID's template (Data Penduduk)",
  layout: RESIDENT_LAYOUT,
  issues: RESIDENT_IMPORT_ISSUES,
  allowPartial: true,
  auditAction: 'population.import',
  check: checkResidentRows,
  subject: residentSubject,
  commit: commitResidentImport,
});
