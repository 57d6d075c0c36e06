import { describe, expect, it } from 'vitest';
import { allIndonesian as id, moduleMessagesId as moduleMessages } from './all-indonesian.ts';
import { en } from './en.ts';
import { id as mainBundleId } from './id.ts';

// Collects "a.b.c" paths of every leaf so both languages can be compared key by key.
function leafEntries(value: unknown, prefix = ''): [string, unknown][] {
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, child]) =>
      leafEntries(child, prefix ? `${prefix}.${key}` : key),
    );
  }
  return [[prefix, value]];
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((match) => match[1] ?? '').sort();
}

describe('translations', () => {
  const idEntries = new Map(leafEntries(id));
  const enEntries = new Map(leafEntries(en));

  it('Indonesian and English have exactly the same keys', () => {
    expect([...enEntries.keys()].sort()).toEqual([...idEntries.keys()].sort());
  });

  it.each([
    ['id', idEntries],
    ['en', enEntries],
  ] as const)('%s has only non-empty strings', (_language, entries) => {
    for (const [key, value] of entries) {
      expect(typeof value, key).toBe('string');
      expect(String(value).trim(), key).not.toBe('');
    }
  });

  it('uses the same interpolation placeholders in both languages', () => {
    for (const [key, idText] of idEntries) {
      expect(placeholders(String(enEntries.get(key))), key).toEqual(placeholders(String(idText)));
    }
  });

  it("keeps the modules' own words out of the main bundle", () => {
    const mainKeys = new Set(leafEntries(mainBundleId).map(([key]) => key));
    for (const [key] of leafEntries(moduleMessages)) expect(mainKeys.has(key), key).toBe(false);
  });

  it('shows the synthetic-data warning in both languages', () => {
    expect(id.demoBanner).toBe('Data contoh (sintetis) — bukan data sebenarnya');
    expect(en.demoBanner).toBe('Sample (synthetic) data — not real data');
  });
});
