// Which spreadsheet format an upload is, from its name and its first bytes, and how its text is decoded when
// it is CSV. A file whose content contradicts its name is refused rather than guessed.
// A zip is taken only by importers whose layout accepts one (OpenDK's exchange: one .xlsx and photos).
export type FileFormat = 'xlsx' | 'xlsm' | 'xls' | 'csv' | 'zip';

export const FILE_FORMATS: readonly FileFormat[] = ['xlsx', 'xlsm', 'xls', 'csv', 'zip'];

const ZIP_SIGNATURE = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
/** Legacy .xls (BIFF) lives in an OLE2 compound file. */
const OLE2_SIGNATURE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

export function detectFormat(fileName: string, content: Buffer): FileFormat | null {
  const extension = /\.([a-z]+)$/i.exec(fileName.trim())?.[1]?.toLowerCase();
  const isZip = content.subarray(0, 4).equals(ZIP_SIGNATURE);
  const isOle2 = content.subarray(0, 8).equals(OLE2_SIGNATURE);
  if ((extension === 'xlsx' || extension === 'xlsm' || extension === 'zip') && isZip) return extension;
  if (extension === 'xls' && isOle2) return 'xls';
  if (extension === 'csv' && !isZip && !isOle2 && !content.subarray(0, 65_536).includes(0)) return 'csv';
  return null;
}

export function decodeText(content: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(content);
  } catch {
    // CSV saved by an older Excel on Windows: the ANSI code page.
    return new TextDecoder('windows-1252').decode(content);
  }
}

/** Excel in an Indonesian locale saves CSV with semicolons (the comma is the decimal sign there). */
export function sniffDelimiter(text: string): string {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const counts = [',', ';', '\t'].map((d) => [d, firstLine.split(d).length] as const);
  return counts.reduce((best, next) => (next[1] > best[1] ? next : best))[0];
}
