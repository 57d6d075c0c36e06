import { describe, expect, it } from 'vitest';
import type { Issue } from './issues.ts';
import { validateRegistryBatch } from './registry-batch.ts';
import type { RegistryRow } from './registry-batch.ts';

const brief = (issues: Issue[]) => issues.map((i) => [i.code, i.row, i.relatedRows]);

describe('validateRegistryBatch', () => {
  it('passes a clean batch', () => {
    const rows: RegistryRow[] = [
      { nik: '1', kk: 'A', relationshipCode: 1 },
      { nik: '2', kk: 'A', relationshipCode: 3 },
      { nik: '3', kk: 'B', relationshipCode: 1 },
    ];
    expect(validateRegistryBatch(rows)).toEqual({ errors: [], warnings: [] });
  });

  it('flags a NIK repeated on the same KK as NIK_DUPLICATE on the later rows', () => {
    const rows: RegistryRow[] = [
      { nik: '1', kk: 'A' },
      { nik: '2', kk: 'A' },
      { nik: '1', kk: 'A' },
      { nik: '1', kk: 'A' },
    ];
    expect(brief(validateRegistryBatch(rows).errors)).toEqual([
      ['NIK_DUPLICATE', 2, [0]],
      ['NIK_DUPLICATE', 3, [0]],
    ]);
  });

  it('flags a NIK on two different KKs as RESIDENT_IN_TWO_FAMILIES', () => {
    const rows: RegistryRow[] = [
      { nik: '1', kk: 'A' },
      { nik: '2', kk: 'B' },
      { nik: '1', kk: 'B' },
      { nik: '1', kk: 'B' },
    ];
    expect(brief(validateRegistryBatch(rows).errors)).toEqual([
      ['RESIDENT_IN_TWO_FAMILIES', 2, [0]],
      ['NIK_DUPLICATE', 3, [2]],
    ]);
  });

  it('ignores blank NIKs and treats a blank KK as a plain duplicate', () => {
    const rows: RegistryRow[] = [
      { nik: '', kk: 'A' },
      { nik: '', kk: 'B' },
      { nik: '5', kk: '' },
      { nik: '5', kk: 'C' },
    ];
    expect(brief(validateRegistryBatch(rows).errors)).toEqual([['NIK_DUPLICATE', 3, [2]]]);
  });

  it('checks heads per KK on the family first row, when the family carries relationship codes', () => {
    const rows: RegistryRow[] = [
      { nik: '1', kk: 'A', relationshipCode: 3 },
      { nik: '2', kk: 'B', relationshipCode: 1 },
      { nik: '3', kk: 'A', relationshipCode: 4 },
      { nik: '4', kk: 'B', relationshipCode: 'Kepala Keluarga' },
      { nik: '5', kk: 'C', relationshipCode: 99 },
      { nik: '6', kk: 'C', relationshipCode: 1 },
      { nik: '7', kk: 'D' },
      { nik: '8', kk: 'D', relationshipCode: 4 },
    ];
    expect(brief(validateRegistryBatch(rows).errors)).toEqual([
      ['FAMILY_NO_HEAD', 0, [0, 2]],
      ['FAMILY_MULTIPLE_HEADS', 1, [1, 3]],
      ['RELATIONSHIP_CODE_UNKNOWN', 4, undefined],
    ]);
  });

  // Regency scale: the planted errors are found, and nothing else. How fast is the bench's business, not a test's
  // (a timed assertion fails on a loaded machine and proves nothing on a fast one).
  it('finds exactly the planted errors among 1.7 million rows', () => {
    const n = 1_700_000;
    const rows: RegistryRow[] = new Array<RegistryRow>(n);
    for (let i = 0; i < n; i++) {
      rows[i] = {
        nik: String(3510010101000001 + i),
        kk: String(3510012207150001 + Math.floor(i / 4)),
        relationshipCode: i % 4 === 0 ? 1 : 4,
      };
    }
    // Plant: row 1_000_001 copies row 5's NIK on another KK; row n-1 repeats row n-2 on the same KK.
    rows[1_000_001] = { ...rows[1_000_001]!, nik: rows[5]!.nik };
    rows[n - 1] = { ...rows[n - 1]!, nik: rows[n - 2]!.nik };
    // And the family of rows 8-11 gets a second head.
    rows[9] = { ...rows[9]!, relationshipCode: 1 };

    const result = validateRegistryBatch(rows);

    expect(brief(result.errors)).toEqual([
      ['FAMILY_MULTIPLE_HEADS', 8, [8, 9]],
      ['RESIDENT_IN_TWO_FAMILIES', 1_000_001, [5]],
      ['NIK_DUPLICATE', n - 1, [n - 2]],
    ]);
  }, 60_000);
});
