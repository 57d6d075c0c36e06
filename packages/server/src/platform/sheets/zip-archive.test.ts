// Taking the spreadsheet out of a zip: the sheet comes out whole with notes on what was left out, and zips
// that lie about their sizes are refused without inflating more than the cap (small caps here, so the test
// needs no large files).
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { unpackSpreadsheet, ZipRefused, type ZipLimits } from './zip-archive.ts';

const small: ZipLimits = { entries: 10, declaredBytes: 64 * 1024, sheetBytes: 32 * 1024 };
const sheet = Buffer.from('not really a workbook, the zip does not care '.repeat(50));
const zip = (files: Record<string, Uint8Array>) => Buffer.from(zipSync(files));

/** Rewrites the uncompressed size the central directory declares for the (last) entry. */
function declare(content: Buffer, size: number): Buffer {
  const copy = Buffer.from(content);
  copy.writeUInt32LE(size, copy.lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02])) + 24);
  return copy;
}

function refusalOf(content: Buffer, limits = small): string {
  try {
    unpackSpreadsheet(content, limits);
  } catch (error) {
    if (error instanceof ZipRefused) return error.failure.en;
    throw error;
  }
  throw new Error('not refused');
}

describe('unpackSpreadsheet', () => {
  it('returns the .xlsx byte for byte and counts the photos and other files it leaves out', () => {
    const unpacked = unpackSpreadsheet(
      zip({
        'foto/a.jpg': new Uint8Array(10),
        'b.PNG': new Uint8Array(10),
        'catatan.txt': new Uint8Array(3),
        '__MACOSX/._penduduk.xlsx': new Uint8Array(3),
        'penduduk.xlsx': new Uint8Array(sheet),
      }),
      small,
    );
    expect(unpacked.content.equals(sheet)).toBe(true);
    expect(unpacked.notes.map((note) => note.en)).toEqual([
      'Data was read from penduduk.xlsx in the zip.',
      '2 resident photos in the zip were not imported: Smart Kampung does not keep resident photos yet.',
      '1 other files in the zip were ignored.',
    ]);
  });

  it('stops inflating a sheet that unpacks to more than the cap while declaring little (a zip bomb)', () => {
    const bomb = declare(zip({ 'penduduk.xlsx': new Uint8Array(small.sheetBytes * 4) }), 1000);
    expect(refusalOf(bomb)).toMatch(/^The file penduduk\.xlsx in the zip is larger than the zip declares/);
  });

  it('refuses a sheet that unpacks to another size than declared, rather than hand on a cut workbook', () => {
    expect(refusalOf(declare(zip({ 'penduduk.xlsx': new Uint8Array(sheet) }), 100))).toMatch(
      /^The file penduduk\.xlsx in the zip cannot be unpacked \(damaged\)/,
    );
  });

  it('refuses by the declared sizes and the entry count before inflating anything', () => {
    const declaredHuge = declare(zip({ 'penduduk.xlsx': new Uint8Array(sheet) }), small.declaredBytes + 1);
    expect(refusalOf(declaredHuge)).toMatch(/^The zip is too large once unpacked/);
    const bigSheet = declare(zip({ 'penduduk.xlsx': new Uint8Array(sheet) }), small.sheetBytes + 1);
    expect(refusalOf(bigSheet)).toMatch(/^The file penduduk\.xlsx in the zip is too large/);
    const files: Record<string, Uint8Array> = {};
    for (let i = 0; i <= small.entries; i++) files[`${i}.jpg`] = new Uint8Array(1);
    expect(refusalOf(zip(files))).toMatch(/^The zip holds more than 10 files/);
  });
});
