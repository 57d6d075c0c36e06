// Cells of other registries' exports, brought to what the resident checks read. Only forms these exports are
// known to write are converted; anything else is passed on unchanged, so the checks report it on its line.
import type { PlainCell } from '../../../../platform/sheets/cell-values.ts';

const DAY_MS = 86_400_000;
/** Excel's day 0 of the 1900 date system, counted after its phantom 29 February 1900 (serial 60). */
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
/** 1 March 1900 and 31 December 9999: serials outside are no dates of these files. */
const FIRST_SERIAL = 61;
const LAST_SERIAL = 2_958_465;

/**
 * A date column of an export. SIAK writes Excel serial numbers, sometimes without a date format (then the
 * reader sees a bare number): in a column that holds only dates, the serial is read as one. Text dates come as
 * dd-mm-yyyy or dd.mm.yyyy as well as dd/mm/yyyy.
 */
export function dateCell(cell: PlainCell): PlainCell {
  if (typeof cell === 'number' && Number.isInteger(cell) && cell >= FIRST_SERIAL && cell <= LAST_SERIAL)
    return { date: new Date(EXCEL_EPOCH + cell * DAY_MS).toISOString().slice(0, 10) };
  if (typeof cell === 'string') {
    const dmy = /^\s*'?(\d{1,2})[-./](\d{1,2})[-./](\d{4})\s*$/.exec(cell);
    if (dmy) return `${dmy[1]}/${dmy[2]}/${dmy[3]}`;
  }
  return cell;
}

/**
 * "Tempat/Tanggal Lahir" in one column: "BANYUWANGI, 12-05-1980" or "BANYUWANGI / 12-05-1980". Without a
 * date at its end the whole text goes to the date, where the check reports it rather than a place being taken
 * for a date or the reverse.
 */
export function splitBirth(cell: PlainCell): { place: PlainCell; date: PlainCell } {
  if (typeof cell !== 'string') return { place: null, date: dateCell(cell) };
  const match = /^(.*?)[\s,/]*(\d{1,2}[-./]\d{1,2}[-./]\d{4})\s*$/.exec(cell.trim());
  if (!match) return { place: null, date: cell };
  return { place: match[1]!.trim() || null, date: dateCell(match[2]!) };
}

/** Identifiers exported with stray characters around the digits (a leading apostrophe, spaces, NBSP). */
export function identifierCell(cell: PlainCell): PlainCell {
  if (typeof cell !== 'string') return cell;
  const trimmed = cell.replace(/^[\s'\u00a0\u200b]+|[\s\u00a0\u200b]+$/g, '');
  return /^[\d\s.\u00a0]+$/.test(trimmed) && trimmed.replace(/\D/g, '').length === 16
    ? trimmed.replace(/\D/g, '')
    : trimmed;
}

/**
 * SIAK's address column names the dusun after a marker ("Dsn JIWET", "JL. MAWAR DUSUN KRAJAN"): the dusun is
 * what follows it. Without a marker the text is the address and the dusun stays unset.
 */
export function splitAddress(cell: PlainCell): { address: PlainCell; dusun: PlainCell } {
  if (typeof cell !== 'string') return { address: cell, dusun: null };
  const match = /^(.*?)(?:^|\s)(?:DSN|DS|DUSUN)\.?\s+(.+)$/i.exec(cell.trim());
  if (!match) return { address: cell, dusun: null };
  return { address: cell.trim(), dusun: match[2]!.trim() };
}
