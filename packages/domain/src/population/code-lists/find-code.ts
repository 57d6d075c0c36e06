import type { CodeEntry, CodeList } from './types.ts';

interface CodeIndex {
  readonly byCode: ReadonlyMap<number, CodeEntry>;
  readonly byLabel: ReadonlyMap<string, CodeEntry>;
}

// Lists are static data, so each list's lookup index is built once and reused (imports call this per cell).
const indexes = new WeakMap<CodeList, CodeIndex>();

/** Label comparison key: trimmed, runs of whitespace collapsed to one space, upper case. */
export function normaliseLabel(label: string): string {
  return label.trim().replace(/\s+/g, ' ').toUpperCase();
}

function indexOf(list: CodeList): CodeIndex {
  let index = indexes.get(list);
  if (!index) {
    const byCode = new Map<number, CodeEntry>();
    const byLabel = new Map<string, CodeEntry>();
    for (const entry of list) {
      if (!byCode.has(entry.code)) byCode.set(entry.code, entry);
      const key = normaliseLabel(entry.id);
      if (!byLabel.has(key)) byLabel.set(key, entry);
    }
    index = { byCode, byLabel };
    indexes.set(list, index);
  }
  return index;
}

/**
 * Finds the entry for a value read from a form or a spreadsheet cell: a code (number, or a string of digits such
 * as "7" or "07"), or the Indonesian label compared case-insensitively, trimmed and with repeated spaces ignored.
 * Returns undefined for anything else: there is no fuzzy matching and no guessing.
 */
export function findCode(list: CodeList, value: number | string | null | undefined): CodeEntry | undefined {
  if (typeof value === 'number') {
    return Number.isInteger(value) ? indexOf(list).byCode.get(value) : undefined;
  }
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  if (trimmed === '') return undefined;
  if (/^[0-9]+$/.test(trimmed)) return indexOf(list).byCode.get(Number(trimmed));
  return indexOf(list).byLabel.get(normaliseLabel(trimmed));
}
