// The one rule the OpenDK format adds to the resident import: every row names its village (desa_id), and a
// row of another village (a district's file holds several) is a line error, never written here. Such a line
// is staged with just enough to show who it is about, masked like every line.
import type { StagedLine } from '../../../../../platform/imports/importer.ts';
import {
  importIssue,
  issueBuilder,
  type RowIssueCatalogue,
} from '../../../../../platform/imports/row-issues.ts';
import { readIdentifier, readText } from '../../../../../platform/sheets/cell-values.ts';
import type { RawRow } from '../../../../../platform/sheets/read-sheet.ts';
import type { StagedRowData } from '../../check-row.ts';
import { RESIDENT_IMPORT_ISSUES } from '../../domain-issues.ts';
import type { OpendkHeader } from './columns.ts';
import { readVillageCode } from './village-code.ts';

const OWN_ISSUES = {
  DESA_ID_OTHER_VILLAGE: {
    level: 'error',
    id: 'Kolom desa_id menunjuk desa/kelurahan lain (atau bukan kode desa); baris ini tidak diimpor ke desa ini.',
    en: 'The desa_id column names another village (or is no village code); the line is not imported here.',
  },
} as const satisfies RowIssueCatalogue;

/** Every code an OpenDK import may report: the resident import's, and its own. */
export const OPENDK_IMPORT_ISSUES: RowIssueCatalogue = { ...RESIDENT_IMPORT_ISSUES, ...OWN_ISSUES };

const issueOf = issueBuilder(OWN_ISSUES);

const valueOf = (result: { ok: true; value: string | null } | { ok: false }) =>
  result.ok ? result.value : null;

/** A line whose desa_id is empty, not a village code, or another village's: an error, nothing to write. */
export function otherVillageLine(row: RawRow<OpendkHeader>, villageCode: string): StagedLine<StagedRowData> {
  const cell = row.cells.desa_id ?? null;
  const read = readVillageCode(cell);
  const error =
    read.kind === 'empty'
      ? importIssue.required('desa_id')
      : read.kind === 'code'
        ? issueOf(
            'DESA_ID_OTHER_VILLAGE',
            'desa_id',
            `Baris ini milik desa/kelurahan ${read.code}, bukan ${villageCode}. Impor berkas itu di desanya sendiri, atau hapus barisnya.`,
            `This line belongs to village ${read.code}, not ${villageCode}. Import it in its own village, or remove the line.`,
          )
        : issueOf(
            'DESA_ID_OTHER_VILLAGE',
            'desa_id',
            `Kolom desa_id berisi "${read.text}", bukan kode desa seperti ${villageCode}.`,
            `Column desa_id holds "${read.text}", which is not a village code like ${villageCode}.`,
          );
  const name = valueOf(readText(row.cells.nama ?? null, 'nama'));
  return {
    lineNo: row.lineNo,
    action: null,
    errors: [error],
    warnings: [],
    changes: null,
    data: {
      nik: valueOf(readIdentifier(row.cells.nomor_nik ?? null, 'nomor_nik')),
      kk: valueOf(readIdentifier(row.cells.nomor_kk ?? null, 'nomor_kk')),
      resident: name === null ? {} : { full_name: name },
      family: {},
      familyAddress: {},
      flags: [],
    },
  };
}
