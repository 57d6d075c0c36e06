// The pieces every format adapter shares: labels to codes (no guessing) and the cell forms exports write.
import { KK_LEVEL, PENDIDIKAN_KK, SEX, STATUS_DASAR } from '@smart-kampung/domain';
import { describe, expect, it } from 'vitest';
import { dateCell, identifierCell, splitAddress, splitBirth } from './cells.ts';
import { parseCardAddress } from './bip/importer.ts';
import { labelKey, labelToCode } from './labels.ts';
import { placeKey } from './siak/village-check.ts';

describe('labelToCode', () => {
  it('matches labels whatever their case and spacing, around "/" too', () => {
    expect(labelToCode(PENDIDIKAN_KK, 'Tidak/Belum Sekolah')).toBe(1);
    expect(labelToCode(PENDIDIKAN_KK, ' slta /  sederajat ')).toBe(5);
    expect(labelToCode(KK_LEVEL, 'kepala   keluarga')).toBe(1);
    expect(labelKey('SEDANG  D-1/SEDERAJAT')).toBe(labelKey('Sedang D - 1 / Sederajat'));
  });

  it('knows the short forms and spellings villages and Dukcapil use', () => {
    expect(labelToCode(SEX, 'Lk')).toBe(1);
    expect(labelToCode(SEX, 'Wanita')).toBe(2);
    expect(labelToCode(KK_LEVEL, 'Orang Tua')).toBe(7);
    expect(labelToCode(STATUS_DASAR, 'Pindah Dalam Negeri')).toBe(3);
    expect(labelToCode(STATUS_DASAR, 'Tidak Valid')).toBe(9);
  });

  it('leaves codes, blanks and unknown labels as they were, for the checks to read or report', () => {
    expect(labelToCode(SEX, '2')).toBe('2');
    expect(labelToCode(SEX, 3)).toBe(3);
    expect(labelToCode(SEX, '')).toBe('');
    expect(labelToCode(KK_LEVEL, 'Keponakan')).toBe('Keponakan');
    expect(labelToCode(SEX, 'Laki')).toBe('Laki');
  });
});

describe('cells of exports', () => {
  it('reads an Excel serial in a date column as its day, and dd-mm-yyyy text as dd/mm/yyyy', () => {
    expect(dateCell(34703)).toEqual({ date: '1995-01-04' });
    expect(dateCell(61)).toEqual({ date: '1900-03-01' });
    expect(dateCell(60)).toBe(60);
    expect(dateCell(34703.5)).toBe(34703.5);
    expect(dateCell('04-01-1995')).toBe('04/01/1995');
    expect(dateCell('4.1.1995')).toBe('4/1/1995');
    expect(dateCell('1995')).toBe('1995');
  });

  it('splits place and date of birth only where a date ends the text', () => {
    expect(splitBirth('BANYUWANGI, 12-05-1980')).toEqual({ place: 'BANYUWANGI', date: '12/05/1980' });
    expect(splitBirth('KOTA BARU / 1/2/2001')).toEqual({ place: 'KOTA BARU', date: '1/2/2001' });
    expect(splitBirth('JEMBER')).toEqual({ place: null, date: 'JEMBER' });
    expect(splitBirth(null)).toEqual({ place: null, date: null });
  });

  it('takes the dusun from after its marker and keeps the address whole', () => {
    expect(splitAddress('Dsn JIWET')).toEqual({ address: 'Dsn JIWET', dusun: 'JIWET' });
    expect(splitAddress('DSN. PRAPAT')).toEqual({ address: 'DSN. PRAPAT', dusun: 'PRAPAT' });
    expect(splitAddress('JL. MAWAR DUSUN KRAJAN')).toEqual({
      address: 'JL. MAWAR DUSUN KRAJAN',
      dusun: 'KRAJAN',
    });
    expect(splitAddress('JL. DSNX 4')).toEqual({ address: 'JL. DSNX 4', dusun: null });
  });

  it('cleans stray characters around a 16-digit identifier, and nothing else', () => {
    expect(identifierCell("'3510011205800001 ")).toBe('3510011205800001');
    expect(identifierCell('3510 0112 0580 0001')).toBe('3510011205800001');
    expect(identifierCell('35100112')).toBe('35100112');
  });
});

describe("a BIP card's address line", () => {
  it('gives address, dusun, RT and RW in both editions', () => {
    expect(parseCardAddress('Alamat : AIK DAREQ, Nama Dusun : -, RT/RW : 003/001')).toEqual({
      alamat: 'AIK DAREQ',
      dusun: '-',
      rt: '003',
      rw: '001',
    });
    expect(parseCardAddress('DESA LUBUK BESAR RT/RW : 002/000 DUSUN : DUSUN IV')).toEqual({
      alamat: 'DESA LUBUK BESAR',
      dusun: 'DUSUN IV',
      rt: '002',
      rw: '000',
    });
    expect(parseCardAddress('JL. MAWAR 3')).toEqual({
      alamat: 'JL. MAWAR 3',
      dusun: null,
      rt: null,
      rw: null,
    });
  });
});

describe("a SIAK row's village and district names", () => {
  it('compare without case, spacing, punctuation or a leading Desa/Kel./Kec. word, and nothing looser', () => {
    expect(placeKey('Desa  sarongan')).toBe(placeKey('Sarongan'));
    expect(placeKey('KEL. SUMBER AGUNG')).toBe(placeKey('Sumberagung'));
    expect(placeKey('Kec. Pesanggaran')).toBe(placeKey('PESANGGARAN'));
    expect(placeKey('DESAKU')).toBe('DESAKU');
    expect(placeKey('Sumbermulyo')).not.toBe(placeKey('Sumberagung'));
  });
});
