// A cycle's list for the distributor (XLSX or CSV): who is due what, with the columns the distributor fills
// in (received, date, channel); the import (imports/distributions/) takes it back. Identifiers are masked unless the village's staff reveal them with a reason,
// which is audited (the count and the reason, never the numbers).
import { canActOnRegion } from '../../../access/access.ts';
import { assertRegionAccess } from '../../../access/assert-access.ts';
import type { Actor } from '../../../access/roles.ts';
import type { Db } from '../../../db/database.ts';
import { AppError } from '../../../http/problem.ts';
import { identifierMasks } from '../../../platform/identifiers/identifier-masks.ts';
import { writeSheetFile } from '../../../platform/exports/sheet-export.ts';
import type { SheetColumn } from '../../../platform/sheets/sheet-writer.ts';
import { appendAudit } from '../../audit/service.ts';
import { canSeeProgram } from '../programs/access.ts';
import * as q from './queries.ts';

export const DISTRIBUTOR_COLUMNS: readonly SheetColumn[] = [
  { header: 'ID Kepesertaan', width: 38, format: 'text' },
  // The program and cycle travel on every line, so the file comes back in through the import on its own.
  { header: 'Kode Program', width: 18, format: 'text' },
  { header: 'Siklus', width: 10, format: 'text' },
  { header: 'No. Kartu', width: 18, format: 'text' },
  { header: 'Nama', width: 28 },
  { header: 'NIK/No. KK', width: 20, format: 'text' },
  { header: 'Dusun', width: 14 },
  { header: 'RW', width: 6, format: 'text' },
  { header: 'RT', width: 6, format: 'text' },
  { header: 'Nominal', width: 12 },
  { header: 'Diterima (Ya/Tidak)', width: 12 },
  { header: 'Tanggal Terima', width: 14, format: 'date' },
  { header: 'Saluran', width: 12 },
  { header: 'Catatan', width: 24 },
];

const yesNo = (value: boolean | null) => (value === null ? null : value ? 'Ya' : 'Tidak');

export async function exportCycle(
  db: Db,
  actor: Actor,
  target: { village: string; programId: string; cycle: string },
  query: { format: 'xlsx' | 'csv'; full?: 'true' | 'false'; reason?: string },
  origin: { ip: string | null; userAgent: string | null },
) {
  assertRegionAccess(actor, target.village, 'read');
  const full = query.full === 'true';
  // Whole numbers only to the village's own staff (those who keep its registry), with a reason.
  if (full && !canActOnRegion(actor, target.village, 'write')) throw new AppError('FORBIDDEN');
  const cycle = await q.findCycle(db, target.programId, target.cycle);
  if (!cycle || !canSeeProgram(actor, cycle)) throw new AppError('NOT_FOUND');
  const rows = (await q.cycleRows(db, target.village, target.programId, target.cycle)).map((row) => ({
    ...row,
    id: row.enrolment_id,
  }));
  const masks = await identifierMasks(db);
  const due = cycle.amount ?? cycle.benefit_amount;
  const file = await writeSheetFile({
    format: query.format,
    sheetName: 'Penyaluran',
    columns: DISTRIBUTOR_COLUMNS,
    keys: rows,
    fetchPage: async (page) => page,
    toRow: (row) => [
      row.enrolment_id,
      cycle.code,
      cycle.label,
      row.card_number,
      row.name,
      row.civil_number === null ? null : full ? row.civil_number : masks.civil(row.civil_number),
      row.dusun,
      row.rw,
      row.rt,
      row.amount ?? (due === null ? null : Number(due)),
      yesNo(row.received),
      row.received_on ? { isoDate: row.received_on } : null,
      row.channel,
      row.note,
    ],
    fileName: `penyaluran-${target.cycle}-${target.village}`,
  });
  if (full)
    await appendAudit(db, {
      actor,
      action: 'assistance.distribution.export_full',
      entityType: 'assistance_cycle',
      entityId: target.programId,
      regionCode: target.village,
      ip: origin.ip,
      userAgent: origin.userAgent,
      details: { cycle: target.cycle, count: rows.length, reason: query.reason, format: query.format },
    });
  return file;
}
