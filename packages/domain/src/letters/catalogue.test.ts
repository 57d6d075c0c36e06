import { describe, expect, it } from 'vitest';
import { KLASIFIKASI_COUNT, SYSTEM_LETTER_TYPES, klasifikasiName } from './catalogue.ts';
import { checkTemplate } from './template.ts';

/** The letters every village issues, by name (OpenSID's 42 system letters, as a list of needs). */
const VILLAGE_LETTERS = [
  'keterangan-usaha',
  'pengantar-laporan-kehilangan',
  'keterangan-pengantar',
  'keterangan-penduduk',
  'pengantar-izin-keramaian',
  'keterangan-pergi-kawin',
  'pernyataan-belum-memiliki-akta-lahir',
  'keterangan-domisili-usaha',
  'keterangan-jamkesos',
  'keterangan-jual-beli',
  'keterangan-ktp-dalam-proses',
  'keterangan-kurang-mampu',
  'keterangan-beda-identitas',
  'keterangan-wali-hakim',
  'pengantar-surat-keterangan-catatan-kepolisian',
  'permohonan-cerai',
  'keterangan-domisili',
  'keterangan-lahir-mati',
  'pengantar-permohonan-penerbitan-buku-pas-lintas',
  'keterangan-kepemilikan-kendaraan',
  'keterangan-penghasilan-orang-tua',
  'biodata-penduduk',
  'perintah-perjalanan-dinas',
  'permohonan-duplikat-surat-nikah',
  'keterangan-kepemilikan-tanah',
  'permohonan-duplikat-kelahiran',
  'permohonan-kartu-keluarga',
  'keterangan-pengantar-rujukcerai',
  'permohonan-perubahan-kartu-keluarga',
  'kuasa',
  'keterangan-izin-orang-tua-suami-istri',
  'keterangan-untuk-nikah-warga-non-muslim',
  'keterangan-kematian',
  'keterangan-beda-identitas-kis',
  'keterangan-penghasilan-ayah',
  'keterangan-penghasilan-ibu',
  'pernyataan-penguasaan-fisik-bidang-tanah-sporadik',
  'keterangan-kelahiran',
  'keterangan-pindah-penduduk',
  'keterangan-nikah',
  'permohonan-akta-lahir',
  'keterangan-bepergian',
];

describe('the system catalogue', () => {
  it('holds the 42 letters villages issue, each once, with its own number code', () => {
    const codes = SYSTEM_LETTER_TYPES.map((type) => type.code);
    expect(VILLAGE_LETTERS).toHaveLength(42);
    expect(codes).toEqual(expect.arrayContaining(VILLAGE_LETTERS));
    expect(new Set(codes).size).toBe(codes.length);
    const numberCodes = SYSTEM_LETTER_TYPES.map((type) => type.numberCode);
    expect(new Set(numberCodes).size).toBe(numberCodes.length);
    for (const code of numberCodes) expect(code).toMatch(/^[A-Z0-9]{1,10}$/);
  });

  it('has only templates that pass the check a village edit must pass, on F4 by default', () => {
    for (const type of SYSTEM_LETTER_TYPES) {
      expect({ code: type.code, problems: checkTemplate(type.template) }).toEqual({
        code: type.code,
        problems: [],
      });
      expect(type.template.page.size).toBe('F4');
    }
  });

  it('numbers every letter with a classification code of the list', () => {
    for (const type of SYSTEM_LETTER_TYPES)
      expect([type.code, klasifikasiName(type.klasifikasi)]).not.toContain(undefined);
    expect(klasifikasiName('472.11')).toBe('Kelahiran');
    expect(KLASIFIKASI_COUNT).toBe(2330);
  });

  it('asks the facts a letter needs as typed fields (the move letter its reasons as choices)', () => {
    const move = SYSTEM_LETTER_TYPES.find((type) => type.code === 'keterangan-pindah-penduduk')!;
    expect(move.template.fields.find((field) => field.key === 'alasan_pindah')).toMatchObject({
      type: 'select',
      required: true,
      options: expect.arrayContaining(['PEKERJAAN', 'PENDIDIKAN']),
    });
    const death = SYSTEM_LETTER_TYPES.find((type) => type.code === 'keterangan-kematian')!;
    expect(death.template.subjectStatuses).toEqual([2]);
    expect(death.template.parties.map((party) => party.key)).toEqual(['pelapor', 'saksi_i', 'saksi_ii']);
  });
});
