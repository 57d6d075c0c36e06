// The importers' line-issue catalogues as one documentation table: each code once, with the importers that
// may report it.
import type { AnyImporter } from './importer.ts';

export function importIssueTable(importers: readonly AnyImporter[]): string[] {
  const rows = new Map<string, { level: string; id: string; en: string; importers: string[] }>();
  for (const importer of importers) {
    for (const [code, issue] of Object.entries(importer.issues)) {
      const row = rows.get(code) ?? { ...issue, importers: [] };
      row.importers.push(importer.name);
      rows.set(code, row);
    }
  }
  return [
    '| code | level | importers | Bahasa Indonesia | English |',
    '| --- | --- | --- | --- | --- |',
    ...[...rows.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([code, r]) => `| \`${code}\` | ${r.level} | ${r.importers.join(', ')} | ${r.id} | ${r.en} |`),
  ];
}
