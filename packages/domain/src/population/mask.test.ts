import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { buildNik } from './generate-nik.ts';
import { identifierTag, maskCivilNumber, maskPhone } from './mask.ts';

const keyed =
  (key: string) =>
  (value: string): Uint8Array =>
    createHmac('sha256', key).update(value).digest();
const digest = keyed('test-key');

describe('maskCivilNumber', () => {
  it('keeps the issuing province and regency, then eight U+2022 bullets and a four-consonant tag', () => {
    const masked = maskCivilNumber('3510014506900001', digest);
    expect(masked).toMatch(/^3510\u2022{8}[BCDFGHJKLMNPQRSTVWXZ]{4}$/);
    expect(masked).toHaveLength(16);
  });

  it('tells apart numbers that all showed as "3510••••••••0001" under the old mask', () => {
    const niks = [
      '3510014506900001',
      '3510010101800001',
      '3510024107950001',
      '3510170812010001',
      '3510014506900001'.replace('4506', '4507'),
    ];
    const masks = new Set(niks.map((nik) => maskCivilNumber(nik, digest)));
    expect(masks.size).toBe(niks.length);
  });

  it('gives no digit past the fourth away, whatever the number', () => {
    for (let serial = 1; serial <= 500; serial += 1) {
      const nik = `35100145069${String(serial).padStart(5, '0')}`;
      expect(maskCivilNumber(nik, digest).slice(4)).not.toMatch(/[0-9]/);
    }
  });

  it('is stable for one key, and unrelated under another (a keyed tag, not a plain hash)', () => {
    const nik = '3510014506900001';
    expect(maskCivilNumber(nik, digest)).toBe(maskCivilNumber(nik, keyed('test-key')));
    const underOtherKeys = new Set(
      ['a', 'b', 'c', 'd', 'e', 'f'].map((key) => maskCivilNumber(nik, keyed(key)).slice(-4)),
    );
    expect(underOtherKeys.size).toBeGreaterThan(1);
  });

  it('shows a temporary number as one: its leading 0 and its serial, no village code', () => {
    expect(maskCivilNumber('0351001200100003', digest)).toBe('0••••••••••00003');
  });

  it('marks a number that is not 16 digits as invalid with its digit count, showing no digit', () => {
    expect(maskCivilNumber('351001450690', digest)).toBe('⚠ 12 digit');
    expect(maskCivilNumber('35100145069000011', digest)).toBe('⚠ 17 digit');
    expect(maskCivilNumber('3510014506900', digest)).toBe('⚠ 13 digit');
    expect(maskCivilNumber('3510-1450690001', digest)).toBe('⚠ 14 digit');
    expect(maskCivilNumber('', digest)).toBe('⚠ 0 digit');
  });
});

describe('identifierTag', () => {
  it('spreads the numbers of one village over the tags: a page of a list rarely shows one twice', () => {
    const tags = new Set<string>();
    // One district, as in a village: people born on 2,000 different days, nearly all serial 0001.
    for (let i = 0; i < 2000; i += 1) {
      const birthDate = new Date(Date.UTC(1950, 0, 1 + i * 11)).toISOString().slice(0, 10);
      const nik = buildNik({
        districtCode: '35.10.01',
        birthDate,
        sex: i % 2 ? 'male' : 'female',
        serial: 1 + (i % 3 === 0 ? 1 : 0),
      });
      tags.add(identifierTag(digest(nik)));
    }
    // 2,000 numbers into 160,000 tags: about 12 pairs share one by chance.
    expect(tags.size).toBeGreaterThan(1960);
  });

  it('refuses a digest too short to make a tag from', () => {
    expect(() => identifierTag(new Uint8Array(3))).toThrow(RangeError);
  });
});

describe('maskPhone', () => {
  it('keeps the first and last four characters of a phone number, hides a short one whole', () => {
    expect(maskPhone('081234567890')).toBe('0812••••••••7890');
    expect(maskPhone('0812345')).toBe('••••••••');
  });
});
