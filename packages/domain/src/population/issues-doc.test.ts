import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ISSUE_CODES, ISSUES } from './issues.ts';

const doc = readFileSync(new URL('../../../../docs/rules/NIK.md', import.meta.url), 'utf8');
// Table rows of the catalogue look like: | `NIK_LENGTH` | error | Indonesian | English |
const rows = new Map(
  [...doc.matchAll(/^\|\s*`([A-Z][A-Z0-9_]+)`\s*\|(.*)$/gm)].map((m) => [m[1] ?? '', m[2] ?? '']),
);

describe('docs/rules/NIK.md', () => {
  it('documents every code of the catalogue', () => {
    expect(ISSUE_CODES.filter((code) => !rows.has(code))).toEqual([]);
  });

  it('documents no code that the catalogue lacks', () => {
    const known = new Set<string>(ISSUE_CODES);
    expect([...rows.keys()].filter((code) => !known.has(code))).toEqual([]);
    const mentioned = [...doc.matchAll(/`([A-Z]+(?:_[A-Z0-9]+)+)`/g)].map((m) => m[1] ?? '');
    expect(mentioned.filter((code) => !known.has(code))).toEqual([]);
  });

  it.each(ISSUE_CODES)('gives %s its level and both messages as in the catalogue', (code) => {
    const cells = (rows.get(code) ?? '').split('|').map((cell) => cell.trim());
    expect(cells.slice(0, 3)).toEqual([ISSUES[code].level, ISSUES[code].id, ISSUES[code].en]);
  });
});
