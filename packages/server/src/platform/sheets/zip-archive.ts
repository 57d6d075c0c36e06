// Takes the spreadsheet out of an uploaded zip (OpenSID's exchange with OpenDK sends one .xlsx and the
// residents' photos). Runs in the reading worker, with fflate: pure JavaScript, synchronous, and it lets us
// look at every entry's declared sizes in the central directory before anything is inflated. Only the
// spreadsheet is inflated, streamed and counted as it comes, so a zip bomb that lies about its sizes stops at
// the cap below; photos and other entries are counted, never decompressed. The whole entry is inflated, never
// cut at a declared size: SheetJS loops forever on a truncated workbook.
import { Unzip, UnzipInflate, unzipSync, type UnzipFileInfo } from 'fflate';

/** Both languages of a refusal or note (read-sheet.ts's Bilingual, kept here so neither imports the other). */
interface Message {
  id: string;
  en: string;
}

/** A zip that is refused, with the operator's message; the reader turns it into its ImportFileError. */
export class ZipRefused extends Error {
  constructor(readonly failure: Message) {
    super(failure.en);
  }
}

export interface ZipLimits {
  /** Entries of any kind; a zip with more is refused before anything is inflated. */
  entries: number;
  /** All entries together, as the zip declares them uncompressed. */
  declaredBytes: number;
  /** The spreadsheet itself, declared and as actually inflated. */
  sheetBytes: number;
}

export const ZIP_LIMITS: ZipLimits = {
  // More than a village's photos ever need.
  entries: 20_000,
  declaredBytes: 512 * 1024 * 1024,
  // The largest village's xlsx is a few tens of megabytes unpacked.
  sheetBytes: 128 * 1024 * 1024,
};

const PHOTO = /\.(jpe?g|png|gif|bmp|webp)$/i;
const SHEET = /\.xlsx$/i;
const megabytes = (bytes: number) => Math.round(bytes / (1024 * 1024));

export interface UnpackedSheet {
  content: Buffer;
  /** What was left out of the zip, for the operator. */
  notes: Message[];
}

const refuse = (id: string, en: string) => new ZipRefused({ id, en });

/** Folders and the resource forks macOS adds ("__MACOSX/…", "._name") are not files the sender meant. */
const isNoise = (name: string) =>
  name.endsWith('/') || name.startsWith('__MACOSX/') || /(^|\/)\._/.test(name);

function survey(content: Buffer, limits: ZipLimits) {
  const entries: UnzipFileInfo[] = [];
  try {
    // The filter sees every entry's central-directory record; returning false inflates nothing.
    unzipSync(content, {
      filter: (entry) => {
        entries.push(entry);
        if (entries.length > limits.entries)
          throw refuse(
            `Berkas zip berisi lebih dari ${limits.entries} berkas. Kirim zip yang hanya berisi berkas .xlsx data penduduk (dan fotonya).`,
            `The zip holds more than ${limits.entries} files. Send a zip with only the residents' .xlsx file (and their photos).`,
          );
        return false;
      },
    });
  } catch (error) {
    if (error instanceof ZipRefused) throw error;
    throw refuse(
      'Berkas zip tidak dapat dibuka (rusak, terkunci kata sandi, atau bukan zip). Buat ulang zip-nya lalu unggah lagi.',
      'The zip file cannot be opened (damaged, password-protected or not a zip). Make the zip again and upload it.',
    );
  }
  return entries.filter((entry) => !isNoise(entry.name));
}

/**
 * The entry's bytes, inflated as a stream and counted (a lying size cannot push it past the cap); null when
 * the entry is missing from the local headers or its data is damaged.
 */
function inflateEntry(content: Buffer, name: string, limit: number): Buffer | 'too large' | null {
  const chunks: Uint8Array[] = [];
  let size = 0;
  // Set by the callbacks, which fflate calls synchronously within push().
  let state = 'reading' as 'reading' | 'done' | 'too large' | 'damaged';
  try {
    const unzip = new Unzip((file) => {
      if (file.name !== name || state !== 'reading') return;
      file.ondata = (error, chunk, final) => {
        if (state !== 'reading') return;
        if (error) state = 'damaged';
        else if ((size += chunk.length) > limit) {
          state = 'too large';
          file.terminate();
        } else {
          chunks.push(chunk);
          if (final) state = 'done';
        }
      };
      file.start();
    });
    unzip.register(UnzipInflate);
    unzip.push(content, true);
  } catch {
    return null;
  }
  if (state === 'too large') return state;
  return state === 'done' ? Buffer.concat(chunks) : null;
}

export function unpackSpreadsheet(content: Buffer, limits = ZIP_LIMITS): UnpackedSheet {
  const entries = survey(content, limits);
  const declared = entries.reduce((sum, entry) => sum + entry.originalSize, 0);
  if (declared > limits.declaredBytes)
    throw refuse(
      `Isi zip terlalu besar setelah dibuka (${megabytes(declared)} MB, paling banyak ${megabytes(limits.declaredBytes)} MB). Kirim zip berisi berkas .xlsx saja.`,
      `The zip is too large once unpacked (${megabytes(declared)} MB, at most ${megabytes(limits.declaredBytes)} MB). Send a zip with the .xlsx file only.`,
    );
  const sheets = entries.filter((entry) => SHEET.test(entry.name));
  if (sheets.length === 0)
    throw refuse(
      'Zip tidak berisi berkas .xlsx data penduduk. Unggah zip dari OpenSID (menu OpenDK) atau berkas .xlsx-nya langsung.',
      'The zip holds no .xlsx resident file. Upload the zip OpenSID makes for OpenDK, or its .xlsx file itself.',
    );
  if (sheets.length > 1) {
    const names = sheets.map((entry) => `"${entry.name}"`).join(', ');
    throw refuse(
      `Zip berisi lebih dari satu berkas .xlsx (${names}); kirim satu berkas data penduduk per unggahan.`,
      `The zip holds more than one .xlsx file (${names}); send one resident file per upload.`,
    );
  }
  const sheet = sheets[0]!;
  if (sheet.originalSize > limits.sheetBytes)
    throw refuse(
      `Berkas ${sheet.name} di dalam zip terlalu besar (${megabytes(sheet.originalSize)} MB setelah dibuka, paling banyak ${megabytes(limits.sheetBytes)} MB). Bagi berkas per dusun.`,
      `The file ${sheet.name} in the zip is too large (${megabytes(sheet.originalSize)} MB unpacked, at most ${megabytes(limits.sheetBytes)} MB). Split it by dusun.`,
    );
  const inflated = inflateEntry(content, sheet.name, limits.sheetBytes);
  if (inflated === 'too large')
    throw refuse(
      `Berkas ${sheet.name} di dalam zip lebih besar dari yang dinyatakan zip-nya (lebih dari ${megabytes(limits.sheetBytes)} MB setelah dibuka). Buat ulang zip-nya lalu unggah lagi.`,
      `The file ${sheet.name} in the zip is larger than the zip declares (more than ${megabytes(limits.sheetBytes)} MB unpacked). Make the zip again and upload it.`,
    );
  if (!inflated || inflated.length !== sheet.originalSize)
    throw refuse(
      `Berkas ${sheet.name} di dalam zip tidak dapat dibuka (rusak). Buat ulang zip-nya lalu unggah lagi.`,
      `The file ${sheet.name} in the zip cannot be unpacked (damaged). Make the zip again and upload it.`,
    );

  const photos = entries.filter((entry) => PHOTO.test(entry.name)).length;
  const others = entries.length - photos - 1;
  const notes: Message[] = [
    {
      id: `Data dibaca dari ${sheet.name} di dalam zip.`,
      en: `Data was read from ${sheet.name} in the zip.`,
    },
  ];
  if (photos > 0)
    notes.push({
      id: `${photos} foto penduduk di dalam zip tidak diimpor: Smart Kampung belum menyimpan foto penduduk.`,
      en: `${photos} resident photos in the zip were not imported: Smart Kampung does not keep resident photos yet.`,
    });
  if (others > 0)
    notes.push({
      id: `${others} berkas lain di dalam zip diabaikan.`,
      en: `${others} other files in the zip were ignored.`,
    });
  return { content: inflated, notes };
}

const CSV = /\.csv$/i;

export interface UnpackedFile {
  name: string;
  content: Buffer;
}

/**
 * The CSV files of a zip that carries a format's tables side by side (OpenDK's program exchange: the
 * programs and their participants), at most `most` of them, each inflated under the same caps as a sheet.
 */
export function unpackCsvFiles(
  content: Buffer,
  most: number,
  limits = ZIP_LIMITS,
): { files: UnpackedFile[]; notes: Message[] } {
  const entries = survey(content, limits);
  const tables = entries.filter((entry) => CSV.test(entry.name));
  if (tables.length === 0)
    throw refuse(
      'Zip tidak berisi berkas .csv. Unggah zip yang berisi berkas CSV program dan pesertanya.',
      'The zip holds no .csv file. Upload a zip holding the program and participant CSV files.',
    );
  if (tables.length > most) {
    const names = tables.map((entry) => `"${entry.name}"`).join(', ');
    throw refuse(
      `Zip berisi ${tables.length} berkas .csv (${names}); paling banyak ${most} per unggahan.`,
      `The zip holds ${tables.length} .csv files (${names}); at most ${most} per upload.`,
    );
  }
  const files = tables.map((entry) => {
    const tooLarge = refuse(
      `Berkas ${entry.name} di dalam zip terlalu besar (paling banyak ${megabytes(limits.sheetBytes)} MB setelah dibuka).`,
      `The file ${entry.name} in the zip is too large (at most ${megabytes(limits.sheetBytes)} MB unpacked).`,
    );
    if (entry.originalSize > limits.sheetBytes) throw tooLarge;
    const inflated = inflateEntry(content, entry.name, limits.sheetBytes);
    if (inflated === 'too large') throw tooLarge;
    if (!inflated || inflated.length !== entry.originalSize)
      throw refuse(
        `Berkas ${entry.name} di dalam zip tidak dapat dibuka (rusak). Buat ulang zip-nya lalu unggah lagi.`,
        `The file ${entry.name} in the zip cannot be unpacked (damaged). Make the zip again and upload it.`,
      );
    return { name: entry.name, content: inflated };
  });
  const others = entries.length - tables.length;
  const notes: Message[] =
    others > 0
      ? [
          {
            id: `${others} berkas lain di dalam zip diabaikan.`,
            en: `${others} other files in the zip were ignored.`,
          },
        ]
      : [];
  return { files, notes };
}
