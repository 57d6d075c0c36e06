// Test files in OpenDK's exchange format, built here (never read from ../shared): the resident fixtures of
// the template tests, renamed to OpenDK's columns and written as OpenSID writes them (every cell text, codes
// as their numbers, dates yyyy-mm-dd), in an .xlsx, zipped with fflate beside a photo.
import { findCode } from '@smart-kampung/domain';
import ExcelJS from 'exceljs';
import { zipSync } from 'fflate';
import { TEMPLATE_COLUMNS, type TemplateHeader } from '../../template-columns.ts';
import { goodRows, type FixtureCell, type FixtureRow } from '../../test-fixtures.ts';
import { OPENDK_SHEET_HEADERS, OPENDK_TEMPLATE_COLUMNS } from './columns.ts';

export const fixtureVillage = '35.10.01.2001';

/** A template cell as OpenSID's export writes it: text, a code's number, or an ISO date. */
function asOpensidText(header: TemplateHeader, cell: FixtureCell): string | null {
  if (cell === null) return null;
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  const column = TEMPLATE_COLUMNS[header];
  if (column.kind === 'code') {
    const entry = findCode(column.list, cell);
    return entry ? String(entry.code) : String(cell);
  }
  if (column.kind === 'date' && typeof cell === 'string') {
    const dmy = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(cell);
    return dmy ? `${dmy[3]}-${dmy[2]}-${dmy[1]}` : cell;
  }
  return String(cell);
}

/** The 20 good residents as OpenDK rows of `village` (variants as in goodRows). */
export function opendkRows(variant = 0, village = fixtureVillage): FixtureRow[] {
  return goodRows(variant).map((row, index) => {
    const out: FixtureRow = {};
    for (const [opendk, template] of Object.entries(OPENDK_TEMPLATE_COLUMNS))
      out[opendk] = asOpensidText(template, row[template] ?? null);
    return {
      ...out,
      id: String(index + 1),
      foto: index === 0 ? `kecil_${String(out.nomor_nik)}.jpg` : null,
      created_at: '2019-05-28 22:45:28',
      updated_at: '2020-12-22 12:04:20',
      desa_id: village,
    };
  });
}

export async function opendkXlsx(rows: readonly FixtureRow[], headers = OPENDK_SHEET_HEADERS) {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Sheet1');
  sheet.addRow([...headers]);
  for (const row of rows) sheet.addRow(headers.map((header) => row[header] ?? null));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** A zip as OpenSID makes it: the photos first, then the sheet. */
export function zipOf(entries: Record<string, Buffer | Uint8Array>): Buffer {
  const files: Record<string, Uint8Array> = {};
  for (const [name, content] of Object.entries(entries)) files[name] = new Uint8Array(content);
  return Buffer.from(zipSync(files));
}

/** A few bytes that start like a JPEG: the photo's content never matters, it is not read. */
export const photoBytes = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 74, 70, 73, 70, 0]);

export async function opendkZip(rows: readonly FixtureRow[]) {
  return zipOf({
    'kecil_3510015205800001.jpg': photoBytes,
    'penduduk_02_12_2026_opendk.xlsx': await opendkXlsx(rows),
  });
}
