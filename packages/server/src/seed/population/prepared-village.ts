// A generated village serialised as COPY text, one buffer per table, ready to stream into PostgreSQL. The
// generation worker builds these off the main thread; buffers cross to the loader without being copied.
import {
  copyLine,
  FAMILY_TABLE,
  HOUSEHOLD_TABLE,
  NIK_TABLE,
  nikRows,
  RESIDENT_TABLE,
  type TableSpec,
} from './columns.ts';
import type { VillageBatch } from './generate-village.ts';
import { villageCounts, type VillageCounts } from './village-generation.ts';

/** In load order: each table's foreign keys point at tables before it. */
export const COPY_TABLES = [HOUSEHOLD_TABLE, FAMILY_TABLE, NIK_TABLE, RESIDENT_TABLE] as const;
export type CopyTableName = (typeof COPY_TABLES)[number]['table'];

export interface PreparedVillage extends VillageCounts {
  villageCode: string;
  copyText: Record<CopyTableName, Uint8Array>;
}

const utf8 = new TextEncoder();

/** Encoded into an ArrayBuffer of its own (Buffer.from may share a pooled one, which cannot be transferred). */
function copyText<R>(spec: TableSpec<R>, rows: readonly R[]): Uint8Array {
  const lines: string[] = [];
  for (const row of rows) lines.push(copyLine(spec, row));
  return utf8.encode(lines.join(''));
}

export function prepareVillage(batch: VillageBatch): PreparedVillage {
  return {
    villageCode: batch.villageCode,
    ...villageCounts(batch),
    copyText: {
      household: copyText(HOUSEHOLD_TABLE, batch.households),
      family: copyText(FAMILY_TABLE, batch.families),
      resident_nik: copyText(NIK_TABLE, nikRows(batch.residents)),
      resident: copyText(RESIDENT_TABLE, batch.residents),
    },
  };
}

/** The buffers to hand over with postMessage (transferred, not cloned). */
export const transferables = (village: PreparedVillage) =>
  Object.values(village.copyText).map((bytes) => bytes.buffer as ArrayBuffer);
