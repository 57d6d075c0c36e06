// What a letter prints, read from its pdfmake document (no PDF parsing): the page the template asks, the
// placeholders filled, the subject table, the signature block, the QR, the void mark.
import { SYSTEM_LETTER_TYPES } from '@smart-kampung/domain/letters/catalogue';
import { describe, expect, it } from 'vitest';
import { letterDocument, type PrintableLetter } from './document.ts';
import { printedSubject } from './printed-values.ts';
import type { LetterSubjectRow } from './queries.ts';

const usaha = SYSTEM_LETTER_TYPES.find((type) => type.code === 'keterangan-usaha')!;
const letter: PrintableLetter = {
  number: '517/007/2001/XII/2026',
  letterDate: '2026-12-03',
  template: usaha.template,
  letterhead: {
    village: 'Sarongan',
    villageKind: 'desa',
    district: 'Pesanggaran',
    regency: 'Kabupaten Banyuwangi',
    province: 'Jawa Timur',
    office: null,
  },
  subject: { name: 'Slamet Riyadi', nik: '3510011403800101', address: 'Jl. Mawar 5' },
  fields: { nama_usaha: 'Warung Kopi', keperluan: 'Modal' },
  signer: {
    officialId: 'x',
    name: 'Siti Fatimah',
    idLine: null,
    post: 'Sekretaris Desa Sarongan',
    block: ['a.n. Kepala Desa Sarongan', 'Sekretaris Desa'],
    basis: null,
  },
  status: 'issued',
  qr: 'http://localhost/v/3510012001.AbCdEfGhIjKlMnOpQrStUv#e30.c2ln',
};

const text = (document: unknown) => JSON.stringify(document);

describe('letterDocument', () => {
  it('prints on F4 (215 × 330 mm) with the template’s margins', () => {
    const document = letterDocument(letter);
    expect(document.pageSize).toEqual({
      width: expect.closeTo(609.45, 1),
      height: expect.closeTo(935.43, 1),
    });
    expect(document.pageMargins).toEqual([
      expect.closeTo(70.87, 1),
      expect.closeTo(42.52, 1),
      expect.closeTo(56.69, 1),
      expect.closeTo(42.52, 1),
    ]);
    const a4 = letterDocument({
      ...letter,
      template: { ...letter.template, page: { ...letter.template.page, size: 'A4' } },
    });
    expect(a4.pageSize).toEqual({ width: expect.closeTo(595.28, 1), height: expect.closeTo(841.89, 1) });
  });

  it('fills the paragraphs, lists the subject and the fields, and ends with the signature block and QR', () => {
    const printed = text(letterDocument(letter));
    expect(printed).toContain(
      'Yang bertanda tangan di bawah ini, Sekretaris Desa Sarongan, Kecamatan Pesanggaran, Kabupaten Banyuwangi, Provinsi Jawa Timur',
    );
    expect(printed).toContain('penduduk Desa Sarongan');
    expect(printed).toContain('"Nama lengkap",":","Slamet Riyadi"');
    expect(printed).toContain('"Nama Usaha",":","Warung Kopi"');
    expect(printed).toContain('"a.n. Kepala Desa Sarongan","Sekretaris Desa"');
    expect(printed).toContain('Sarongan, 3 Desember 2026');
    expect(printed).toContain(`"qr":"${letter.qr}"`);
    expect(printed).not.toContain('DIBATALKAN');
    expect(printed).not.toMatch(/\{(subject|village|signer|isian)\./);
  });

  it('marks a void letter across the page', () => {
    expect(letterDocument({ ...letter, status: 'void' }).watermark).toMatchObject({ text: 'DIBATALKAN' });
  });
});

describe('printedSubject', () => {
  const row = {
    id: 'r',
    nik: '3510011403800101',
    full_name: 'Slamet Riyadi',
    sex: 1,
    birth_place: 'Banyuwangi',
    birth_date: '1980-03-14',
    religion: 1,
    occupation: null,
    marital_status: 2,
    citizenship: 1,
    father_name: null,
    mother_name: null,
    status_code: 1,
    kk_number: '3510010101200102',
    address: 'Jl. Mawar 5',
    rt: '002',
    rw: '001',
    dusun: 'Krajan',
    family_head: 'Slamet Riyadi',
  } satisfies LetterSubjectRow;

  it('writes dates in Indonesian, labels in title case and the address once', () => {
    expect(printedSubject(row, '2026-12-03')).toMatchObject({
      birth_date: '14 Maret 1980',
      age: '46 tahun',
      sex: 'Laki-laki',
      religion: 'Islam',
      occupation: '-',
      address: 'Jl. Mawar 5, RT 002 / RW 001, Dusun Krajan',
    });
    expect(printedSubject({ ...row, address: 'Krajan RT 002/RW 001' }, '2026-12-03').address).toBe(
      'Krajan RT 002/RW 001',
    );
  });
});
