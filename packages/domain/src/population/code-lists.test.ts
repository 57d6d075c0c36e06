import { describe, expect, it } from 'vitest';
import {
  ASURANSI,
  CARA_KB,
  CODE_LISTS,
  findCode,
  IMPORT_COLUMN_CODE_LISTS,
  KK_LEVEL,
  KK_LEVEL_HEAD,
  normaliseLabel,
  PEKERJAAN,
  PENDIDIKAN_KK,
  PENDIDIKAN_SEDANG,
  SEX,
  STATUS_DASAR,
  STATUS_REKAM,
} from './code-lists.ts';
import { REGISTRY_CODE_LIST_NAMES } from './code-list-names.ts';

describe('code lists (OpenSID template, sheet "Kode Data")', () => {
  it('has every list of the sheet with the sheet sizes', () => {
    const sizes = Object.fromEntries(Object.entries(CODE_LISTS).map(([name, list]) => [name, list.length]));
    expect(sizes).toEqual({
      sex: 2,
      agama: 7,
      pendidikan_kk: 10,
      pendidikan_sedang: 18,
      pekerjaan: 89,
      status_kawin: 4,
      kk_level: 11,
      warganegara: 3,
      golongan_darah: 13,
      jamkesnas: 2,
      cacat: 7,
      cara_kb: 8,
      hamil: 2,
      ktp_el: 2,
      status_rekam: 8,
      status_dasar: 6,
      asuransi: 5,
      tempat_dilahirkan: 5,
      jenis_kelahiran: 4,
      penolong_kelahiran: 4,
    });
  });

  it("keeps OpenSID's codes for the birth lists the template sheet lacks", () => {
    expect(CODE_LISTS.tempat_dilahirkan.map((e) => [e.code, e.id])).toEqual([
      [1, 'RS/RB'],
      [2, 'Puskesmas'],
      [3, 'Polindes'],
      [4, 'Rumah'],
      [5, 'Lainnya'],
    ]);
    expect(findCode(CODE_LISTS.jenis_kelahiran, 2)?.id).toBe('Kembar 2');
    expect(findCode(CODE_LISTS.penolong_kelahiran, 2)?.id).toBe('Bidan Perawat');
  });

  it.each(Object.entries(CODE_LISTS))(
    '%s has unique codes, unique labels and an English label',
    (_name, list) => {
      expect(new Set(list.map((e) => e.code)).size).toBe(list.length);
      expect(new Set(list.map((e) => normaliseLabel(e.id))).size).toBe(list.length);
      for (const entry of list) {
        expect(Number.isInteger(entry.code) && entry.code > 0).toBe(true);
        expect(entry.en.trim()).not.toBe('');
      }
    },
  );

  it('follows the sheet where OpenSID code differs: education 9 is STRATA II, 10 is STRATA III', () => {
    expect(findCode(PENDIDIKAN_KK, 9)?.id).toBe('STRATA II');
    expect(findCode(PENDIDIKAN_KK, 10)?.id).toBe('STRATA III');
  });

  it('keeps the sheet codes that are not consecutive', () => {
    expect(STATUS_DASAR.map((e) => e.code)).toEqual([1, 2, 3, 4, 6, 9]);
    expect(ASURANSI.map((e) => e.code)).toEqual([1, 2, 3, 4, 99]);
    expect(CARA_KB.at(-1)).toMatchObject({ code: 99, id: 'Lainnya' });
    expect(PEKERJAAN.at(-1)).toMatchObject({ code: 89, id: 'LAINNYA' });
  });

  it('keeps labels byte for byte, odd spacing included', () => {
    expect(findCode(PENDIDIKAN_SEDANG, 8)?.id).toBe('SEDANG  D-1/SEDERAJAT');
    expect(findCode(STATUS_REKAM, 1)?.id).toBe('BELUM WAJIB ');
  });

  it('uses SHDK code 1 for KEPALA KELUARGA', () => {
    expect(findCode(KK_LEVEL, KK_LEVEL_HEAD)?.id).toBe('KEPALA KELUARGA');
  });

  it('names a list for every coded column of the "Data Penduduk" sheet', () => {
    expect(Object.keys(IMPORT_COLUMN_CODE_LISTS).sort()).toEqual(
      [
        'sex',
        'agama_id',
        'pendidikan_kk_id',
        'pendidikan_sedang_id',
        'pekerjaan_id',
        'status_kawin',
        'kk_level',
        'warganegara_id',
        'golongan_darah_id',
        'cacat_id',
        'cara_kb_id',
        'hamil',
        'ktp_el',
        'status_rekam',
        'status_dasar',
        'id_asuransi',
      ].sort(),
    );
  });
});

describe('findCode', () => {
  it('finds by number and by numeric string, leading zeros and spaces allowed', () => {
    expect(findCode(SEX, 2)?.id).toBe('PEREMPUAN');
    expect(findCode(SEX, '2')?.id).toBe('PEREMPUAN');
    expect(findCode(PEKERJAAN, ' 088 ')?.id).toBe('WIRASWASTA');
  });

  it('finds by label, ignoring case, surrounding spaces and repeated spaces', () => {
    expect(findCode(SEX, 'perempuan')?.code).toBe(2);
    expect(findCode(KK_LEVEL, '  Kepala   Keluarga ')?.code).toBe(1);
    expect(findCode(PENDIDIKAN_SEDANG, 'sedang d-1/sederajat')?.code).toBe(8);
    expect(findCode(STATUS_REKAM, 'BELUM WAJIB')?.code).toBe(1);
    expect(findCode(KK_LEVEL, 'KEPALA\u00a0KELUARGA')?.code).toBe(1);
  });

  it('never guesses', () => {
    expect(findCode(SEX, 'PEREMPUA')).toBeUndefined();
    expect(findCode(SEX, 'P')).toBeUndefined();
    expect(findCode(SEX, 'LAKI LAKI')).toBeUndefined();
    expect(findCode(SEX, 'Female')).toBeUndefined();
    expect(findCode(SEX, 3)).toBeUndefined();
    expect(findCode(SEX, 0)).toBeUndefined();
    expect(findCode(SEX, 1.5)).toBeUndefined();
    expect(findCode(SEX, '1.0')).toBeUndefined();
    expect(findCode(SEX, '-1')).toBeUndefined();
    expect(findCode(SEX, '')).toBeUndefined();
    expect(findCode(SEX, '   ')).toBeUndefined();
    expect(findCode(SEX, null)).toBeUndefined();
    expect(findCode(SEX, undefined)).toBeUndefined();
  });
});

describe('REGISTRY_CODE_LIST_NAMES', () => {
  it('names exactly the registry lists, in their order', () => {
    expect([...REGISTRY_CODE_LIST_NAMES]).toEqual(Object.keys(CODE_LISTS));
  });
});
