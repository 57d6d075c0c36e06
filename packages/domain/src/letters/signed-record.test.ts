import { describe, expect, it } from 'vitest';
import {
  canonicalRecord,
  fromBase64Url,
  maskPersonName,
  parseQrPayload,
  qrPayload,
  toBase64Url,
  type SignedLetterRecord,
} from './signed-record.ts';

const record: SignedLetterRecord = {
  v: 1,
  k: '0123456789abcdef',
  d: '35.10.01.2001',
  i: 'AbCdEfGhIjKlMnOpQrStUv',
  n: '471.2/001/2001/XII/2026',
  t: 'keterangan-domisili',
  dt: '2026-12-03',
  s: 'x'.repeat(43),
  sn: 'Suyanto',
  sp: 'Kepala Desa Sarongan',
  c: 'y'.repeat(43),
};

describe('the signed record', () => {
  it('is written with its keys in one order, whatever order the object had', () => {
    const shuffled = Object.fromEntries(Object.entries(record).reverse()) as unknown as SignedLetterRecord;
    expect(canonicalRecord(shuffled)).toBe(canonicalRecord(record));
    expect(canonicalRecord(record).startsWith('{"v":1,"k":"0123456789abcdef","d":"35.10.01.2001"')).toBe(
      true,
    );
  });

  it('travels in the QR after "#" and comes back as the same bytes', () => {
    const text = qrPayload('https://desa.example/v/3510012001.AbCdEfGhIjKlMnOpQrStUv', record, 'c2ln');
    const parsed = parseQrPayload(text);
    expect(parsed).toEqual({
      url: 'https://desa.example/v/3510012001.AbCdEfGhIjKlMnOpQrStUv',
      record,
      signed: canonicalRecord(record),
      signature: 'c2ln',
    });
  });

  it('is not read from a QR that is not ours', () => {
    expect(parseQrPayload('https://example.org/')).toBeNull();
    expect(parseQrPayload('https://x/#e30.c2ln')).toBeNull(); // {} without the fields
    expect(parseQrPayload('https://x/#!!!.c2ln')).toBeNull();
  });

  it('round-trips base64url and masks names letter by letter', () => {
    const bytes = Uint8Array.from([0, 250, 251, 252, 253, 254, 255]);
    expect(fromBase64Url(toBase64Url(bytes))).toEqual(bytes);
    expect(maskPersonName('Slamet  Riyadi')).toBe('S***** R*****');
    expect(maskPersonName('Ni')).toBe('N*');
  });
});
