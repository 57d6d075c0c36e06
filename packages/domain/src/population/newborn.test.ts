import { describe, expect, it } from 'vitest';
import { findCode, PEKERJAAN, PENDIDIKAN_KK, PENDIDIKAN_SEDANG, STATUS_KAWIN } from './code-lists.ts';
import { NEWBORN_DEFAULTS, newbornRelationship } from './newborn.ts';

describe('a newborn', () => {
  it('starts with no work, no schooling and never married', () => {
    expect(findCode(PEKERJAAN, NEWBORN_DEFAULTS.occupation)?.id).toBe('BELUM/TIDAK BEKERJA');
    expect(findCode(PENDIDIKAN_KK, NEWBORN_DEFAULTS.educationKk)?.id).toBe('TIDAK / BELUM SEKOLAH');
    expect(findCode(PENDIDIKAN_SEDANG, NEWBORN_DEFAULTS.educationCurrent)?.id).toBe(
      'BELUM MASUK TK/KELOMPOK BERMAIN',
    );
    expect(findCode(STATUS_KAWIN, NEWBORN_DEFAULTS.maritalStatus)?.id).toBe('BELUM KAWIN');
  });

  it("is the head's child, a child's grandchild, or another relative", () => {
    expect(newbornRelationship(1)).toBe(4); // head -> ANAK
    expect(newbornRelationship(3)).toBe(4); // ISTRI -> ANAK
    expect(newbornRelationship(4)).toBe(6); // ANAK -> CUCU
    expect(newbornRelationship(5)).toBe(6); // MENANTU -> CUCU
    expect(newbornRelationship(7)).toBe(9); // ORANGTUA -> FAMILI LAIN
    expect(newbornRelationship(null)).toBeNull();
  });
});
