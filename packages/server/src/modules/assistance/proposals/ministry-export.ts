// The export of proposals to the ministry: the items Dinas Sosial decided to propose upward (national
// programs: DTSEN usulan through SIKS-NG), one line each with what such an usulan asks (reference
// social-protection.md §4: region, NIK, KK, name, birth, mother's name, address, program, reason, the
// musdes and the verification). The ministry matches on NIK and KK, so they are whole: only Dinas Sosial
// (decide_assistance) exports, and every file is an audit entry with its count.
import type { Db } from '../../../db/database.ts';
import { listArea } from '../../../platform/area/in-area.ts';
import {
  MAX_EXPORT_ROWS,
  tooManyRows,
  writeSheetFile,
  type ExportFormat,
} from '../../../platform/exports/sheet-export.ts';
import type { SheetCell, SheetColumn } from '../../../platform/sheets/sheet-writer.ts';
import type { RequestContext } from '../../../platform/request-context.ts';
import { appendAudit } from '../../audit/service.ts';
import * as xq from './export-queries.ts';

const HEADERS = [
  ['No', 6],
  ['Provinsi', 16],
  ['Kabupaten/Kota', 16],
  ['Kecamatan', 16],
  ['Desa/Kelurahan', 18],
  ['Jenis Usulan', 14],
  ['Program', 24],
  ['NIK', 20],
  ['No. KK', 20],
  ['Nama', 28],
  ['Jenis Kelamin', 10],
  ['Tempat Lahir', 16],
  ['Tanggal Lahir', 12],
  ['Nama Ibu Kandung', 24],
  ['Alamat', 30],
  ['RT', 6],
  ['RW', 6],
  ['Dusun', 14],
  ['Alasan Usulan', 40],
  ['Tanggal Musyawarah Desa', 14],
  ['Alasan Musyawarah Desa', 40],
  ['Tanggal Verifikasi', 14],
  ['Hasil Verifikasi', 40],
  ['Alasan Dinas Sosial', 40],
] as const;
const TEXT = new Set(['NIK', 'No. KK', 'RT', 'RW']);
const DATES = new Set(['Tanggal Lahir', 'Tanggal Musyawarah Desa', 'Tanggal Verifikasi']);
export const MINISTRY_COLUMNS: readonly SheetColumn[] = HEADERS.map(([header, width]) => ({
  header,
  width,
  ...(TEXT.has(header) ? { format: 'text' as const } : DATES.has(header) ? { format: 'date' as const } : {}),
}));

const day = (value: Date | string | null): SheetCell =>
  value === null ? null : { isoDate: (typeof value === 'string' ? value : value.toISOString()).slice(0, 10) };

function line(row: xq.ExportRow, index: number): SheetCell[] {
  return [
    index + 1,
    row.province_name,
    row.regency_name,
    row.district_name,
    row.village_name,
    row.kind === 'usul' ? 'Usulan baru' : 'Sanggahan',
    `${row.program_code} — ${row.program_name}`,
    row.person_nik,
    row.kind === 'usul' ? row.kk_number : row.family_kk_number,
    row.person_name,
    row.person_sex === 1 ? 'Laki-laki' : row.person_sex === 2 ? 'Perempuan' : null,
    row.person_birth_place,
    day(row.person_birth_date),
    row.person_mother_name,
    row.address,
    row.rt,
    row.rw,
    row.dusun,
    row.reason,
    day(row.deliberation_on),
    row.village_reason,
    day(row.visited_on),
    row.visit_findings,
    row.agency_reason,
  ];
}

export async function ministryExport(
  db: Db,
  ctx: RequestContext,
  query: { region?: string | undefined; programId?: string | undefined; format: ExportFormat },
) {
  const area = listArea(ctx.actor, query.region, 'decide_assistance');
  const keys = await xq.exportKeys(db, { area, status: 'proposed_to_ministry', programId: query.programId });
  if (keys.length > MAX_EXPORT_ROWS)
    throw tooManyRows(
      MAX_EXPORT_ROWS,
      { id: 'usulan', en: 'proposals' },
      { id: 'pilih kecamatan atau program', en: 'choose a district or a program' },
    );
  let index = 0;
  const file = await writeSheetFile({
    format: query.format,
    sheetName: 'Usulan',
    columns: MINISTRY_COLUMNS,
    keys,
    fetchPage: (page) => xq.exportPage(db, page),
    toRow: (row) => line(row, index++),
    fileName: `usulan-kemensos-${area.replaceAll('.', '')}`,
  });
  await appendAudit(db, {
    actor: ctx.actor,
    action: 'assistance.proposal.ministry_export',
    entityType: 'assistance_proposal',
    regionCode: area,
    ip: ctx.ip,
    userAgent: ctx.userAgent,
    details: { count: file.count, programId: query.programId ?? null, format: query.format },
  });
  return file;
}
