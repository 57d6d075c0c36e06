// The desa_id of an OpenDK row: OpenSID writes the village code dotted (kode_wilayah: 35.10.01.2001); a
// file edited by hand may carry it without dots (3510012001), as text or as a number. Both are read; the
// registry keeps it dotted.
import type { PlainCell } from '../../../../../platform/sheets/cell-values.ts';

export type VillageCodeCell =
  /** A village code, dotted. */
  | { kind: 'code'; code: string }
  | { kind: 'empty' }
  /** Something that is no village code, as written (cut short). */
  | { kind: 'invalid'; text: string };

export function readVillageCode(cell: PlainCell): VillageCodeCell {
  if (cell === null) return { kind: 'empty' };
  if (typeof cell === 'object') return { kind: 'invalid', text: 'date' in cell ? cell.date : cell.error };
  const text = String(cell).trim();
  if (text === '' || text === '-') return { kind: 'empty' };
  if (/^\d{2}\.\d{2}\.\d{2}\.\d{4}$/.test(text)) return { kind: 'code', code: text };
  if (/^\d{10}$/.test(text))
    return {
      kind: 'code',
      code: `${text.slice(0, 2)}.${text.slice(2, 4)}.${text.slice(4, 6)}.${text.slice(6)}`,
    };
  return { kind: 'invalid', text: text.length > 40 ? `${text.slice(0, 40)}…` : text };
}

/** The dotted code of a desa_id cell, or null when it holds none. */
export function villageCodeOfCell(cell: PlainCell): string | null {
  const read = readVillageCode(cell);
  return read.kind === 'code' ? read.code : null;
}
